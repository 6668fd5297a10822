package org.talentregistry.jdbc;

/** The title-store contract on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlTitleStoreTest extends TitleStoreContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
