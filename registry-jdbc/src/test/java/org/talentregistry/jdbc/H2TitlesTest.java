package org.talentregistry.jdbc;

/** Technician titles and priority on H2. */
class H2TitlesTest extends TitlesContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
