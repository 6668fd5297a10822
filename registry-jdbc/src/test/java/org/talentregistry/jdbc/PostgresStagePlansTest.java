package org.talentregistry.jdbc;

/** Stage plans on Postgres. */
class PostgresStagePlansTest extends StagePlansContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
