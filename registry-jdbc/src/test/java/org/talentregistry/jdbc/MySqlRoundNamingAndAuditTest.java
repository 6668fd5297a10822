package org.talentregistry.jdbc;

/** A selection round's naming guards and its audit trail on the MySQL path. */
class MySqlRoundNamingAndAuditTest extends RoundNamingAndAuditContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
