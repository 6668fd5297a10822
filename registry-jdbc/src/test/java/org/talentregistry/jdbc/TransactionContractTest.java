package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/**
 * Pools configured the way hosts configure them: with auto-commit off, and at isolation levels other than
 * read committed. Whatever the pool, a call that owns its transaction commits it, every write is visible
 * from another connection once the call returns, and each connection goes back to the pool as it came.
 * Each setting works on a fresh database, so that the migrations themselves are under test too.
 */
abstract class TransactionContractTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Instant POLLS_OPEN = Instant.parse("2018-06-01T01:00:00Z");

    /** Returns the database this subclass runs the contract on. */
    abstract Database database();

    /** How the host configured its pool. */
    enum PoolSetting {
        AUTO_COMMIT_OFF(false, null),
        REPEATABLE_READ(true, "TRANSACTION_REPEATABLE_READ"),
        SERIALIZABLE(true, "TRANSACTION_SERIALIZABLE"),
        AUTO_COMMIT_OFF_AND_SERIALIZABLE(false, "TRANSACTION_SERIALIZABLE");

        final boolean autoCommit;
        final String isolation;

        PoolSetting(boolean autoCommit, String isolation) {
            this.autoCommit = autoCommit;
            this.isolation = isolation;
        }
    }

    @ParameterizedTest
    @EnumSource(PoolSetting.class)
    void registryOwnedCalls_onAHostsPool_commitEveryWrite_andReturnConnectionsAsTheyCame(PoolSetting setting)
            throws SQLException {
        try (TestDatabase fresh = TestDatabase.open(database());
                HikariDataSource pool = poolOn(fresh, setting)) {
            Watched watched = new Watched(pool);
            JdbcRegistryStore store = JdbcRegistryStore.create(watched);
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_schema_history"))
                    .as("every migration committed").isEqualTo(RegistryMigrations.scripts(database()).size());

            TenantId tenant = TenantId.of("zibo");
            TalentRegistry registry = TalentRegistry.builder(store).tenant(tenant).build();
            Artisan wang = registry.artisans().register(CLERK, Fixtures.mechanic(1));
            assertThatThrownBy(() -> registry.artisans().register(CLERK,
                    Fixtures.optometrist(2).toBuilder().residentId(wang.residentId().orElseThrow()).build()))
                    .isInstanceOf(DuplicateResidentIdException.class);
            registry.artisans().register(CLERK, Fixtures.optometrist(3));

            RoundId round = Fixtures.roundInVoting(store, tenant, POLLS_OPEN);
            NominationId nominee = NominationId.of(11);
            CastResult cast = store.withSession(tenant, s -> s.votes().cast(round, nominee, key('a'), POLLS_OPEN));
            long ingested = store.inTransaction(tenant, s -> s.votes().ingest(round,
                    List.of(new KeyedVote(nominee, key('b'), POLLS_OPEN), new KeyedVote(nominee, key('a'), POLLS_OPEN))));

            assertThat(cast).isEqualTo(CastResult.STORED);
            assertThat(ingested).isEqualTo(1);
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_artisan")).as("artisans seen by another connection").isEqualTo(2);
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_audit_event")).as("their audit events").isEqualTo(2);
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_vote")).as("votes seen by another connection").isEqualTo(2);
            Map<NominationId, Long> tally = store.withSession(tenant, s -> s.votes().tally(round));
            assertThat(tally).isEqualTo(Map.of(nominee, 2L));
            assertThat(watched.returnedChanged).as("connections returned in another state than they came").isEmpty();
            assertThat(watched.returned).isPositive();
        }
    }

    @Test
    void hostJdbi_onAPoolWithAutoCommitOff_callsOutsideItsHandles_commitTheirOwnWrites() throws SQLException {
        try (TestDatabase fresh = TestDatabase.open(database());
                HikariDataSource pool = poolOn(fresh, PoolSetting.AUTO_COMMIT_OFF)) {
            Jdbi host = Jdbi.create(pool);
            TalentRegistry registry = TalentRegistry.builder(JdbcRegistryStore.create(host)).tenant(TenantId.of("zibo")).build();

            registry.artisans().register(CLERK, Fixtures.mechanic(1));

            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_schema_history")).isEqualTo(RegistryMigrations.scripts(database()).size());
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_artisan")).isEqualTo(1);
        }
    }

    /**
     * A call that fails after the database rolled back the host's whole transaction (MariaDB and MySQL do on a
     * deadlock; simulated here by the work rolling back the connection) says so, instead of the failure alone
     * with the savepoint's loss suppressed, after which the host carried on and committed half a transaction.
     */
    @Test
    void aFailedCallWhoseSavepointIsGone_saysTheHostsTransactionIsLost() throws SQLException {
        try (TestDatabase fresh = TestDatabase.open(database());
                HikariDataSource pool = poolOn(fresh, PoolSetting.AUTO_COMMIT_OFF)) {
            JdbcRegistryStore store = JdbcRegistryStore.create(pool);
            TalentRegistry.builder(store).tenant(TenantId.of("zibo")).build(); // the schema, migrated
            try (Connection connection = pool.getConnection()) {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                assertLostWhenTheSavepointIsGone(store.joining(connection), connection);
            }
        }
    }

    private static void assertLostWhenTheSavepointIsGone(RegistryStore joined, Connection connection) throws SQLException {
        IllegalStateException failure = new IllegalStateException("the call fails");

        assertThatThrownBy(() -> joined.inTransaction(TenantId.of("zibo"), s -> {
            try (Statement write = connection.createStatement()) {
                // A write first, so that the transaction is one the database has begun and rolls back.
                write.executeUpdate("UPDATE tr_artisan SET version = version WHERE id < 0");
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            throw failure;
        })).isInstanceOf(HostTransactionLostException.class).hasCause(failure)
                .hasMessageContaining("run the whole transaction again");

        assertThatThrownBy(() -> joined.inTransaction(TenantId.of("zibo"), s -> {
            throw failure;
        })).as("a failure whose savepoint is there").isSameAs(failure);
        connection.rollback();
    }

    /** What the registry keeps beyond a call (the vote path's open rounds) depends on it: see VotingInHostTransactionsTest. */
    @Test
    void joinsHostTransaction_saysWhetherCallsJoinATransactionTheHostHolds() throws SQLException {
        try (TestDatabase fresh = TestDatabase.open(database());
                HikariDataSource pool = poolOn(fresh, PoolSetting.AUTO_COMMIT_OFF)) {
            Jdbi host = Jdbi.create(pool).setTransactionHandler(LocalTransactionHandler.managed());
            JdbcRegistryStore store = JdbcRegistryStore.create(host);

            assertThat(store.joinsHostTransaction()).isFalse();
            host.useTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    handle -> assertThat(store.joinsHostTransaction()).isTrue());
            try (Connection connection = pool.getConnection()) {
                assertThat(store.joining(connection).joinsHostTransaction()).isTrue();
                connection.rollback();
                connection.setAutoCommit(true);
                assertThat(store.joining(connection).joinsHostTransaction()).isFalse();
            }
        }
    }

    @Test
    void hostJdbi_managingItsTransactionsOnAPoolWithAutoCommitOff_decidesForTheRegistrysWrites() throws SQLException {
        try (TestDatabase fresh = TestDatabase.open(database());
                HikariDataSource pool = poolOn(fresh, PoolSetting.AUTO_COMMIT_OFF)) {
            Jdbi host = Jdbi.create(pool).setTransactionHandler(LocalTransactionHandler.managed());
            TalentRegistry registry = TalentRegistry.builder(JdbcRegistryStore.create(host)).tenant(TenantId.of("zibo")).build();

            assertThatThrownBy(() -> host.useTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                registry.artisans().register(CLERK, Fixtures.mechanic(1));
                throw new IllegalStateException("the host rolls back");
            })).hasMessage("the host rolls back");
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_artisan")).as("after the host's rollback").isZero();

            host.useTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> registry.artisans().register(CLERK, Fixtures.mechanic(1)));
            assertThat(count(fresh, "SELECT COUNT(*) FROM tr_artisan")).as("after the host's commit").isEqualTo(1);
        }
    }

    private static VoterKey key(char c) {
        return VoterKey.parse(String.valueOf(c).repeat(64));
    }

    static HikariDataSource poolOn(TestDatabase fresh, PoolSetting setting) {
        HikariConfig config = fresh.poolLikeThis();
        config.setAutoCommit(setting.autoCommit);
        if (setting.isolation != null) {
            config.setTransactionIsolation(setting.isolation);
        }
        return new HikariDataSource(config);
    }

    private static long count(TestDatabase fresh, String sql) throws SQLException {
        try (Connection c = fresh.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A data source that notes, when a connection is closed (given back to the pool), whether its
     * auto-commit mode or isolation level differs from what it had when it was handed out.
     */
    private static final class Watched extends ProxiedDataSource {
        final List<String> returnedChanged = new CopyOnWriteArrayList<>();
        volatile int returned;

        Watched(DataSource pool) {
            super(pool);
        }

        @Override
        InvocationHandler handler(Connection real) throws SQLException {
            boolean autoCommit = real.getAutoCommit();
            int isolation = real.getTransactionIsolation();
            return (proxy, method, args) -> {
                if (method.getName().equals("close") && !real.isClosed()) {
                    if (real.getAutoCommit() != autoCommit || real.getTransactionIsolation() != isolation) {
                        returnedChanged.add("auto-commit " + autoCommit + " -> " + real.getAutoCommit()
                                + ", isolation " + isolation + " -> " + real.getTransactionIsolation());
                    }
                    returned++;
                }
                return forward(real, method, args);
            };
        }
    }
}
