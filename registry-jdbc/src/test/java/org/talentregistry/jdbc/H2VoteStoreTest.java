package org.talentregistry.jdbc;

/** The vote-store contract on H2. */
class H2VoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
