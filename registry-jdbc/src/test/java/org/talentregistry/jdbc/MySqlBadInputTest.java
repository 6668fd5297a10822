package org.talentregistry.jdbc;

/** Hostile input through the public API on the MySQL path (Connector/J against the MariaDB server). */
class MySqlBadInputTest extends BadInputContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
