package org.talentregistry.jdbc;

/** The program's rules at their boundaries on MariaDB. */
class MariaDbRuleBoundariesTest extends RuleBoundariesContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
