package org.talentregistry.jdbc;

/** Naming nominee by nominee on Postgres. */
class PostgresNamingTest extends NamingContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
