package org.talentregistry.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.UnableToMigrateException;

/**
 * Reads the bundled migrations from an explicit index (no class-path scanning) and applies those not yet
 * recorded in the registry's own history table, {@code tr_schema_history}.
 */
public final class MigrationRunner {
    /** The history table's name. */
    public static final String HISTORY_TABLE = "tr_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final String ROOT = "/org/talentregistry/jdbc/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3,})__[a-z0-9_]+\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final Pattern PROCEDURE = Pattern.compile("CREATE\\s+PROCEDURE\\b", Pattern.CASE_INSENSITIVE);
    private static final Object IN_PROCESS_LOCK = new Object();

    private MigrationRunner() {
    }

    /**
     * Returns the scripts resolved for a database, in order.
     *
     * @param database the database
     * @return the scripts
     */
    public static List<MigrationScript> scripts(Database database) {
        Dialect dialect = Dialect.of(database);
        List<MigrationScript> scripts = new ArrayList<>();
        for (String line : read(ROOT + "index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new UnableToMigrateException(name, "脚本名不符合 V<版本>__<说明>.sql 的格式"
                        + " / is not named V<version>__<description>.sql", null);
            }
            String override = ROOT + database.folder() + "/" + name;
            String text = MigrationRunner.class.getResource(override) != null ? read(override) : read(ROOT + "common/" + name);
            String sql = fill(name, text, dialect.placeholders());
            scripts.add(new MigrationScript(Integer.parseInt(m.group(1)), name, sql, sha256(sql)));
        }
        return List.copyOf(scripts);
    }

    /**
     * Brings the schema up to date.
     *
     * @param jdbi the Jdbi to run on
     * @param database the database behind it
     * @param clock the clock that dates history rows
     * @return how many scripts were applied
     */
    public static int migrate(Jdbi jdbi, Database database, Clock clock) {
        Dialect dialect = Dialect.of(database);
        List<MigrationScript> scripts = scripts(database);
        Map<Integer, String> sibling = siblingChecksums(database);
        synchronized (IN_PROCESS_LOCK) {
            return jdbi.withHandle(handle -> {
                handle.execute(fill(HISTORY_TABLE, "CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " ("
                        + " version INT NOT NULL PRIMARY KEY,"
                        + " script VARCHAR(200) NOT NULL,"
                        + " checksum CHAR(64) NOT NULL,"
                        + " applied_at ${timestamp} NOT NULL)${table_options}", dialect.placeholders()));
                dialect.lockMigrations(handle);
                try {
                    return applyPending(handle, scripts, sibling, clock);
                } finally {
                    dialect.unlockMigrations(handle);
                }
            });
        }
    }

    /**
     * The checksums, by version, of the scripts of the dialect that shares a server with this one: MariaDB's and
     * MySQL's scripts differ only where one creates what the other does without (V013's procedure on MariaDB),
     * and a host on a MariaDB server may switch between MariaDB Connector/J and MySQL Connector/J, whose
     * dialects are told apart by the driver. A script applied through the other driver is accepted as applied.
     */
    private static Map<Integer, String> siblingChecksums(Database database) {
        Database sibling = switch (database) {
            case MARIADB -> Database.MYSQL;
            case MYSQL -> Database.MARIADB;
            default -> null;
        };
        Map<Integer, String> checksums = new HashMap<>();
        if (sibling != null) {
            scripts(sibling).forEach(script -> checksums.put(script.version(), script.checksum()));
        }
        return checksums;
    }

    private static int applyPending(Handle handle, List<MigrationScript> scripts, Map<Integer, String> sibling,
            Clock clock) {
        Map<Integer, String> applied = new HashMap<>();
        handle.createQuery("SELECT version, checksum FROM " + HISTORY_TABLE)
                .map((rs, ctx) -> Map.entry(rs.getInt("version"), rs.getString("checksum")))
                .forEach(e -> applied.put(e.getKey(), e.getValue()));
        int count = 0;
        for (MigrationScript script : scripts) {
            String checksum = applied.get(script.version());
            if (checksum != null) {
                if (!checksum.equals(script.checksum()) && !checksum.equals(sibling.get(script.version()))) {
                    throw new UnableToMigrateException(script.fileName(), "已执行过，但数据库记录的校验和 " + checksum
                            + " 与本 jar 中脚本的校验和 " + script.checksum() + " 不同：已执行的迁移脚本不得修改"
                            + " / was applied with checksum " + checksum + " but this jar's script has "
                            + script.checksum() + "; an applied migration must never be edited", null);
                }
                continue;
            }
            try {
                handle.useTransaction(h -> {
                    executeAsWritten(h, statements(script.sql()));
                    h.createUpdate("INSERT INTO " + HISTORY_TABLE + " (version, script, checksum, applied_at)"
                                    + " VALUES (:version, :script, :checksum, :at)")
                            .bind("version", script.version())
                            .bind("script", script.fileName())
                            .bind("checksum", script.checksum())
                            .bind("at", SqlValues.instant(clock.instant()))
                            .execute();
                });
            } catch (RuntimeException | SQLException e) {
                throw new UnableToMigrateException(script.fileName(), "执行失败 / failed: " + e.getMessage(), e);
            }
            LOG.info("Applied migration {}", script.fileName());
            count++;
        }
        return count;
    }

    /**
     * Returns the refusal of a call that needs a migration the schema lacks (a host's own migration tool
     * brought it only so far), in Chinese and English, with how to mend it.
     *
     * @param script the script's file name
     * @param whyZh what the script does that the call needs, in Chinese
     * @param whyEn the same in English
     * @param cause the database's error
     * @return the exception to throw
     */
    public static UnableToMigrateException notApplied(String script, String whyZh, String whyEn, Throwable cause) {
        return new UnableToMigrateException(script, "未执行：" + whyZh + "，请先执行登记库的迁移脚本 / is not applied: " + whyEn
                + ". Run the registry's migrations (JdbcRegistryStore.migrate(), or the host's migration tool with"
                + " RegistryMigrations' scripts)", cause);
    }

    /**
     * Runs a script's statements through JDBC as they are written. Jdbi would first parse each for named
     * parameters, which a script has none of: in a JVM that has just started, that parsing (Jdbi's lexer, still
     * interpreted) was a third of the time it took to create the schema.
     */
    private static void executeAsWritten(Handle handle, List<String> statements) throws SQLException {
        try (Statement jdbc = handle.getConnection().createStatement()) {
            for (String statement : statements) {
                jdbc.execute(statement);
            }
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line, dropping comment lines. A {@code CREATE
     * PROCEDURE}, whose body holds statements of its own, ends only at a line that is {@code END;}.
     *
     * @param sql the script
     * @return the statements
     */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean routine = false;
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.isEmpty()) {
                routine = PROCEDURE.matcher(trimmed).lookingAt();
            }
            if (routine ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String fill(String name, String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new UnableToMigrateException(name, "含有未知的占位符 ${" + m.group(1) + "}"
                        + " / holds the unknown placeholder ${" + m.group(1) + "}", null);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = MigrationRunner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnableToMigrateException(resource, "不在 jar 中 / is missing from the jar", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
