package org.talentregistry.jdbc;

/** Naming nominee by nominee on MySql. */
class MySqlNamingTest extends NamingContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
