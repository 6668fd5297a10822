package org.talentregistry.jdbc;

/** Hosts' pool settings on the MySQL path (Connector/J against the MariaDB server). */
class MySqlTransactionTest extends TransactionContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
