package org.talentregistry.exchange;

/** The two spreadsheet formats the exchange reads and writes. */
public enum SheetFormat {
    /**
     * Comma-separated values. Read in UTF-8 (with or without a byte-order mark), GBK or GB18030, detected
     * or declared; written in UTF-8 with a byte-order mark, which Excel needs to show Chinese text.
     */
    CSV,
    /** Office Open XML workbooks ({@code .xlsx}), read and written as streams. */
    XLSX
}
