package org.talentregistry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Connections killed during calls on the MySQL path (Connector/J against the MariaDB server). */
class MySqlFailureTest extends FailureContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }

    @Override
    Object connectionId(Connection connection) throws SQLException {
        return queryId(connection, "SELECT CONNECTION_ID()");
    }

    @Override
    void kill(TestDatabase db, Object connectionId) throws SQLException {
        execute(db, "KILL CONNECTION " + connectionId);
    }
}
