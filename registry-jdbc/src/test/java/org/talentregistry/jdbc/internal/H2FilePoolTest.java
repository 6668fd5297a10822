package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FilePoolTest {

    @Test
    void connectionGivenBackInATransaction_isRolledBack_andLentAgainInAutoCommitMode(@TempDir Path dir) throws SQLException {
        H2FilePool pool = H2FilePool.open("jdbc:h2:file:" + dir.resolve("pool") + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                s.execute("INSERT INTO t VALUES (1)");
            }
            try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO t VALUES (2)");
            }
            try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM t")) {
                assertThat(c.getAutoCommit()).isTrue();
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void closedConnection_refusesFurtherUse_andClosingAgainChangesNothing(@TempDir Path dir) throws SQLException {
        H2FilePool pool = H2FilePool.open("jdbc:h2:file:" + dir.resolve("pool") + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            Connection c = pool.dataSource().getConnection();
            c.close();
            c.close();
            assertThat(c.isClosed()).isTrue();
            assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        } finally {
            pool.dispose();
        }
    }

    @Test
    void connectionsLentAtOnce_areDistinctSessions_andReturnedOnesAreReused(@TempDir Path dir) throws SQLException {
        H2FilePool pool = H2FilePool.open("jdbc:h2:file:" + dir.resolve("pool") + ";DB_CLOSE_ON_EXIT=FALSE");
        try {
            List<Connection> lent = new ArrayList<>();
            List<Integer> sessions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                lent.add(pool.dataSource().getConnection());
                sessions.add(sessionId(lent.get(i)));
            }
            assertThat(sessions).doesNotHaveDuplicates();
            for (Connection c : lent) {
                c.close();
            }
            try (Connection again = pool.dataSource().getConnection()) {
                assertThat(sessions).contains(sessionId(again));
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void dispose_refusesNewConnections(@TempDir Path dir) {
        H2FilePool pool = H2FilePool.open("jdbc:h2:file:" + dir.resolve("pool") + ";DB_CLOSE_ON_EXIT=FALSE");
        pool.dispose();
        assertThatThrownBy(() -> pool.dataSource().getConnection()).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    private static int sessionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT SESSION_ID()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
