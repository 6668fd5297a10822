package org.talentregistry.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The usage line of {@code --db}, which both programs take first. */
    static final String DB_OPTION = """
              --db h2,postgresql,mariadb,mysql  databases to measure (default: all four; mysql is the MySQL
                                           path: MySQL Connector/J against the MariaDB server)
            """;

    /** The usage lines of {@code --h2-dir}, which both programs take last. */
    static final String H2_DIR_OPTION = """
              --h2-dir DIR                 parent directory of the H2 file database (default: the temporary
                                           directory); the database is deleted afterwards
            """;

    /** @return the default of {@code --h2-dir}: the temporary directory */
    static Path defaultH2Directory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** How the programs reach PostgreSQL and MariaDB, the last lines of their usage. */
    static final String REACHING_DATABASES = """
            PostgreSQL and MariaDB are reached as the tests reach them: REGISTRY_PG_URL, REGISTRY_PG_USER,
            REGISTRY_PG_PASSWORD (default jdbc:postgresql://127.0.0.1:5432/test, postgres, empty) and
            REGISTRY_MARIADB_URL, REGISTRY_MARIADB_USER, REGISTRY_MARIADB_PASSWORD (default
            jdbc:mariadb://127.0.0.1:3306/test, root, empty); the MySQL path by REGISTRY_MYSQL_URL,
            REGISTRY_MYSQL_USER, REGISTRY_MYSQL_PASSWORD (default jdbc:mysql://127.0.0.1:3306/test, root, empty).""";

    /**
     * Returns the command line as option and value pairs, in order.
     *
     * @throws IllegalArgumentException with the message {@code help} for {@code --help} or {@code -h}, or
     *     naming an option given without a value
     */
    static List<Map.Entry<String, String>> pairs(String[] args) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            pairs.add(Map.entry(option, args[++i]));
        }
        return pairs;
    }

    /** Parses {@code --db}: a comma-separated list of h2, postgresql (postgres, pg), mariadb (maria) and mysql. */
    static List<Database> databases(String value) {
        List<Database> list = new ArrayList<>();
        for (String name : value.split(",")) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "h2" -> list.add(Database.H2);
                case "postgresql", "postgres", "pg" -> list.add(Database.POSTGRESQL);
                case "mariadb", "maria" -> list.add(Database.MARIADB);
                case "mysql" -> list.add(Database.MYSQL);
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
