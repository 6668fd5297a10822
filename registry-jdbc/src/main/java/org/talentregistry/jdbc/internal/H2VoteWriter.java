package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * Votes on H2: a cast in two one-row statements (three for a duplicate), a batch in one set-based {@code
 * MERGE} per chunk that reads the chunk's keys, nominees and times from three arrays and returns, through
 * H2's delta table, how many votes of each nominee it stored. A chunk that meets a key another transaction
 * holds waits for that one to end (H2 does not spin on it) and fails whole if that one committed the key; it
 * is then undone to its savepoint and run again, when the key is committed and skipped.
 */
final class H2VoteWriter extends VoteWriter {
    private static final String INSERT_IF_ABSENT = "MERGE INTO tr_vote v USING (VALUES (CAST(? AS BIGINT), CAST(? AS BINARY(32)),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP(6))))"
            + " AS s(round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
            + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)";

    // One statement per chunk: H2 joins the arrays' rows to the primary key in their order, the chunk's key
    // order, and counts the rows it inserted per nominee.
    private static final String INSERT_ABSENT_COUNTING = "SELECT nomination_id, COUNT(*) FROM NEW TABLE ("
            + "MERGE INTO tr_vote v USING (SELECT CAST(? AS BIGINT) AS round_id, u.voter_key,"
            + " CAST(? AS VARCHAR(64)) AS tenant_id, u.nomination_id, u.cast_at"
            + " FROM UNNEST(CAST(? AS BINARY(32) ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP(6) ARRAY))"
            + " AS u(voter_key, nomination_id, cast_at)) AS s"
            + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
            + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at))"
            + " GROUP BY nomination_id";

    private static final String ADD_TO_TALLY = "MERGE INTO tr_vote_tally t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS BIGINT))) AS s(round_id, nomination_id, tenant_id, votes)"
            + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id"
            + " WHEN MATCHED THEN UPDATE SET votes = t.votes + s.votes"
            + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, tenant_id, votes)"
            + " VALUES (s.round_id, s.nomination_id, s.tenant_id, s.votes)";

    // The cast's first statement: one more vote on the nominee's tally, from a source row that exists only
    // while the round is the tenant's and in public voting.
    private static final String ADD_ONE_IF_VOTING = "MERGE INTO tr_vote_tally t USING (SELECT r.id AS round_id,"
            + " CAST(? AS BIGINT) AS nomination_id, r.tenant_id FROM tr_selection_round r"
            + " WHERE r.id = ? AND r.tenant_id = ? AND r.stage = ?) AS s"
            + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id"
            + " WHEN MATCHED THEN UPDATE SET votes = t.votes + 1"
            + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, tenant_id, votes)"
            + " VALUES (s.round_id, s.nomination_id, s.tenant_id, 1)";

    // Takes back a duplicate's addition, on the tally row the cast has held since adding to it.
    private static final String TAKE_BACK_ONE = "UPDATE tr_vote_tally SET votes = votes - 1"
            + " WHERE round_id = ? AND nomination_id = ?";

    // Bounds the memory of one statement's arrays and the work a rerun repeats.
    private static final int VOTES_PER_STATEMENT = 10_000;
    // A tally statement is undone when a concurrent transaction created the row meanwhile or when it waited
    // longer than the lock timeout; this bounds the waiting to some ten lock timeouts.
    private static final int TALLY_ATTEMPTS = 10;
    // H2's error code for a lock wait that timed out, which undoes only the statement that waited.
    private static final int LOCK_TIMEOUT = 50200;

    private final Dialect dialect;

    H2VoteWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    Database database() {
        return Database.H2;
    }

    /**
     * Adds one to the nominee's tally if the round is the tenant's and in public voting, then stores the vote,
     * and takes the one back if the key was there already: the tally row held from the first statement to
     * the commit. The tally row is taken before the vote's key, the lock order of a batch (see {@link
     * #lockTallies}), so that a cast and a batch holding the same key never wait for each other in a circle.
     * A duplicate is taken back by a third statement, not by a rollback: a rollback empties H2's cache of
     * the session's parsed statements, and the next cast on that session parsed its two statements again
     * (a quarter of the cast's time in a profile with 20% duplicates). On a connection in auto-commit mode
     * this is a transaction of its own; in the caller's transaction the statements join it.
     */
    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        CastResult result;
        try {
            result = castSteps(connection, tenant, round, vote);
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException reset) {
                    e.addSuppressed(reset);
                }
            }
            throw e;
        }
        if (ownTransaction) {
            // Leaving manual-commit mode commits (JDBC's setAutoCommit): one call instead of commit and this.
            connection.setAutoCommit(true);
        }
        return result;
    }

    /** The statements of a cast; whatever it returns leaves the tally equal to the stored votes. */
    private CastResult castSteps(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD_ONE_IF_VOTING)) {
            // Checked in the statement: a tally row created for a round of another tenant would take this one's votes.
            add.setLong(1, vote.nominationId().value());
            add.setLong(2, round.value());
            add.setString(3, tenant.value());
            add.setString(4, VOTING);
            if (executeRetryingUndone(add) == 0) {
                return CastResult.ROUND_NOT_IN_VOTING;
            }
        }
        boolean stored;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            bindVote(insert, 1, tenant, round, vote);
            stored = insert.executeUpdate() > 0;
        } catch (SQLException e) {
            // H2's way of saying that a concurrent transaction committed the key while we waited for it; H2
            // undid the statement.
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            stored = false;
        }
        if (stored) {
            return CastResult.STORED;
        }
        try (PreparedStatement takeBack = connection.prepareStatement(TAKE_BACK_ONE)) {
            takeBack.setLong(1, round.value());
            takeBack.setLong(2, vote.nominationId().value());
            takeBack.executeUpdate();
        }
        return CastResult.DUPLICATE;
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException {
        lockTallies(connection, tenant, round, batch);
        Map<Long, Long> stored = new TreeMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ABSENT_COUNTING)) {
            for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_STATEMENT)) {
                bindChunk(insert, tenant, round, chunk);
                insertAbsent(connection, insert, stored);
            }
        }
        addToTallies(connection, tenant, round, stored);
        return stored.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void bindChunk(PreparedStatement insert, TenantId tenant, RoundId round, List<KeyedVote> chunk)
            throws SQLException {
        Object[] keys = new Object[chunk.size()];
        Object[] nominees = new Object[chunk.size()];
        Object[] times = new Object[chunk.size()];
        for (int i = 0; i < keys.length; i++) {
            KeyedVote vote = chunk.get(i);
            keys[i] = keyBytes(vote);
            nominees[i] = vote.nominationId().value();
            times[i] = utc(vote.castAt());
        }
        insert.setLong(1, round.value());
        insert.setString(2, tenant.value());
        insert.setObject(3, keys);
        insert.setObject(4, nominees);
        insert.setObject(5, times);
    }

    /**
     * Runs a chunk's statement and adds what it stored to the counts, all or nothing: H2 does not undo a
     * failed statement that returns rows, so a savepoint does. A unique-key violation means that a
     * concurrent transaction committed one of the chunk's keys while the statement waited for it; the chunk
     * is then run again, and finds that key stored. Every new attempt follows such a commit of one more of
     * the chunk's keys, so the attempts end.
     */
    private void insertAbsent(Connection connection, PreparedStatement insert, Map<Long, Long> stored)
            throws SQLException {
        while (true) {
            Savepoint before = connection.setSavepoint();
            Map<Long, Long> counts = new TreeMap<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getLong(2));
                }
            } catch (SQLException e) {
                connection.rollback(before);
                if (dialect.isUniqueViolation(e)) {
                    continue;
                }
                throw e;
            }
            connection.releaseSavepoint(before);
            counts.forEach((nominee, count) -> stored.merge(nominee, count, Long::sum));
            return;
        }
    }

    /**
     * Takes the lock on the tally rows of a batch's nominees, creating them with no votes if need be, before
     * any vote is written. A transaction that waits in H2 for a key another one holds retries its statement
     * every few milliseconds until that one ends, within a lock timeout of 2 s by default; with many
     * batches writing overlapping keys and then queueing for the same tally rows, such waits chain up and
     * time out (200,000 votes from 16 threads took 38 s with the timeout raised to a minute). Queueing on
     * the tally rows first, in nominee order, makes the batches of a round take turns instead (3 s), and
     * keeps one order for all locks: tally rows by nominee, then votes by key. This leaves rows with no
     * votes for nominees whose votes were all duplicates.
     */
    private void lockTallies(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch)
            throws SQLException {
        // Sorted primitives, not a map filled per vote: a batch has many votes and few nominees.
        long[] nominees = new long[batch.size()];
        for (int i = 0; i < nominees.length; i++) {
            nominees[i] = batch.get(i).nominationId().value();
        }
        Arrays.sort(nominees);
        Map<Long, Long> none = new TreeMap<>();
        for (int i = 0; i < nominees.length; i++) {
            if (i == 0 || nominees[i] != nominees[i - 1]) {
                none.put(nominees[i], 0L);
            }
        }
        addToTallies(connection, tenant, round, none);
    }

    /**
     * Adds to tallies one statement at a time, in the map's order, running a statement again where H2 undid
     * it: after a unique-key violation (a concurrent transaction created the row and committed, so it is
     * found now) or a lock timeout (the row is still queued for). The next row waits until this one is
     * written, which keeps the lock order.
     */
    private void addToTallies(Connection connection, TenantId tenant, RoundId round, Map<Long, Long> counts)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD_TO_TALLY)) {
            for (Map.Entry<Long, Long> row : counts.entrySet()) {
                bindTallyRow(add, 1, tenant, round, row.getKey(), row.getValue());
                executeRetryingUndone(add);
            }
        }
    }

    /**
     * Runs a tally statement, again where H2 undid it: after a unique-key violation (a concurrent transaction
     * created the row and committed, so it is found now) or a lock timeout (the row is still queued for).
     */
    private int executeRetryingUndone(PreparedStatement tallyStatement) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return tallyStatement.executeUpdate();
            } catch (SQLException e) {
                boolean undone = dialect.isUniqueViolation(e) || e.getErrorCode() == LOCK_TIMEOUT;
                if (!undone || attempt == TALLY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
