package org.talentregistry.jdbc;

/** Naming nominee by nominee on H2. */
class H2NamingTest extends NamingContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
