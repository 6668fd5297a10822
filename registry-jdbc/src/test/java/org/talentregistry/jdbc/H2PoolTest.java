package org.talentregistry.jdbc;

/** The talent pool, engagements, the public notice list and personal data on H2. */
class H2PoolTest extends PoolContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
