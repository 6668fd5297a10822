package org.talentregistry.exchange;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.talentregistry.jdbc.Database;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test class, in a schema (PostgreSQL) or database (MariaDB, H2) of its own that is
 * dropped afterwards, so runs never see each other's rows.
 *
 * <p>Connection settings come from environment variables whose defaults match the development machine.
 * When PostgreSQL or MariaDB cannot be reached the tests are skipped with a message naming what to set,
 * unless the system property {@code registry.requireDatabases} or the environment variable {@code
 * REGISTRY_REQUIRE_DATABASES} is {@code true} (CI sets it): then they fail.
 *
 * <p>Sessions run in odd time zones (PostgreSQL in Pacific/Chatham, MariaDB at +05:45) to flush out
 * time-zone bugs; the JVM itself runs in another one, set by the build.
 */
final class TestDatabase implements AutoCloseable {
    private final Database database;
    private final HikariDataSource dataSource;
    private final Runnable drop;

    private TestDatabase(Database database, HikariDataSource dataSource, Runnable drop) {
        this.database = database;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    static TestDatabase open(Database database) {
        return switch (database) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case MARIADB -> mariaDb();
        };
    }

    Database database() {
        return database;
    }

    DataSource dataSource() {
        return dataSource;
    }

    private static String uniqueName() {
        return "tr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static TestDatabase h2() {
        HikariConfig config = new HikariConfig();
        // Without DB_CLOSE_DELAY the in-memory database is gone once the pool closes its last connection.
        config.setJdbcUrl("jdbc:h2:mem:" + uniqueName());
        config.setUsername("sa");
        config.setMaximumPoolSize(20);
        HikariDataSource ds = new HikariDataSource(config);
        return new TestDatabase(Database.H2, ds, () -> { });
    }

    private static TestDatabase postgres() {
        String url = env("REGISTRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("REGISTRY_PG_USER", "postgres");
        String password = env("REGISTRY_PG_PASSWORD", "");
        reachable("PostgreSQL", url, user, password, "REGISTRY_PG_URL, REGISTRY_PG_USER and REGISTRY_PG_PASSWORD");
        String schema = uniqueName();
        executeDirect(url, user, password, "CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(schema);
        config.setMaximumPoolSize(20);
        config.setConnectionInitSql("SET TIME ZONE 'Pacific/Chatham'");
        HikariDataSource ds = new HikariDataSource(config);
        return new TestDatabase(Database.POSTGRESQL, ds,
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
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(20);
        config.setConnectionInitSql("SET time_zone = '+05:45'");
        HikariDataSource ds = new HikariDataSource(config);
        return new TestDatabase(Database.MARIADB, ds,
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
            String message = product + " tests SKIPPED: " + reason + ". Start " + product + " or set " + variables
                    + "; CI requires them.";
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
        try {
            drop.run();
        } finally {
            dataSource.close();
        }
    }
}
