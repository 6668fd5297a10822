package org.talentregistry.jdbc;

/** The selection-store contract on MariaDB. */
class MariaDbSelectionStoreTest extends SelectionStoreContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
