package org.talentregistry.examples;

/**
 * Turns the registry's own INFO log lines (migrations applied, stages moved) down to warnings for a run of an
 * example, which prints its own progress, unless {@code org.slf4j.simpleLogger.defaultLogLevel} is set; and
 * POI's warnings down to errors.
 */
final class QuietLogs {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /**
     * POI, with which the spreadsheet example writes the bureau's .xls as the bureau's system would, warns
     * that the workbook it writes has no document properties (author, title): true, and of no use to a reader.
     */
    private static final String POI_LEVEL = "org.slf4j.simpleLogger.log.org.apache.poi";

    private QuietLogs() {
    }

    /** Sets the level to warnings if nobody chose one; call before the first logger is made. */
    static void unlessChosen() {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "warn");
            if (System.getProperty(POI_LEVEL) == null) {
                System.setProperty(POI_LEVEL, "error");
            }
        }
    }
}
