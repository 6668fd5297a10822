package org.talentregistry.jdbc;

/** The program's rules at their boundaries on H2. */
class H2RuleBoundariesTest extends RuleBoundariesContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
