package org.talentregistry.jdbc;

/** Audit events that say what changed, on MariaDB. */
class MariaDbAuditTruthTest extends AuditTruthContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
