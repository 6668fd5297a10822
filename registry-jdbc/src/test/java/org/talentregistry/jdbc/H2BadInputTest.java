package org.talentregistry.jdbc;

/** Hostile input through the public API on H2. */
class H2BadInputTest extends BadInputContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
