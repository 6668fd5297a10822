package org.talentregistry.jdbc;

/** The program's rules at their boundaries on PostgreSQL. */
class PostgresRuleBoundariesTest extends RuleBoundariesContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
