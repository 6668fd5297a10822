package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The vote-store contract on PostgreSQL. */
class PostgresVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    /**
     * Batches go by pgJDBC's COPY where the connection unwraps to the driver's; a host whose pool or proxy
     * hides the driver's connection gets the same counts through the statement fed by arrays.
     */
    @Test
    void ingest_throughConnectionsThatDoNotUnwrapToTheDriver_countsExactly() {
        JdbcRegistryStore hidden = JdbcRegistryStore.builder(hidingTheDriver(db.dataSource())).migrate(false).build();
        hidden.inTransaction(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(), vote(WANG, 1).castAt()));

        long accepted = hidden.inTransaction(tenant, s -> s.votes().ingest(round,
                List.of(vote(WANG, 1), vote(LI, 2), vote(LI, 3), vote(LI, 2))));
        long viaCopy = store.inTransaction(tenant, s -> s.votes().ingest(round, List.of(vote(ZHAO, 4), vote(ZHAO, 3))));

        assertThat(accepted).isEqualTo(2);
        assertThat(viaCopy).isEqualTo(1);
        assertThat(tally(round)).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 2L), Map.entry(ZHAO, 1L));
        assertThat(storedKeys(round)).isEqualTo(4);
    }

    /** A data source whose connections answer no to every {@code isWrapperFor}, as some proxies do. */
    private static DataSource hidingTheDriver(DataSource real) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = real.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            switch (method.getName()) {
                                case "isWrapperFor":
                                    return false;
                                case "unwrap":
                                    throw new SQLException("not a wrapper");
                                default:
                                    try {
                                        return method.invoke(connection, args);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                            }
                        });
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                throw new SQLFeatureNotSupportedException();
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
                throw new SQLFeatureNotSupportedException();
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
}
