package org.talentregistry.jdbc;

/** Naming nominee by nominee on MariaDb. */
class MariaDbNamingTest extends NamingContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
