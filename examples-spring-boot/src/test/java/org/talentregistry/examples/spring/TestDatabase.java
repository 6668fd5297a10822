package org.talentregistry.examples.spring;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.talentregistry.jdbc.Database;

/**
 * A database of its own for one Spring application under test, opened by registry-jdbc's {@code TestDatabase}
 * (from its test jar): the same targets, variables and defaults, the same {@code WARNING: … tests SKIPPED}
 * line when a server cannot be reached, failing instead when {@code registry.requireDatabases} or {@code
 * REGISTRY_REQUIRE_DATABASES} is true, the same odd session time zones, and on the MySQL path the same check
 * that every statement stays within MySQL 8.0's grammar. This class turns its settings into the application's
 * {@code spring.datasource.*} properties.
 */
final class TestDatabase implements AutoCloseable {
    private final org.talentregistry.jdbc.TestDatabase database;
    private final Map<String, String> properties;

    private TestDatabase(org.talentregistry.jdbc.TestDatabase database) {
        this.database = database;
        HikariConfig settings = database.poolLikeThis();
        Map<String, String> all = new LinkedHashMap<>();
        String url = settings.getJdbcUrl();
        if (database.database() == Database.MYSQL) {
            // The Connector/J settings the README recommends.
            url += "?rewriteBatchedStatements=true&useLocalSessionState=true";
        }
        all.put("spring.datasource.url", url);
        all.put("spring.datasource.username", settings.getUsername());
        all.put("spring.datasource.password", settings.getPassword() == null ? "" : settings.getPassword());
        if (settings.getSchema() != null) {
            all.put("spring.datasource.hikari.schema", settings.getSchema());
        }
        if (settings.getConnectionInitSql() != null) {
            all.put("spring.datasource.hikari.connection-init-sql", settings.getConnectionInitSql());
        }
        settings.getDataSourceProperties().forEach((key, value) ->
                all.put("spring.datasource.hikari.data-source-properties." + key, String.valueOf(value)));
        if (database.database() == Database.MARIADB || database.database() == Database.MYSQL) {
            // As the README advises for MariaDB and MySQL pools: read committed, so the registry need not set it per call.
            all.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        }
        this.properties = Map.copyOf(all);
    }

    static TestDatabase open(Database database) {
        return new TestDatabase(org.talentregistry.jdbc.TestDatabase.open(database));
    }

    Database database() {
        return database.database();
    }

    /** The Spring properties that point the application's DataSource here. */
    Map<String, String> springProperties() {
        return properties;
    }

    String[] springPropertyPairs() {
        return properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A pool of the test's own on this database, outside the application. */
    DataSource dataSource() {
        return database.dataSource();
    }

    /** Counts on a connection of the test's own, outside the application. */
    long count(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        try (Connection c = dataSource().getConnection()) {
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

    @Override
    public void close() {
        database.close();
    }
}
