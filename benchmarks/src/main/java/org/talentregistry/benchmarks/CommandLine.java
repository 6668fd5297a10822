package org.talentregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.talentregistry.benchmarks.Options.Database;

/** What the benchmark programs share on their command line: parsing, usage and the quiet logger. */
final class CommandLine {
    private CommandLine() {
    }

    /**
     * Quiets the drivers' and the pool's logging, then parses the options, or prints the problem and the
     * usage and exits with status 2.
     */
    static <O> O parseOrExit(String[] args, Function<String[], O> parse, String usage) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            if (!"help".equals(e.getMessage())) {
                System.err.println(e.getMessage());
            }
            System.err.println(usage);
            System.exit(2);
            throw e;
        }
    }

    /** Parses {@code --db}: a comma-separated list of h2, postgresql (postgres, pg) and mariadb (maria). */
    static List<Database> databases(String value) {
        List<Database> list = new ArrayList<>();
        for (String name : value.split(",")) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "h2" -> list.add(Database.H2);
                case "postgresql", "postgres", "pg" -> list.add(Database.POSTGRESQL);
                case "mariadb", "maria" -> list.add(Database.MARIADB);
                default -> throw new IllegalArgumentException("--db: unknown database '" + name + "'");
            }
        }
        return List.copyOf(list);
    }

    /** Parses a whole number within bounds; underscores and commas may group its digits. */
    static int number(String option, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + value, e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " must be " + min + " to " + max + ", got " + n);
        }
        return n;
    }
}
