package org.talentregistry.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.jdbc.EmbeddedRegistry;

/**
 * A database of the benchmark's own, created fresh and dropped afterwards: an H2 file database in a
 * directory of its own, a PostgreSQL schema, or a MariaDB database. The library and the raw-JDBC baselines
 * share its connection pool, so both sides meet the same server, driver and driver settings.
 *
 * <p>Driver settings are those a host would choose for bulk work: PostgreSQL with {@code
 * reWriteBatchedInserts=true}; MariaDB Connector/J with its defaults, under which the bulk protocol is on for
 * statements prepared with the one-argument {@code prepareStatement(sql)}; MySQL Connector/J with the settings
 * the README recommends ({@link #MYSQL_SETTINGS}).
 */
final class BenchDatabase implements AutoCloseable {
    private static final int POOL_SIZE = 20;
    /** The Connector/J settings the README recommends. */
    static final String MYSQL_SETTINGS = "rewriteBatchedStatements=true&useLocalSessionState=true&cachePrepStmts=true";

    private final Database database;
    private final HikariDataSource dataSource;
    private final String version;
    private final String where;
    private final Runnable drop;

    private BenchDatabase(Database database, HikariDataSource dataSource, String where, Runnable drop) {
        this.database = database;
        this.dataSource = dataSource;
        this.where = where;
        this.drop = drop;
        this.version = queryVersion(dataSource, database);
    }

    /**
     * Creates a fresh database of a kind.
     *
     * @param database which kind
     * @param h2Directory the parent directory of H2 file databases
     * @return the database, with its pool open
     * @throws IllegalStateException if the server cannot be reached or the schema cannot be created
     */
    static BenchDatabase create(Database database, Path h2Directory) {
        return switch (database) {
            case H2 -> h2(h2Directory);
            case POSTGRESQL -> postgres();
            case MARIADB -> mariaDb();
            case MYSQL -> mySql();
        };
    }

    /** @return which kind of database this is */
    Database kind() {
        return database;
    }

    /** @return the connection pool, for the library and the baselines alike */
    DataSource dataSource() {
        return dataSource;
    }

    /** @return the server's product and version, e.g. {@code PostgreSQL 15.20} */
    String version() {
        return version;
    }

    /** @return where the data lives: the H2 file, the schema or the database name */
    String where() {
        return where;
    }

    private static String uniqueName() {
        return "tr_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private static BenchDatabase h2(Path parent) {
        Path directory = parent.resolve(uniqueName()).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        // The URL EmbeddedRegistry opens: a file database, the registry's embedded default, each commit written to
        // the file before it returns (WRITE_DELAY=0, since the thirty-first session). -Dbench.h2 replaces its
        // settings, e.g. -Dbench.h2=";QUERY_CACHE_SIZE=64" for H2's default of writing commits within half a second.
        String settings = System.getProperty("bench.h2");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings == null ? EmbeddedRegistry.jdbcUrl(directory.resolve("registry"))
                : "jdbc:h2:file:" + directory.resolve("registry").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE" + settings);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        return new BenchDatabase(Database.H2, new HikariDataSource(config), directory.resolve("registry.mv.db").toString(),
                () -> deleteTree(directory));
    }

    private static BenchDatabase postgres() {
        String url = env("REGISTRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("REGISTRY_PG_USER", "postgres");
        String password = env("REGISTRY_PG_PASSWORD", "");
        String schema = uniqueName();
        executeDirect(url, user, password, "CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(schema);
        config.setMaximumPoolSize(POOL_SIZE);
        return new BenchDatabase(Database.POSTGRESQL, new HikariDataSource(config), "schema " + schema + " of " + url,
                () -> executeDirect(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static BenchDatabase mariaDb() {
        String url = env("REGISTRY_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = env("REGISTRY_MARIADB_USER", "root");
        String password = env("REGISTRY_MARIADB_PASSWORD", "");
        String name = uniqueName();
        executeDirect(url, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        return new BenchDatabase(Database.MARIADB, new HikariDataSource(config), "database " + name,
                () -> executeDirect(url, user, password, "DROP DATABASE " + name));
    }

    /**
     * The MySQL path: Connector/J with the settings the README recommends, against whatever server the URL
     * names (the MariaDB server where no MySQL server runs).
     */
    private static BenchDatabase mySql() {
        String url = env("REGISTRY_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test");
        String user = env("REGISTRY_MYSQL_USER", "root");
        String password = env("REGISTRY_MYSQL_PASSWORD", "");
        String name = uniqueName();
        executeDirect(url, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + name + "?" + MYSQL_SETTINGS);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        return new BenchDatabase(Database.MYSQL, new HikariDataSource(config), "database " + name + " through Connector/J",
                () -> executeDirect(url, user, password, "DROP DATABASE " + name));
    }

    private static String queryVersion(DataSource dataSource, Database database) {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (database == Database.POSTGRESQL) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
                    rs.next();
                    product = "PostgreSQL " + rs.getString(1);
                }
            }
            return product + " (driver " + meta.getDriverName() + " " + meta.getDriverVersion() + ")";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the version of " + database.label(), e);
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
            throw new IllegalStateException("cannot run " + sql + " on " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    /** Closes the pool, then drops the schema or database (deletes the H2 files). */
    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            drop.run();
        }
    }
}
