package org.talentregistry.jdbc.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.Driver;

/**
 * A pool of H2 sessions behind a class of its own. The module only {@code requires static com.h2database},
 * so H2 may be missing at run time: keeping every H2 type here lets {@code EmbeddedRegistry} load, check
 * for H2 and refuse with a clear message instead of a {@code NoClassDefFoundError}.
 *
 * <p>Why not H2's own {@code JdbcConnectionPool}: it rolls back every connection it hands out and every one
 * given back, and a rollback empties the session's cache of parsed statements. The registry's calls are
 * each a transaction of ten or so short statements, a third of whose time H2 then spends parsing them again
 * (an expert's score in the README example). This pool rolls back only a connection given back inside a
 * transaction, so that a session keeps its parsed statements from one call to the next. Like H2's pool it
 * lends at most {@value #MAX_CONNECTIONS} connections at once and makes a further caller wait up to
 * {@value #WAIT_SECONDS} seconds for one.
 */
public final class H2FilePool {
    private static final int MAX_CONNECTIONS = 10;
    private static final int WAIT_SECONDS = 30;

    private final String url;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Semaphore lendable = new Semaphore(MAX_CONNECTIONS, true);
    private final DataSource dataSource = new Lender();
    private volatile boolean disposed;

    private H2FilePool(String url) {
        this.url = url;
    }

    /**
     * Opens a pool on an H2 database. Call only once {@link #isPresent()} said yes.
     *
     * @param url the JDBC URL
     * @return the pool
     */
    public static H2FilePool open(String url) {
        return new H2FilePool(url);
    }

    /**
     * Says whether H2's classes can be loaded by this module.
     *
     * @return true if H2 is on the class path, or on the module path and resolved
     */
    public static boolean isPresent() {
        try {
            Class.forName("org.h2.Driver", false, H2FilePool.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Returns the pool as a data source.
     *
     * @return the pool
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool's connections, and so the database; connections still lent are closed when given back. */
    public void dispose() {
        disposed = true;
        for (Connection session = idle.pollFirst(); session != null; session = idle.pollFirst()) {
            closeQuietly(session);
        }
    }

    private Connection lend() throws SQLException {
        if (disposed) {
            throw new SQLException("the registry's H2 database is closed");
        }
        try {
            if (!lendable.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no connection to the registry's H2 database was free within " + WAIT_SECONDS
                        + " s: " + MAX_CONNECTIONS + " are in use");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection to the registry's H2 database", e);
        }
        try {
            Connection session = idle.pollFirst();
            if (session == null) {
                session = openSession();
            }
            return (Connection) Proxy.newProxyInstance(H2FilePool.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new Lent(session));
        } catch (SQLException | RuntimeException e) {
            lendable.release();
            throw e;
        }
    }

    /**
     * Takes a session back: one given back inside a transaction is rolled back to auto-commit mode, as H2's
     * pool would; one that fails that, or comes back after {@link #dispose}, is closed.
     */
    private void takeBack(Connection session) {
        try {
            if (!session.getAutoCommit()) {
                session.rollback();
                session.setAutoCommit(true);
            }
            if (disposed) {
                closeQuietly(session);
            } else {
                idle.addFirst(session);
                // A dispose that ran meanwhile may have missed it.
                if (disposed && idle.remove(session)) {
                    closeQuietly(session);
                }
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(session);
        } finally {
            lendable.release();
        }
    }

    private Connection openSession() throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", "sa");
        user.setProperty("password", "");
        return Driver.load().connect(url, user);
    }

    private static void closeQuietly(Connection session) {
        try {
            session.close();
        } catch (SQLException | RuntimeException e) {
            // The session is dropped either way; H2 closes the database with its last session.
        }
    }

    /** A lent connection: the session's own methods, but for closing, which gives the session back. */
    private final class Lent implements InvocationHandler {
        private final Connection session;
        private boolean closed;

        Lent(Connection session) {
            this.session = session;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!closed) {
                        closed = true;
                        takeBack(session);
                    }
                    return null;
                case "isClosed":
                    return closed || session.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "H2FilePool connection" + (closed ? " (closed)" : "");
                default:
                    if (closed) {
                        throw new SQLException("the connection is closed");
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }

    /** The pool as the data source the store takes connections from. */
    private final class Lender implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return lend();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the registry's H2 pool has one user");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Nothing is logged.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // Sessions are opened in the same process; there is no login to time.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("the registry's H2 pool does not log");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
