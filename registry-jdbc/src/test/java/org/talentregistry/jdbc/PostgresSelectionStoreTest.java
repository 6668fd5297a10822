package org.talentregistry.jdbc;

/** The selection-store contract on PostgreSQL. */
class PostgresSelectionStoreTest extends SelectionStoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
