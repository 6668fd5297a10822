package org.talentregistry.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over another whose connections a test hands out behind a proxy, as hosts' pools and proxies
 * do; the rest of {@code DataSource} is what no test uses.
 */
abstract class ProxiedDataSource implements DataSource {
    final DataSource real;

    ProxiedDataSource(DataSource real) {
        this.real = real;
    }

    /**
     * Connections that answer no to every {@code isWrapperFor}, as some proxies do: the store cannot reach the
     * driver's own connection through them.
     *
     * @param real the data source
     * @return the hiding data source
     */
    static DataSource hidingTheDriver(DataSource real) {
        return new ProxiedDataSource(real) {
            @Override
            InvocationHandler handler(Connection connection) {
                return (proxy, method, args) -> switch (method.getName()) {
                    case "isWrapperFor" -> false;
                    case "unwrap" -> throw new SQLException("not a wrapper");
                    default -> forward(connection, method, args);
                };
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }

    /**
     * What a connection handed out does with each call, made when it is handed out.
     *
     * @param connection the real connection
     * @return the proxy's handler; {@link #forward} passes a call on
     * @throws SQLException if reading the connection fails
     */
    abstract InvocationHandler handler(Connection connection) throws SQLException;

    /** Passes a call on to the real connection, throwing what it throws. */
    static Object forward(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = real.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler(connection));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("not used");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("not used");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(real)) {
            return iface.cast(real);
        }
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(real) || real.isWrapperFor(iface);
    }
}
