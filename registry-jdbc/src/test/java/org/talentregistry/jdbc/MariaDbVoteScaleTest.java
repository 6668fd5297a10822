package org.talentregistry.jdbc;

/** The vote component's scale when a nominee leaves after the vote, on MariaDB. */
class MariaDbVoteScaleTest extends VoteScaleContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
