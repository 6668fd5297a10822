package org.talentregistry.jdbc;

/** The title-store contract on PostgreSQL. */
class PostgresTitleStoreTest extends TitleStoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
