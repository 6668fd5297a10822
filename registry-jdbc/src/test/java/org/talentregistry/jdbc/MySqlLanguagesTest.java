package org.talentregistry.jdbc;

/** What the registry says to people, on MySql. */
class MySqlLanguagesTest extends LanguagesContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
