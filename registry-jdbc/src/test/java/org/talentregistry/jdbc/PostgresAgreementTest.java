package org.talentregistry.jdbc;

/** The same answers on PostgreSQL. */
class PostgresAgreementTest extends AgreementContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
