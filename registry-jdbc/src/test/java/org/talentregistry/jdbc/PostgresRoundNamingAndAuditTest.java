package org.talentregistry.jdbc;

/** A selection round's naming guards and its audit trail on PostgreSQL. */
class PostgresRoundNamingAndAuditTest extends RoundNamingAndAuditContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
