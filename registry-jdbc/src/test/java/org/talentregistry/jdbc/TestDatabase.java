package org.talentregistry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test class, in a schema (PostgreSQL) or database (MariaDB, MySQL, H2) of its own that
 * is dropped afterwards, so runs never see each other's rows.
 *
 * <p>No MySQL server runs where these tests run: the MySQL target is MySQL Connector/J against the MariaDB
 * server, which Connector/J reports as MySQL, so the store takes its MySQL dialect there. Every statement it
 * sends goes through {@link MySqlGrammarCheck}, which fails the statement if it is outside MySQL 8.0's
 * grammar.
 *
 * <p>Connection settings come from environment variables whose defaults match the development machine.
 * When PostgreSQL, MariaDB or the MySQL path's server cannot be reached the tests are skipped with a message naming what to set,
 * unless the system property {@code registry.requireDatabases} or the environment variable {@code
 * REGISTRY_REQUIRE_DATABASES} is {@code true} (CI sets it): then they fail.
 *
 * <p>Sessions run in odd time zones (PostgreSQL in Pacific/Chatham, MariaDB at +05:45, MySQL at -09:30) to flush out
 * time-zone bugs; the JVM itself runs in another one, set by the build.
 */
public final class TestDatabase implements AutoCloseable {
    private final Database database;
    private final HikariDataSource dataSource;
    private final Runnable drop;

    private TestDatabase(Database database, HikariDataSource dataSource, Runnable drop) {
        this.database = database;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /**
     * Opens a database of its own on a target, or skips the calling test (or fails it, where databases are
     * required) when the target's server does not answer.
     *
     * @param database the target
     * @return the database, to close after the test class
     */
    public static TestDatabase open(Database database) {
        return switch (database) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
            case MARIADB -> mariaDb();
            case MYSQL -> mySql();
        };
    }

    /** Returns the target this database is on. */
    public Database database() {
        return database;
    }

    /** Returns the pool on this database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the settings of a second pool on this database, connected as the tests' own pool is (URL, user,
     * schema, session time zone, driver properties), for a test to change, e.g. to auto-commit off.
     */
    public HikariConfig poolLikeThis() {
        HikariConfig config = new HikariConfig();
        dataSource.copyStateTo(config);
        config.setPoolName(null);
        config.setMaximumPoolSize(4);
        return config;
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

    private static TestDatabase mySql() {
        String url = env("REGISTRY_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test");
        String user = env("REGISTRY_MYSQL_USER", "root");
        String password = env("REGISTRY_MYSQL_PASSWORD", "");
        reachable("MySQL", url, user, password, "REGISTRY_MYSQL_URL, REGISTRY_MYSQL_USER and REGISTRY_MYSQL_PASSWORD");
        String name = uniqueName();
        executeDirect(url, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String base = url.substring(0, url.lastIndexOf('/') + 1) + name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(base);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(20);
        config.setConnectionInitSql("SET time_zone = '-09:30'");
        config.addDataSourceProperty("queryInterceptors", MySqlGrammarCheck.class.getName());
        HikariDataSource ds = new HikariDataSource(config);
        return new TestDatabase(Database.MYSQL, ds, () -> executeDirect(url, user, password, "DROP DATABASE " + name));
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
