package org.talentregistry.jdbc;

/** Stage plans on H2. */
class H2StagePlansTest extends StagePlansContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
