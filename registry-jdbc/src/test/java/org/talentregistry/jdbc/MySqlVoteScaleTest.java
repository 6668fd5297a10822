package org.talentregistry.jdbc;

/** The vote component's scale when a nominee leaves after the vote, on the MySQL path. */
class MySqlVoteScaleTest extends VoteScaleContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
