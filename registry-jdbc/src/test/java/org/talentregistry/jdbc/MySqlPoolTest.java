package org.talentregistry.jdbc;

/** The talent pool, engagements, the public notice list and personal data on the MySQL path (Connector/J against the MariaDB server). */
class MySqlPoolTest extends PoolContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
