package org.talentregistry.jdbc;

/** Technician titles and priority on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlTitlesTest extends TitlesContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
