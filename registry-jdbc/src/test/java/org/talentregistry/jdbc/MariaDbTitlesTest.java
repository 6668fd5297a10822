package org.talentregistry.jdbc;

/** Technician titles and priority on MariaDb. */
class MariaDbTitlesTest extends TitlesContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
