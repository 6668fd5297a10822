package org.talentregistry.examples.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.talentregistry.jdbc.Database;

/**
 * A database of its own for one Spring application under test: a schema (PostgreSQL) or database (MariaDB,
 * H2) dropped afterwards. It mirrors registry-jdbc's {@code TestDatabase}: the same variables and defaults,
 * skipped with a {@code WARNING: … tests SKIPPED} line when PostgreSQL or MariaDB cannot be reached, failing
 * instead when {@code registry.requireDatabases} or {@code REGISTRY_REQUIRE_DATABASES} is true. Sessions run
 * in odd time zones (PostgreSQL in Pacific/Chatham, MariaDB at +05:45).
 */
final class TestDatabase implements AutoCloseable {
    private final Database database;
    private final String url;
    private final String user;
    private final String password;
    private final Map<String, String> properties;
    private final Runnable drop;

    private TestDatabase(Database database, String url, String user, String password, Map<String, String> extra,
            Runnable drop) {
        this.database = database;
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.datasource.url", url);
        all.put("spring.datasource.username", user);
        all.put("spring.datasource.password", password);
        all.putAll(extra);
        this.properties = Map.copyOf(all);
    }

    static TestDatabase open(Database database) {
        return switch (database) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case MARIADB -> mariaDb();
            case MYSQL -> mySql();
        };
    }

    Database database() {
        return database;
    }

    /** The Spring properties that point the application's DataSource here. */
    Map<String, String> springProperties() {
        return properties;
    }

    String[] springPropertyPairs() {
        return properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Counts on a connection of its own, outside the application. */
    long count(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(url, user, password); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** Tells whether a table exists, whatever the case the database keeps its name in. */
    boolean hasTable(String table) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static String uniqueName() {
        return "tr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static TestDatabase h2() {
        return new TestDatabase(Database.H2, "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1", "sa", "", Map.of(),
                () -> { });
    }

    private static TestDatabase postgres() {
        String url = env("REGISTRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("REGISTRY_PG_USER", "postgres");
        String password = env("REGISTRY_PG_PASSWORD", "");
        reachable("PostgreSQL", url, user, password, "REGISTRY_PG_URL, REGISTRY_PG_USER and REGISTRY_PG_PASSWORD");
        String schema = uniqueName();
        executeDirect(url, user, password, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(Database.POSTGRESQL, schemaUrl, user, password,
                Map.of("spring.datasource.hikari.connection-init-sql", "SET TIME ZONE 'Pacific/Chatham'"),
                () -> executeDirect(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static TestDatabase mariaDb() {
        String url = env("REGISTRY_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = env("REGISTRY_MARIADB_USER", "root");
        String password = env("REGISTRY_MARIADB_PASSWORD", "");
        reachable("MariaDB", url, user, password,
                "REGISTRY_MARIADB_URL, REGISTRY_MARIADB_USER and REGISTRY_MARIADB_PASSWORD");
        String name = uniqueName();
        executeDirect(url, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        // As the README advises for MariaDB pools: read committed, so the registry need not set it per call.
        return new TestDatabase(Database.MARIADB, url.substring(0, url.lastIndexOf('/') + 1) + name, user, password,
                Map.of("spring.datasource.hikari.connection-init-sql", "SET time_zone = '+05:45'",
                        "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED"),
                () -> executeDirect(url, user, password, "DROP DATABASE " + name));
    }

    /**
     * The MySQL path: MySQL Connector/J against the MariaDB server (no MySQL server runs where the tests run),
     * with the Connector/J settings the README recommends.
     */
    private static TestDatabase mySql() {
        String url = env("REGISTRY_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test");
        String user = env("REGISTRY_MYSQL_USER", "root");
        String password = env("REGISTRY_MYSQL_PASSWORD", "");
        reachable("MySQL", url, user, password, "REGISTRY_MYSQL_URL, REGISTRY_MYSQL_USER and REGISTRY_MYSQL_PASSWORD");
        String name = uniqueName();
        executeDirect(url, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String base = url.substring(0, url.lastIndexOf('/') + 1) + name;
        return new TestDatabase(Database.MYSQL, base + "?rewriteBatchedStatements=true&useLocalSessionState=true", user,
                password,
                Map.of("spring.datasource.hikari.connection-init-sql", "SET time_zone = '-09:30'",
                        "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED"),
                () -> executeDirect(url, user, password, "DROP DATABASE " + name));
    }

    private static void reachable(String product, String url, String user, String password, String variables) {
        try {
            DriverManager.getConnection(url, user, password).close();
        } catch (SQLException e) {
            String reason = "cannot connect to " + url + " as " + user + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("registry.requireDatabases")
                    || "true".equalsIgnoreCase(System.getenv("REGISTRY_REQUIRE_DATABASES"))) {
                Assertions.fail(product + " is required (registry.requireDatabases or REGISTRY_REQUIRE_DATABASES)"
                        + " but " + reason + ". Start " + product + " or set " + variables + ".", e);
            }
            String message = product + " Spring Boot tests SKIPPED: " + reason + ". Start " + product + " or set "
                    + variables + "; CI requires them.";
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void executeDirect(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
