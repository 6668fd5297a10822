package org.talentregistry.jdbc;

/** The vote-store contract on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
