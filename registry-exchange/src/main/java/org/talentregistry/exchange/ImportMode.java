package org.talentregistry.exchange;

/** What an import does with the good rows of a file that also has bad ones. */
public enum ImportMode {
    /**
     * Reads the whole file first and writes only if every row passes; otherwise writes nothing and reports
     * every bad row. Needs a source that can be read twice (every {@link SheetSource} can).
     */
    ALL_OR_NOTHING,
    /** Writes the good rows, batch by batch, and reports the bad ones. */
    GOOD_ROWS
}
