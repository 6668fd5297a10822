package org.talentregistry.jdbc;

/** The selection cycle on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlSelectionRoundsTest extends SelectionRoundsContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
