package org.talentregistry.jdbc;

/** The talent pool, engagements, the public notice list and personal data on MariaDb. */
class MariaDbPoolTest extends PoolContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
