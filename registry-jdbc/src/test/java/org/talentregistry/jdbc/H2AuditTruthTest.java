package org.talentregistry.jdbc;

/** Audit events that say what changed, on H2. */
class H2AuditTruthTest extends AuditTruthContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
