package org.talentregistry.jdbc;

/** What the registry says to people, on MariaDb. */
class MariaDbLanguagesTest extends LanguagesContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
