package org.talentregistry.jdbc;

/** The vote-store contract on PostgreSQL. */
class PostgresVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
