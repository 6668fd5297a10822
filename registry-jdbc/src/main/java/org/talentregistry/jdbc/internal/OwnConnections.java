package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The connections of the transactions the registry owns, in auto-commit mode whatever the pool's default.
 *
 * <p>Jdbi takes a connection that arrives with auto-commit off for one whose owner manages the transaction:
 * it joins it and never commits. A pool configured with {@code autoCommit=false} (common in Spring hosts)
 * would then lose every write the registry makes in a transaction of its own. So a connection that arrives
 * with auto-commit off is switched to auto-commit for the registry's call, and switched back before it is
 * returned: the host gets it back as it gave it. Switching commits what the connection holds: on a fresh
 * pooled connection no data, but the pool's own set-up statements (PostgreSQL's {@code SET search_path} of
 * a configured schema, a connection-init SQL), which a rollback would undo.
 */
public final class OwnConnections implements ConnectionFactory {
    private final Source source;
    private final Map<Connection, Boolean> switched = Collections.synchronizedMap(new IdentityHashMap<>());
    // How many connections are in the map: a pool that lends them in auto-commit mode, the usual case, never
    // fills it, and closing then skips the map's lock, which every call of every thread took (JFR: 65 waits
    // of 20 ms or more in 40,000 casts from 8 threads on two loaded cores).
    private final AtomicInteger switchedCount = new AtomicInteger();

    private OwnConnections(Source source) {
        this.source = source;
    }

    /**
     * Returns the factory that takes connections from a data source.
     *
     * @param dataSource the data source
     * @return the factory
     */
    public static OwnConnections of(DataSource dataSource) {
        return new OwnConnections(new Source() {
            @Override
            public Connection open() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void close(Connection connection) throws SQLException {
                connection.close();
            }
        });
    }

    /**
     * Returns the factory that takes connections from a host's Jdbi, opening a handle of it per connection, so
     * that the host's connection factory and its cleanup are used.
     *
     * @param host the host's Jdbi
     * @return the factory
     */
    public static OwnConnections of(Jdbi host) {
        Map<Connection, Handle> handles = Collections.synchronizedMap(new IdentityHashMap<>());
        return new OwnConnections(new Source() {
            @Override
            public Connection open() {
                Handle handle = host.open();
                handles.put(handle.getConnection(), handle);
                return handle.getConnection();
            }

            @Override
            public void close(Connection connection) {
                Handle handle = handles.remove(connection);
                if (handle != null) {
                    handle.close();
                }
            }
        });
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection connection = source.open();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
                switched.put(connection, Boolean.TRUE);
                switchedCount.incrementAndGet();
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                source.close(connection);
            } catch (SQLException | RuntimeException close) {
                e.addSuppressed(close);
            }
            throw e;
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        try {
            if (switchedCount.get() > 0 && switched.remove(connection) != null) {
                switchedCount.decrementAndGet();
                if (!connection.isClosed()) {
                    connection.setAutoCommit(false);
                }
            }
        } finally {
            source.close(connection);
        }
    }

    /** Where the connections come from and go back to. */
    private interface Source {
        Connection open() throws SQLException;

        void close(Connection connection) throws SQLException;
    }
}
