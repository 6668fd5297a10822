package org.talentregistry.jdbc;

/** A selection round's naming guards and its audit trail on H2. */
class H2RoundNamingAndAuditTest extends RoundNamingAndAuditContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
