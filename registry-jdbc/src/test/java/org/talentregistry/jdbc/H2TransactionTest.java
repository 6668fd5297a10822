package org.talentregistry.jdbc;

/** Hosts' pool settings on H2. */
class H2TransactionTest extends TransactionContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
