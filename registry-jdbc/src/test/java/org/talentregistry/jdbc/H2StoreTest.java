package org.talentregistry.jdbc;

/** The store contract on H2. */
class H2StoreTest extends StoreContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
