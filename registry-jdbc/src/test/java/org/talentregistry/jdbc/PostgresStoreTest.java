package org.talentregistry.jdbc;

/** The store contract on Postgres. */
class PostgresStoreTest extends StoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
