package org.talentregistry.jdbc;

/** Stage plans on MariaDb. */
class MariaDbStagePlansTest extends StagePlansContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
