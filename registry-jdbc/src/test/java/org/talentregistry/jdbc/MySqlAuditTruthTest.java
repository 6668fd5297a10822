package org.talentregistry.jdbc;

/** Audit events that say what changed, on the MySQL path. */
class MySqlAuditTruthTest extends AuditTruthContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
