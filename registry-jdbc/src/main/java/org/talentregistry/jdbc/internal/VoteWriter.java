package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * How one database stores votes and keeps their tallies: the SQL and the JDBC calls of the two hot paths
 * of public voting, casting one vote and ingesting a batch. {@link JdbcVoteStore} validates the votes and
 * hands them over; each database's writer takes them in the fewest round trips it can.
 *
 * <p>The database decides which of two votes with the same key counts: a vote is stored only if its key is
 * absent, and a transaction storing a key that another one holds uncommitted waits for that one's outcome.
 * A tally grows by exactly the votes reported as stored, so counts stay exact when casts and batches with
 * overlapping keys run at once. The writers use the JDBC connection directly: Jdbi's per-argument binding
 * costs about 30% client CPU over plain JDBC on these paths.
 */
abstract class VoteWriter {
    /** The stage a round takes votes in, as {@code tr_selection_round.stage} holds it. */
    static final String VOTING = RoundStage.PUBLIC_VOTING.name();

    private static final String IS_VOTING = "SELECT COUNT(*) FROM tr_selection_round WHERE id = ? AND tenant_id = ? AND stage = ?";

    /**
     * Returns the writer for a database.
     *
     * @param dialect the database's dialect
     * @return its writer
     */
    static VoteWriter of(Dialect dialect) {
        return switch (dialect.database()) {
            case H2 -> new H2VoteWriter(dialect);
            case POSTGRESQL -> new PostgresVoteWriter();
            case MARIADB -> new MariaDbVoteWriter();
            case MYSQL -> new MySqlVoteWriter();
        };
    }

    /**
     * Returns the database.
     *
     * @return the database
     */
    abstract Database database();

    /**
     * Stores one vote if the round is the tenant's and in public voting and has no vote with the same key,
     * and adds it to the nominee's tally, as one atomic step: in the connection's transaction if it is in
     * one, in a single statement or a transaction of its own if it is in auto-commit mode.
     *
     * @param connection the connection
     * @param tenant the tenant
     * @param round the round
     * @param vote the vote, validated
     * @return what became of it
     * @throws SQLException if the database fails
     */
    abstract CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException;

    /**
     * Stores those votes of a batch whose key the round does not have yet and adds them to the tallies, in
     * the connection's transaction. Votes are locked in ascending key order, tallies in ascending nominee
     * order, all after the votes (on H2 all before), so that concurrent batches never deadlock; on MySQL the
     * round's row is locked before either, and batches of one round take turns (see {@link MySqlVoteWriter}).
     *
     * @param connection the connection, in a transaction
     * @param tenant the tenant
     * @param round the round
     * @param batch the votes, validated, with distinct keys, in ascending key order, not empty
     * @return how many were stored
     * @throws SQLException if the database fails
     */
    abstract long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException;

    /** Tells whether the round is the tenant's and in public voting, as the statement sees it. */
    static boolean isVoting(Connection connection, TenantId tenant, RoundId round) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(IS_VOTING)) {
            query.setLong(1, round.value());
            query.setString(2, tenant.value());
            query.setString(3, VOTING);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /** The outcome of a vote that was not stored, by whether its round takes votes. */
    static CastResult notStored(boolean voting) {
        return voting ? CastResult.DUPLICATE : CastResult.ROUND_NOT_IN_VOTING;
    }

    /**
     * Runs work that writes more than one statement atomically: in the connection's transaction if it has
     * one, or else in a transaction of its own, after which the connection is back in auto-commit mode.
     */
    static <T> T atomically(Connection connection, SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static void bindVote(PreparedStatement statement, int first, TenantId tenant, RoundId round, KeyedVote vote)
            throws SQLException {
        statement.setLong(first, round.value());
        statement.setBytes(first + 1, keyBytes(vote));
        statement.setString(first + 2, tenant.value());
        statement.setLong(first + 3, vote.nominationId().value());
        statement.setObject(first + 4, SqlValues.utc(vote.castAt()));
    }

    /** Returns the 32 bytes a vote's key is stored as (see migration V013), the HMAC itself. */
    static byte[] keyBytes(KeyedVote vote) {
        return vote.voterKey().toBytes();
    }

    static void bindTallyRow(PreparedStatement statement, int first, TenantId tenant, RoundId round, long nominee,
            long votes) throws SQLException {
        statement.setLong(first, round.value());
        statement.setLong(first + 1, nominee);
        statement.setString(first + 2, tenant.value());
        statement.setLong(first + 3, votes);
    }

    /** Returns the microseconds from 1970-01-01T00:00Z to an instant, what is finer dropped as {@link SqlValues#utc} drops it. */
    static long utcMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** JDBC work that returns a result. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }
}
