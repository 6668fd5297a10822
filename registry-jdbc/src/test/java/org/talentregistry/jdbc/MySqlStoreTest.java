package org.talentregistry.jdbc;

/** The store contract on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlStoreTest extends StoreContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
