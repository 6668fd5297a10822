package org.talentregistry.jdbc;

/**
 * Connections killed during calls on the MySQL path (Connector/J against the MariaDB server, whose sessions
 * are found and killed as MariaDB's are).
 */
class MySqlFailureTest extends MariaDbFailureTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
