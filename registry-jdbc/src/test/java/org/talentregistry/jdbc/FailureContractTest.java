package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/**
 * A connection that dies during a registry call reaches the host as the registry's own exception, never
 * as a Jdbi or driver type, and the call's writes are not kept. The connection is killed from another
 * session, as a database restart or a network failure would.
 */
abstract class FailureContractTest {
    private static final Instant POLLS_OPEN = Instant.parse("2018-06-01T01:00:00Z");
    private static final TenantId TENANT = TenantId.of("zibo");

    /** Returns the database this subclass runs the contract on. */
    abstract Database database();

    /** Returns the server's id of the connection, or null where the database has none (H2). */
    abstract Object connectionId(Connection connection) throws SQLException;

    /** Ends the session of the connection with that id, or the whole in-memory database, from another session. */
    abstract void kill(TestDatabase db, Object connectionId) throws SQLException;

    /** Tells whether the lost connection is reported as unavailable rather than as a closed database. */
    boolean reportsALostConnection() {
        return true;
    }

    @Test
    void connectionKilledDuringAWrite_isTheRegistrysException_andWritesNothing() throws SQLException {
        try (TestDatabase db = TestDatabase.open(database()); HikariDataSource doomed = onePooledConnection(db)) {
            JdbcRegistryStore store = JdbcRegistryStore.create(doomed);
            RoundId round = votingRound(store);
            Object id = idOfThePooledConnection(doomed);

            assertThatThrownBy(() -> store.inTransaction(TENANT, s -> {
                s.votes().ingest(round, List.of(new KeyedVote(NominationId.of(11), VoterKey.parse("a".repeat(64)), POLLS_OPEN)));
                killQuietly(db, id);
                return s.votes().ingest(round, List.of(new KeyedVote(NominationId.of(11), VoterKey.parse("b".repeat(64)), POLLS_OPEN)));
            })).satisfies(this::isTheRegistrysAccessException);

            if (reportsALostConnection()) {
                assertThat(count(db, "SELECT COUNT(*) FROM tr_vote")).as("votes kept from the failed call").isZero();
            }
        }
    }

    @Test
    void connectionKilledDuringARead_isTheRegistrysException() throws SQLException {
        try (TestDatabase db = TestDatabase.open(database()); HikariDataSource doomed = onePooledConnection(db)) {
            JdbcRegistryStore store = JdbcRegistryStore.create(doomed);
            TalentRegistry registry = TalentRegistry.builder(store).tenant(TENANT).build();
            registry.artisans().register(Actor.of("hr-zhang", "张科长"), Fixtures.mechanic(1));
            Object id = idOfThePooledConnection(doomed);

            assertThatThrownBy(() -> store.withSession(TENANT, s -> {
                killQuietly(db, id);
                return s.artisans().count(ArtisanQuery.all());
            })).satisfies(this::isTheRegistrysAccessException);
        }
    }

    private void isTheRegistrysAccessException(Throwable thrown) {
        assertThat(thrown).isInstanceOf(UnableToAccessDatabaseException.class);
        assertThat(thrown.getCause()).as("the cause is kept for the host's logs").isNotNull();
        if (reportsALostConnection()) {
            assertThat(thrown).isInstanceOf(DatabaseUnavailableException.class);
            assertThat(((UnableToAccessDatabaseException) thrown).isTransient()).isTrue();
        }
    }

    private static RoundId votingRound(JdbcRegistryStore store) {
        return store.inTransaction(TENANT, s -> {
            HonorProgramId program = s.programs().insert(ProgramDefinition.zibo(), POLLS_OPEN);
            RoundId id = s.rounds().insert(program, 1, 2018, POLLS_OPEN);
            s.rounds().setStage(id, RoundStage.PUBLIC_VOTING);
            return id;
        });
    }

    private Object idOfThePooledConnection(HikariDataSource doomed) throws SQLException {
        try (Connection c = doomed.getConnection()) {
            return connectionId(c);
        }
    }

    private void killQuietly(TestDatabase db, Object id) {
        try {
            kill(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot kill the connection under test", e);
        }
    }

    /** A pool of exactly one connection, so that the connection whose id was read is the one the store uses. */
    private static HikariDataSource onePooledConnection(TestDatabase db) {
        HikariConfig config = db.poolLikeThis();
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Object queryId(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
