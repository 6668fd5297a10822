package org.talentregistry.jdbc;

/** Hosts' pool settings on Postgres. */
class PostgresTransactionTest extends TransactionContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
