package org.talentregistry.jdbc;

/** A selection round's naming guards and its audit trail on MariaDB. */
class MariaDbRoundNamingAndAuditTest extends RoundNamingAndAuditContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
