package org.talentregistry.jdbc;

/** What the registry says to people, on Postgres. */
class PostgresLanguagesTest extends LanguagesContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
