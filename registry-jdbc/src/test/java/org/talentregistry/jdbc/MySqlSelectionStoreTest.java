package org.talentregistry.jdbc;

/** The selection-store contract on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlSelectionStoreTest extends SelectionStoreContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
