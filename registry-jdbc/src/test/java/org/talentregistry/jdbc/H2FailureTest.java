package org.talentregistry.jdbc;

import java.sql.Connection;

/**
 * Calls on an embedded H2 database that is shut down under them. H2 has no server connection to kill;
 * a closed database is reported as a refused statement, not as a lost connection.
 */
class H2FailureTest extends FailureContractTest {
    @Override
    Database database() {
        return Database.H2;
    }

    @Override
    Object connectionId(Connection connection) {
        return null;
    }

    @Override
    void kill(TestDatabase db, Object connectionId) throws java.sql.SQLException {
        execute(db, "SHUTDOWN IMMEDIATELY");
    }

    @Override
    boolean reportsALostConnection() {
        return false;
    }
}
