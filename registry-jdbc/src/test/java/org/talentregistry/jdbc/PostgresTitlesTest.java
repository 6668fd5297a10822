package org.talentregistry.jdbc;

/** Technician titles and priority on Postgres. */
class PostgresTitlesTest extends TitlesContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
