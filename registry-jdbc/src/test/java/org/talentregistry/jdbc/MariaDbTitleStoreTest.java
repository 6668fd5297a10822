package org.talentregistry.jdbc;

/** The title-store contract on MariaDB. */
class MariaDbTitleStoreTest extends TitleStoreContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
