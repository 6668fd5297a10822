package org.talentregistry.jdbc;

/** The store contract on MariaDb. */
class MariaDbStoreTest extends StoreContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
