package org.talentregistry.jdbc;

/** Hosts' pool settings on MariaDb. */
class MariaDbTransactionTest extends TransactionContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
