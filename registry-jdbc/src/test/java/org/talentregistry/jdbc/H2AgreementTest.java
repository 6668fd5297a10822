package org.talentregistry.jdbc;

/** The same answers on H2. */
class H2AgreementTest extends AgreementContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
