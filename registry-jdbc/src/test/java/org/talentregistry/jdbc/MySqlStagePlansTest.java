package org.talentregistry.jdbc;

/** Stage plans on MySql. */
class MySqlStagePlansTest extends StagePlansContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
