package org.talentregistry.jdbc;

/** Audit events that say what changed, on PostgreSQL. */
class PostgresAuditTruthTest extends AuditTruthContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
