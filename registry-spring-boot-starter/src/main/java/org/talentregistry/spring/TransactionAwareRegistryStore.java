package org.talentregistry.spring;

import java.sql.Connection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.DatabaseTimeoutException;
import org.talentregistry.jdbc.DatabaseUnavailableException;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * A {@link RegistryStore} whose calls join the Spring-managed transaction of the thread, if there is one
 * on the store's data source.
 *
 * <p>Inside a transaction that Spring's {@code DataSourceTransactionManager} (or {@code
 * JdbcTransactionManager}, or a JPA transaction manager that exposes its JDBC connection) runs on this
 * data source, started by {@code @Transactional} or a {@code TransactionTemplate}, a registry call runs on
 * the transaction's connection, through {@link JdbcRegistryStore#joining(Connection)}:
 * <ul>
 *   <li>the host's commit keeps the registry's writes and its rollback undoes them;</li>
 *   <li>each call that writes runs inside a savepoint, a single {@code castVote} included: a refused or
 *       failed call undoes only its own writes, and the host's transaction stays usable, its earlier writes
 *       intact;</li>
 *   <li>in a read-only transaction, reads join it (lists streamed for an export, {@code artisans().forEach}
 *       and the pool's {@code forEachListed}, included) and a call that writes is refused with {@link
 *       ReadOnlyTransactionException} before anything is written; a single {@code castVote}, which the
 *       store runs as one atomic statement without a transaction of its own, is not told apart from a read
 *       and is left to the database (PostgreSQL refuses it in a read-only transaction, H2 and MariaDB do
 *       not).</li>
 *   <li>in a transaction past its timeout ({@code @Transactional(timeout = …)}), a call is refused with {@link
 *       DatabaseTimeoutException} before it runs, and the transaction is marked rollback-only, as Spring's
 *       {@code JdbcTemplate} does; a statement already running is bounded by the database's own lock and
 *       statement timeouts, not by the transaction's.</li>
 * </ul>
 * With no transaction, with the transaction suspended ({@code PROPAGATION_NOT_SUPPORTED}), or with a
 * transaction that holds no connection of this data source (JTA, another data source), each call runs in
 * its own transaction, as on the plain store.
 *
 * <p>Errors of the database and Jdbi reach the caller as the JDBC store translates them, and those of Spring's
 * JDBC support as {@link UnableToAccessDatabaseException} ({@link DatabaseUnavailableException} when no
 * connection can be had), so every exception of a registry call is a {@code RegistryException}.
 * The store never closes the data source or the plain store: the application context owns both.
 */
public final class TransactionAwareRegistryStore implements RegistryStore {
    private final JdbcRegistryStore store;
    private final DataSource dataSource;

    private TransactionAwareRegistryStore(JdbcRegistryStore store, DataSource dataSource) {
        this.store = store;
        this.dataSource = dataSource;
    }

    /**
     * Returns a store whose calls join Spring-managed transactions on a data source.
     *
     * @param store the plain store, built on the same database as the data source, not null
     * @param dataSource the data source the transaction manager runs on, not null; a {@link
     *     TransactionAwareDataSourceProxy} is unwrapped to its target, as Spring's transaction manager does
     * @return the store, not null
     * @throws NullPointerException if an argument is null
     */
    public static TransactionAwareRegistryStore of(JdbcRegistryStore store, DataSource dataSource) {
        return new TransactionAwareRegistryStore(Objects.requireNonNull(store, "store"),
                unwrap(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /**
     * Returns the data source whose connections a transaction manager binds: the target of a {@link
     * TransactionAwareDataSourceProxy}, any other data source as it is.
     *
     * @param dataSource the data source, not null
     * @return the data source transactions are bound to, not null
     */
    static DataSource unwrap(DataSource dataSource) {
        DataSource current = dataSource;
        while (current instanceof TransactionAwareDataSourceProxy proxy && proxy.getTargetDataSource() != null) {
            current = proxy.getTargetDataSource();
        }
        return current;
    }

    /**
     * Returns the plain store that runs calls made outside a Spring-managed transaction.
     *
     * @return the store, not null
     */
    public JdbcRegistryStore jdbcStore() {
        return store;
    }

    @Override
    public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
        if (!joinsTransaction()) {
            return translated(() -> store.inTransaction(tenant, work));
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new ReadOnlyTransactionException(TransactionSynchronizationManager.getCurrentTransactionName());
        }
        return translated(() -> onTransactionConnection(connection -> store.joining(connection).inTransaction(tenant, work)));
    }

    /** Reads in the host's transaction when there is one, read-only or not; else in one of the plain store's. */
    @Override
    public <T> T readInTransaction(TenantId tenant, StoreWork<T> work) {
        if (!joinsTransaction()) {
            return translated(() -> store.readInTransaction(tenant, work));
        }
        return translated(() -> onTransactionConnection(connection -> store.joining(connection).withSession(tenant, work)));
    }

    @Override
    public <T> T withSession(TenantId tenant, StoreWork<T> work) {
        if (!joinsTransaction()) {
            return translated(() -> store.withSession(tenant, work));
        }
        return translated(() -> onTransactionConnection(connection -> store.joining(connection).withSession(tenant, work)));
    }

    /** True inside a Spring-managed transaction on the registry's {@code DataSource}, which the calls then join. */
    @Override
    public boolean joinsHostTransaction() {
        return joinsTransaction();
    }

    private boolean joinsTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && holder.getConnectionHandle() != null;
    }

    private <T> T onTransactionConnection(Function<Connection, T> call) {
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                && holder.hasTimeout()) {
            // As JdbcTemplate does before each statement: a transaction past its timeout is marked rollback-only
            // and the call refused, instead of writing into a transaction that will not commit, or that would
            // commit late.
            holder.getTimeToLiveInMillis();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return call.apply(connection);
        } catch (HostTransactionLostException e) {
            // The database rolled back the whole transaction: its commit must fail, not keep what comes after.
            if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
                holder.setRollbackOnly();
            }
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Translates what Spring's JDBC support throws around the call (taking and releasing the transaction's
     * connection); the call itself reaches the caller as the JDBC store translated it.
     */
    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (CannotGetJdbcConnectionException e) {
            throw new DatabaseUnavailableException("无法取得事务的数据库连接，可重试 / cannot get the transaction's"
                    + " connection", null, e);
        } catch (TransactionTimedOutException e) {
            throw new DatabaseTimeoutException("事务已超时，本次调用未执行，事务将回滚 / the transaction timed out: the registry call"
                    + " was not made, and the transaction will roll back", null, e);
        } catch (DataAccessException | TransactionException e) {
            throw new UnableToAccessDatabaseException("Spring 的数据访问出错 / Spring's data access failed around a"
                    + " registry call", e);
        }
    }

    @Override
    public String toString() {
        return "TransactionAwareRegistryStore{" + store + "}";
    }
}
