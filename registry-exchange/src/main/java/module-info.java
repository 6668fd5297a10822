/**
 * Talent Registry's spreadsheet exchange: imports and exports as CSV (UTF-8, GBK, GB18030) and XLSX,
 * streamed and validated row by row by the same rules as the API. Entry point: {@code
 * org.talentregistry.exchange.Exchange}. Workbooks of other formats are read by a {@code
 * org.talentregistry.exchange.spi.WorkbookReader} bound as a service (registry-exchange-xls reads {@code .xls}),
 * and workbooks exported with a password are encrypted by a {@code
 * org.talentregistry.exchange.spi.WorkbookEncrypter} (registry-exchange-xls provides one).
 */
module org.talentregistry.exchange {
    requires transitive org.talentregistry.core;
    requires org.apache.commons.compress;
    requires org.apache.commons.csv;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires org.slf4j;

    exports org.talentregistry.exchange;
    exports org.talentregistry.exchange.spi;

    uses org.talentregistry.exchange.spi.WorkbookReader;
    uses org.talentregistry.exchange.spi.WorkbookEncrypter;
}
