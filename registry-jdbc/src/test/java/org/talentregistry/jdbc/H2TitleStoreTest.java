package org.talentregistry.jdbc;

/** The title-store contract on H2. */
class H2TitleStoreTest extends TitleStoreContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
