package org.talentregistry.jdbc;

/** The program's rules at their boundaries on the MySQL path. */
class MySqlRuleBoundariesTest extends RuleBoundariesContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
