package org.talentregistry.jdbc;

/** Priority policies refused when they cannot be applied as written, on H2. */
class H2PriorityPolicyDefinitionTest extends PriorityPolicyDefinitionContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
