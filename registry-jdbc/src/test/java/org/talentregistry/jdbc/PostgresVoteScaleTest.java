package org.talentregistry.jdbc;

/** The vote component's scale when a nominee leaves after the vote, on PostgreSQL. */
class PostgresVoteScaleTest extends VoteScaleContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
