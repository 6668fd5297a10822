package org.talentregistry.jdbc;

/** The talent pool, engagements, the public notice list and personal data on Postgres. */
class PostgresPoolTest extends PoolContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
