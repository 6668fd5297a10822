/**
 * Excel 97-2003 workbooks ({@code .xls}) for Talent Registry's spreadsheet exchange, read with Apache POI's
 * HSSF. Nothing to call: on the class path or the module path, every import of {@code
 * org.talentregistry.exchange} reads {@code .xls} files.
 */
module org.talentregistry.exchange.xls {
    requires org.talentregistry.exchange;
    requires org.apache.poi.poi;

    provides org.talentregistry.exchange.spi.WorkbookReader
            with org.talentregistry.exchange.xls.internal.HssfWorkbookReader;
}
