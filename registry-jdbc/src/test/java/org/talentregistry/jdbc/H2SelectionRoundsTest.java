package org.talentregistry.jdbc;

/** The selection cycle on H2. */
class H2SelectionRoundsTest extends SelectionRoundsContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
