package org.talentregistry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.internal.Dialect;
import org.talentregistry.jdbc.internal.JdbcSession;
import org.talentregistry.jdbc.internal.MigrationRunner;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * The registry's store on a relational database through Jdbi 3: H2, PostgreSQL, MariaDB or MySQL 8 (see
 * {@link Database#MYSQL}), detected from the connection.
 *
 * <p>Three ways to use it, by who owns the transaction:
 * <ul>
 *   <li><b>The registry</b>: {@code JdbcRegistryStore.create(dataSource)}. Each registry call runs in its
 *       own transaction on a connection from the data source.</li>
 *   <li><b>The host, through Jdbi</b>: build the store on the host's {@link Jdbi} with {@link
 *       #create(Jdbi)}. A registry call made inside {@code jdbi.useTransaction(...)} or {@code
 *       jdbi.inTransaction(...)} of that same Jdbi instance, on the same thread, joins the host's
 *       transaction: Jdbi hands nested calls the handle of the outermost one. The host's commit or
 *       rollback decides for the registry's writes too.</li>
 *   <li><b>The host, through a JDBC connection</b> (Spring's {@code DataSourceUtils.getConnection}, a JTA
 *       connection, plain JDBC): {@link #joining(Connection)} returns a store bound to that connection.
 *       It never commits, rolls back or closes it. Each registry call runs inside a savepoint, so a
 *       refused call undoes its own writes and leaves the host's earlier writes alone. On a connection
 *       in auto-commit mode, each call runs in a transaction of its own instead.</li>
 * </ul>
 * The store does not close a data source it was given; one it opened itself (see {@link
 * EmbeddedRegistry}) is closed by {@link #close()}.
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
    private final Jdbi jdbi;
    private final boolean hostJdbi;
    private final Dialect dialect;
    private final boolean readCommittedByDefault;
    private final AutoCloseable owned;

    private JdbcRegistryStore(Jdbi jdbi, boolean hostJdbi, Dialect dialect, boolean readCommittedByDefault,
            AutoCloseable owned) {
        this.jdbi = jdbi;
        this.hostJdbi = hostJdbi;
        this.dialect = dialect;
        this.readCommittedByDefault = readCommittedByDefault;
        this.owned = owned;
    }

    /**
     * Returns a store on a data source, migrating the schema first.
     *
     * @param dataSource the data source, not null
     * @return the store, not null
     * @throws UnsupportedDatabaseException if the database is not H2, PostgreSQL, MariaDB or MySQL
     * @throws UnableToMigrateException if the schema cannot be brought up to date
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
        return new Builder(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")), false);
    }

    /**
     * Returns a builder on a host's Jdbi.
     *
     * @param jdbi the Jdbi, not null
     * @return a new builder, not null
     */
    public static Builder builder(Jdbi jdbi) {
        return new Builder(Objects.requireNonNull(jdbi, "jdbi"), true);
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
     * Brings the schema up to date; {@link Builder#build()} does this unless told not to.
     *
     * @return how many scripts were applied
     * @throws UnableToMigrateException if a script fails or an applied script was changed
     */
    public int migrate() {
        return MigrationRunner.migrate(jdbi, dialect.database(), Clock.systemUTC());
    }

    /**
     * Returns a store bound to a connection whose transaction the host owns. Use it for calls that must
     * be part of that transaction, then drop it; it is cheap. The store never commits, rolls back or
     * closes the connection.
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
        if (hostJdbi) {
            // The call may be nested in the host's transaction, whose isolation level is the host's to choose.
            return jdbi.inTransaction(handle -> work.run(new JdbcSession(handle, dialect, tenant)));
        }
        if (readCommittedByDefault) {
            return jdbi.inTransaction(handle -> work.run(new JdbcSession(handle, dialect, tenant)));
        }
        // Read committed on every database (MariaDB defaults to repeatable read), so that a statement sees
        // what concurrent transactions committed before it, e.g. the holder of a contested resident ID.
        // Jdbi reads, sets and restores the level around each transaction: up to six round trips.
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                handle -> work.run(new JdbcSession(handle, dialect, tenant)));
    }

    @Override
    public <T> T withSession(TenantId tenant, StoreWork<T> work) {
        return jdbi.withHandle(handle -> work.run(new JdbcSession(handle, dialect, tenant)));
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
            try (Handle handle = bound.open()) {
                if (connection.getAutoCommit()) {
                    return handle.inTransaction(h -> work.run(new JdbcSession(h, dialect, tenant)));
                }
                handle.savepoint(SAVEPOINT);
                T result;
                try {
                    result = work.run(new JdbcSession(handle, dialect, tenant));
                } catch (RuntimeException e) {
                    handle.rollbackToSavepoint(SAVEPOINT);
                    throw e;
                }
                handle.releaseSavepoint(SAVEPOINT);
                return result;
            } catch (SQLException e) {
                throw new UnableToAccessDatabaseException("cannot read the host connection's auto-commit mode", e);
            }
        }

        @Override
        public <T> T withSession(TenantId tenant, StoreWork<T> work) {
            try (Handle handle = bound.open()) {
                return work.run(new JdbcSession(handle, dialect, tenant));
            }
        }

        @Override
        public String toString() {
            return "JdbcRegistryStore{" + dialect.database() + ", joining a host transaction}";
        }
    }

    /** Builds a {@link JdbcRegistryStore}. */
    public static final class Builder {
        private final Jdbi jdbi;
        private final boolean hostJdbi;
        private Database database;
        private boolean migrate = true;
        private AutoCloseable owned;

        private Builder(Jdbi jdbi, boolean hostJdbi) {
            this.jdbi = jdbi;
            this.hostJdbi = hostJdbi;
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
         */
        public JdbcRegistryStore build() {
            Database db = database != null ? database : jdbi.withHandle(h -> Database.detect(h.getConnection()));
            boolean readCommitted = !hostJdbi && jdbi.withHandle(Builder::isReadCommitted);
            JdbcRegistryStore store = new JdbcRegistryStore(jdbi, hostJdbi, Dialect.of(db), readCommitted, owned);
            if (migrate) {
                store.migrate();
            }
            return store;
        }
    }
}
