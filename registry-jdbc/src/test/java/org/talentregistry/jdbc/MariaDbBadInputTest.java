package org.talentregistry.jdbc;

/** Hostile input through the public API on MariaDb. */
class MariaDbBadInputTest extends BadInputContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
