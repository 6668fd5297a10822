package org.talentregistry.jdbc;

/** Priority policies refused when they cannot be applied as written, on the MySQL path. */
class MySqlPriorityPolicyDefinitionTest extends PriorityPolicyDefinitionContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
