package org.talentregistry.jdbc;

/** The same answers on the MySQL path (Connector/J on MariaDB). */
class MySqlAgreementTest extends AgreementContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
