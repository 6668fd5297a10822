package org.talentregistry.examples;

/**
 * Turns the registry's own INFO log lines (migrations applied, stages moved) down to warnings for a run of an
 * example, which prints its own progress, unless {@code org.slf4j.simpleLogger.defaultLogLevel} is set.
 */
final class QuietLogs {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private QuietLogs() {
    }

    /** Sets the level to warnings if nobody chose one; call before the first logger is made. */
    static void unlessChosen() {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "warn");
        }
    }
}
