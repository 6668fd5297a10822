package org.talentregistry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.internal.DatabaseFailures;
import org.talentregistry.jdbc.internal.Dialect;
import org.talentregistry.jdbc.internal.JdbcSession;
import org.talentregistry.jdbc.internal.MigrationRunner;
import org.talentregistry.jdbc.internal.OwnConnections;
import org.talentregistry.jdbc.internal.ResidentKeys;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * The registry's store on a relational database through Jdbi 3: H2, PostgreSQL, MariaDB or MySQL 8 (see
 * {@link Database#MYSQL}), detected from the connection.
 *
 * <p>Three ways to use it, by who owns the transaction:
 * <ul>
 *   <li><b>The registry</b>: {@code JdbcRegistryStore.create(dataSource)}. Each registry call runs in its
 *       own transaction on a connection from the data source, and commits it whatever the pool's
 *       auto-commit default: a connection that arrives with auto-commit off is switched on for the call and
 *       back off before it is returned.</li>
 *   <li><b>The host, through Jdbi</b>: build the store on the host's {@link Jdbi} with {@link
 *       #create(Jdbi)}. A registry call made inside {@code jdbi.useTransaction(...)}, {@code
 *       jdbi.inTransaction(...)} or {@code jdbi.withHandle(...)} of that same Jdbi instance, on the same
 *       thread, joins the host's handle and its transaction: the host's commit or rollback decides for the
 *       registry's writes too. A call made outside them runs in a transaction of its own, as above.</li>
 *   <li><b>The host, through a JDBC connection</b> (Spring's {@code DataSourceUtils.getConnection}, a JTA
 *       connection, plain JDBC): {@link #joining(Connection)} returns a store bound to that connection.
 *       It never commits, rolls back or closes it. Each registry call runs inside a savepoint, so a
 *       refused call undoes its own writes and leaves the host's earlier writes alone. On a connection
 *       in auto-commit mode, each call runs in a transaction of its own instead, at read committed.</li>
 * </ul>
 * A call that writes inside a host's transaction needs that transaction at read committed or serializable,
 * and is refused with {@link IsolationLevelException} at repeatable read (MySQL's and MariaDB's default) or
 * read uncommitted, before it writes: its decisions read what it locked, and at repeatable read a
 * transaction that has read before sees only its snapshot.
 * The store does not close a data source it was given; one it opened itself (see {@link
 * EmbeddedRegistry}) is closed by {@link #close()}.
 *
 * <p>Every failure of Jdbi or of the JDBC driver reaches the caller as an {@link
 * UnableToAccessDatabaseException} or one of its subclasses, never as a Jdbi or driver type.
 *
 * <p>The registry's own transactions run at read committed. When it is built, the store looks at the
 * isolation level of one connection of the data source: if that is read committed already (the default
 * of H2 and PostgreSQL), it takes it as the level of every connection and leaves it alone; otherwise
 * (MariaDB's and MySQL's default is repeatable read) it sets read committed for each transaction and restores the
 * connection's level afterwards, which costs up to six round trips per call. A host whose pool hands out
 * MariaDB or MySQL connections should therefore configure the pool for read committed (HikariCP: {@code
 * transactionIsolation=TRANSACTION_READ_COMMITTED}), and a pool whose connections differ in level should
 * not be given to the store.
 */
public final class JdbcRegistryStore implements RegistryStore {
    private final Jdbi own;
    private final Jdbi host;
    private final Dialect dialect;
    private final boolean readCommittedByDefault;
    private final AutoCloseable owned;
    private final Supplier<ResidentKeys> residentKeys;

    private JdbcRegistryStore(Jdbi own, Jdbi host, Dialect dialect, boolean readCommittedByDefault,
            AutoCloseable owned) {
        this.own = own;
        this.host = host;
        this.dialect = dialect;
        this.readCommittedByDefault = readCommittedByDefault;
        this.owned = owned;
        this.residentKeys = ResidentKeys.onFirstUse(own, dialect);
    }

    /**
     * Returns a store on a data source, migrating the schema first.
     *
     * @param dataSource the data source, not null; its connections may start in auto-commit mode or not
     * @return the store, not null
     * @throws UnsupportedDatabaseException if the database is not H2, PostgreSQL, MariaDB or MySQL
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the database cannot be reached
     */
    public static JdbcRegistryStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Returns a store on a host's Jdbi, migrating the schema first. Registry calls made inside a
     * transaction of this Jdbi on the same thread join it.
     *
     * @param jdbi the host's Jdbi, not null; the store changes none of its configuration
     * @return the store, not null
     * @throws UnsupportedDatabaseException if the database is not H2, PostgreSQL, MariaDB or MySQL
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the database cannot be reached
     */
    public static JdbcRegistryStore create(Jdbi jdbi) {
        return builder(jdbi).build();
    }

    /**
     * Returns a builder on a data source.
     *
     * @param dataSource the data source, not null
     * @return a new builder, not null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Jdbi.create(OwnConnections.of(Objects.requireNonNull(dataSource, "dataSource"))), null);
    }

    /**
     * Returns a builder on a host's Jdbi.
     *
     * @param jdbi the Jdbi, not null
     * @return a new builder, not null
     */
    public static Builder builder(Jdbi jdbi) {
        Objects.requireNonNull(jdbi, "jdbi");
        return new Builder(Jdbi.create(OwnConnections.of(jdbi)), jdbi);
    }

    /**
     * Returns the database this store talks to.
     *
     * @return the database, not null
     */
    public Database database() {
        return dialect.database();
    }

    /**
     * Brings the schema up to date; {@link Builder#build()} does this unless told not to. The scripts run
     * in transactions of the registry's own, committed whatever the pool's auto-commit default.
     *
     * @return how many scripts were applied
     * @throws UnableToMigrateException if a script fails or an applied script was changed
     * @throws UnableToAccessDatabaseException if the database cannot be reached
     */
    public int migrate() {
        return guarded(() -> MigrationRunner.migrate(own, dialect.database(), Clock.systemUTC()));
    }

    /**
     * Makes the store ready to register and find artisans; {@link Builder#build()} does this after migrating.
     * Resident identity numbers are looked up by their keyed hash under a secret of the database's own (table
     * {@code tr_registry_setting}, script V019), which the first store to start makes. Keys written before
     * V019 (an unkeyed SHA-256) are re-keyed here, a page of artisans per transaction, once.
     *
     * <p>A store built with {@code migrate(false)} does this at the first call that needs a resident key,
     * which then waits for it, through a connection of its own (a second one, when the host's transaction
     * holds the first). Call this once the host's migration tool has run to have it done at start-up.
     * Upgrade every instance of a host at once: an older registry still running would write unkeyed keys
     * after the re-keying, and a newer one would not find those artisans by their numbers.
     *
     * @return this store
     * @throws UnableToMigrateException if the database lacks migration V019 and its table
     * @throws UnableToAccessDatabaseException if the database cannot be reached
     */
    public JdbcRegistryStore prepare() {
        guarded(residentKeys::get);
        return this;
    }

    /**
     * Returns a store bound to a connection whose transaction the host owns. Use it for calls that must
     * be part of that transaction, then drop it; it is cheap. The store never commits, rolls back or
     * closes the connection.
     *
     * <p>A call that writes while the connection is in a transaction (auto-commit off) is refused with
     * {@link IsolationLevelException} if the connection is at repeatable read or read uncommitted.
     *
     * @param connection an open connection to the same database, not null
     * @return a store that runs every call on that connection, not null
     */
    public RegistryStore joining(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        Jdbi bound = Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection;
            }

            @Override
            public void closeConnection(Connection toClose) {
                // The host owns the connection.
            }
        });
        bound.getConfig(Handles.class).setForceEndTransactions(false);
        return new JoinedStore(bound, connection);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        HandleCallback<T, RuntimeException> call = handle -> work.run(new JdbcSession(handle, dialect, tenant, residentKeys));
        if (isInHostHandle()) {
            // The host's transaction decides, at a level under which the call's decisions read fresh data.
            return guarded(() -> host.withHandle(handle -> {
                if (handle.isInTransaction()) {
                    requireFreshReads(handle.getConnection());
                    return handle.inTransaction(call);
                }
                return isFreshReading(handle.getConnection()) ? handle.inTransaction(call)
                        : handle.inTransaction(TransactionIsolationLevel.READ_COMMITTED, call);
            }));
        }
        if (readCommittedByDefault) {
            return guarded(() -> own.inTransaction(call));
        }
        // Read committed on every database (MariaDB defaults to repeatable read), so that a statement sees
        // what concurrent transactions committed before it, e.g. the holder of a contested resident ID.
        // Jdbi reads, sets and restores the level around each transaction: up to six round trips.
        return guarded(() -> own.inTransaction(TransactionIsolationLevel.READ_COMMITTED, call));
    }

    @Override
    public <T> T withSession(TenantId tenant, StoreWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        Jdbi jdbi = isInHostHandle() ? host : own;
        return guarded(() -> jdbi.withHandle(handle -> work.run(new JdbcSession(handle, dialect, tenant, residentKeys))));
    }

    /**
     * Tells whether the host has a handle of its Jdbi open on this thread ({@code useTransaction},
     * {@code inTransaction}, {@code withHandle}): then the call joins it, as Jdbi's nested calls do.
     */
    /**
     * True while the host's Jdbi (a store made by {@link #create(Jdbi)}) holds a handle in a transaction on this
     * thread, which the registry's calls then join.
     */
    @Override
    public boolean joinsHostTransaction() {
        if (!isInHostHandle()) {
            return false;
        }
        return guarded(() -> host.withHandle(Handle::isInTransaction));
    }

    private boolean isInHostHandle() {
        return host != null && host.getHandleScope().get() != null;
    }

    /**
     * Refuses a write in a host's transaction whose reads may be stale or uncommitted ({@link
     * IsolationLevelException}). The registry's writes decide on what they read after locking the rows they
     * change (a round, a title), and only read committed and serializable make those reads see what
     * other transactions committed before the lock: at repeatable read a transaction that has read before
     * keeps its snapshot, on InnoDB and PostgreSQL alike.
     */
    private void requireFreshReads(Connection connection) {
        if (!isFreshReading(connection)) {
            throw new IsolationLevelException(isolation(connection));
        }
    }

    private boolean isFreshReading(Connection connection) {
        return !IsolationLevelException.refuses(isolation(connection), dialect.database());
    }

    private int isolation(Connection connection) {
        try {
            return connection.getTransactionIsolation();
        } catch (SQLException e) {
            throw DatabaseFailures.translate(dialect.database(), "reading the host transaction's isolation level", e);
        }
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw DatabaseFailures.translate(dialect.database(), e);
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new UnableToAccessDatabaseException("cannot close the store's connection pool", e);
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcRegistryStore{" + dialect.database() + "}";
    }

    /** A store on a connection whose transaction the host owns. */
    private final class JoinedStore implements RegistryStore {
        private static final String SAVEPOINT = "tr_registry_call";

        private final Jdbi bound;
        private final Connection connection;

        JoinedStore(Jdbi bound, Connection connection) {
            this.bound = bound;
            this.connection = connection;
        }

        @Override
        public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(work, "work");
            return guarded(() -> {
                try (Handle handle = bound.open()) {
                    if (autoCommit()) {
                        HandleCallback<T, RuntimeException> call = h -> work.run(new JdbcSession(h, dialect, tenant, residentKeys));
                        return isFreshReading(connection) ? handle.inTransaction(call)
                                : handle.inTransaction(TransactionIsolationLevel.READ_COMMITTED, call);
                    }
                    requireFreshReads(connection);
                    handle.savepoint(SAVEPOINT);
                    T result;
                    try {
                        result = work.run(new JdbcSession(handle, dialect, tenant, residentKeys));
                    } catch (RuntimeException e) {
                        try {
                            handle.rollbackToSavepoint(SAVEPOINT);
                        } catch (RuntimeException rollback) {
                            // The savepoint is gone with the host's whole transaction (MariaDB and MySQL roll it
                            // all back on a deadlock): the host must not carry on as if the call alone failed.
                            e.addSuppressed(rollback);
                            throw new HostTransactionLostException(e);
                        }
                        throw e;
                    }
                    handle.releaseSavepoint(SAVEPOINT);
                    return result;
                }
            });
        }

        private boolean autoCommit() {
            try {
                return connection.getAutoCommit();
            } catch (SQLException e) {
                throw DatabaseFailures.translate(dialect.database(), "reading the host connection's auto-commit mode", e);
            }
        }

        @Override
        public <T> T withSession(TenantId tenant, StoreWork<T> work) {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(work, "work");
            return guarded(() -> {
                try (Handle handle = bound.open()) {
                    return work.run(new JdbcSession(handle, dialect, tenant, residentKeys));
                }
            });
        }

        /** True while the host's connection is in a transaction; in auto-commit mode each call is its own. */
        @Override
        public boolean joinsHostTransaction() {
            return !autoCommit();
        }

        @Override
        public String toString() {
            return "JdbcRegistryStore{" + dialect.database() + ", joining a host transaction}";
        }
    }

    /** Builds a {@link JdbcRegistryStore}. */
    public static final class Builder {
        private final Jdbi own;
        private final Jdbi host;
        private Database database;
        private boolean migrate = true;
        private AutoCloseable owned;

        private Builder(Jdbi own, Jdbi host) {
            this.own = own;
            this.host = host;
        }

        /**
         * Names the database instead of detecting it from the connection.
         *
         * @param database the database, or null to detect it
         * @return this builder
         */
        public Builder database(Database database) {
            this.database = database;
            return this;
        }

        /**
         * Says whether {@link #build()} brings the schema up to date; the default is true. Pass false when
         * the host runs the scripts with its own tool (see {@link RegistryMigrations}).
         *
         * @param migrateOnBuild whether to migrate
         * @return this builder
         */
        public Builder migrate(boolean migrateOnBuild) {
            this.migrate = migrateOnBuild;
            return this;
        }

        /**
         * Hands the store a resource to close when the store is closed, such as a pool it was built on.
         *
         * @param resource the resource, or null
         * @return this builder
         */
        public Builder closing(AutoCloseable resource) {
            this.owned = resource;
            return this;
        }

        private static boolean isReadCommitted(Handle handle) {
            try {
                return handle.getConnection().getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
            } catch (SQLException e) {
                throw new UnableToAccessDatabaseException("cannot read the connection's transaction isolation level", e);
            }
        }

        /**
         * Builds the store.
         *
         * @return the store, not null
         * @throws UnsupportedDatabaseException if the database is not H2, PostgreSQL, MariaDB or MySQL
         * @throws UnableToMigrateException if migration is on and the schema cannot be brought up to date
         * @throws UnableToAccessDatabaseException if the database cannot be reached
         */
        public JdbcRegistryStore build() {
            Database db;
            boolean readCommitted;
            try {
                db = database != null ? database : own.withHandle(h -> Database.detect(h.getConnection()));
                readCommitted = own.withHandle(Builder::isReadCommitted);
            } catch (RuntimeException e) {
                throw DatabaseFailures.translate(database, e);
            }
            JdbcRegistryStore store = new JdbcRegistryStore(own, host, Dialect.of(db), readCommitted, owned);
            if (migrate) {
                store.migrate();
                store.prepare();
            }
            return store;
        }
    }
}
