package org.talentregistry.jdbc;

/** The selection cycle on Postgres. */
class PostgresSelectionRoundsTest extends SelectionRoundsContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
