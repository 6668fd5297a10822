package org.talentregistry.jdbc;

/** The selection cycle on MariaDb. */
class MariaDbSelectionRoundsTest extends SelectionRoundsContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
