package org.talentregistry.jdbc;

/** Priority policies refused when they cannot be applied as written, on MariaDB. */
class MariaDbPriorityPolicyDefinitionTest extends PriorityPolicyDefinitionContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
