/**
 * Excel 97-2003 workbooks ({@code .xls}) and workbooks protected by a password for Talent Registry's
 * spreadsheet exchange, with Apache POI. Nothing to call: on the class path or the module path, every import
 * of {@code org.talentregistry.exchange} reads {@code .xls} files and, with the password given, encrypted
 * {@code .xlsx} and {@code .xls} files, and exports write XLSX encrypted with a password given.
 */
module org.talentregistry.exchange.xls {
    requires org.talentregistry.exchange;
    requires org.apache.poi.poi;

    provides org.talentregistry.exchange.spi.WorkbookReader
            with org.talentregistry.exchange.xls.internal.HssfWorkbookReader;
    provides org.talentregistry.exchange.spi.WorkbookEncrypter
            with org.talentregistry.exchange.xls.internal.XlsxEncrypter;
}
