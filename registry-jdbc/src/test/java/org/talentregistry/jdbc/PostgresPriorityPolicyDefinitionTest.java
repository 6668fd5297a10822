package org.talentregistry.jdbc;

/** Priority policies refused when they cannot be applied as written, on PostgreSQL. */
class PostgresPriorityPolicyDefinitionTest extends PriorityPolicyDefinitionContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
