package org.talentregistry.jdbc;

/** Hostile input through the public API on PostgreSQL. */
class PostgresBadInputTest extends BadInputContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
