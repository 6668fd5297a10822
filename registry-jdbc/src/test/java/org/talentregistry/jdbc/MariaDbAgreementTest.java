package org.talentregistry.jdbc;

/** The same answers on MariaDB. */
class MariaDbAgreementTest extends AgreementContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
