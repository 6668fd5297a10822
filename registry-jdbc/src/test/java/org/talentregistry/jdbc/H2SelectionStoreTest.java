package org.talentregistry.jdbc;

/** The selection-store contract on H2. */
class H2SelectionStoreTest extends SelectionStoreContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
