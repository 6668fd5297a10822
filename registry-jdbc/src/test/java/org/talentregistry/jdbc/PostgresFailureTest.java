package org.talentregistry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Connections killed during calls on PostgreSQL. */
class PostgresFailureTest extends FailureContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    Object connectionId(Connection connection) throws SQLException {
        return queryId(connection, "SELECT pg_backend_pid()");
    }

    @Override
    void kill(TestDatabase db, Object connectionId) throws SQLException {
        execute(db, "SELECT pg_terminate_backend(" + connectionId + ")");
    }
}
