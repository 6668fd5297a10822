package org.talentregistry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases the JDBC store supports: H2, PostgreSQL, MariaDB and MySQL. The store detects which one it
 * talks to from the connection's metadata; a host can also name it.
 */
public enum Database {
    /** H2 2.x, the embedded default. */
    H2("h2"),
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.6 or later. */
    MARIADB("mariadb"),
    /**
     * MySQL 8.0 or later, through MySQL Connector/J. Its SQL stays within MySQL 8.0's grammar; it is tested
     * through Connector/J against a MariaDB server (which Connector/J reports as MySQL), not against a MySQL
     * server.
     */
    MYSQL("mysql");

    private final String folder;

    Database(String folder) {
        this.folder = folder;
    }

    /**
     * Returns the name of the folder that holds this database's migration overrides, e.g. {@code postgresql}.
     *
     * @return the folder name, not null
     */
    public String folder() {
        return folder;
    }

    /**
     * Detects the database behind a connection from {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @param connection an open connection, not null; it is left open
     * @return the database, not null
     * @throws UnsupportedDatabaseException if the product is none of the supported ones
     * @throws UnableToAccessDatabaseException if the metadata cannot be read
     */
    public static Database detect(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new UnableToAccessDatabaseException("cannot read the database product name", e);
        }
        return fromProductName(product);
    }

    /**
     * Maps a product name as JDBC reports it to a supported database.
     *
     * @param productName e.g. {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}, {@code H2}; may be null
     * @return the database, not null
     * @throws UnsupportedDatabaseException if the product is none of the supported ones
     */
    public static Database fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb")) {
            return MARIADB;
        }
        // Connector/J says MySQL whatever the server, MariaDB's included: the MySQL dialect runs on both.
        if (name.contains("mysql")) {
            return MYSQL;
        }
        throw new UnsupportedDatabaseException(productName);
    }
}
