package org.talentregistry.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * Votes on H2, in JDBC batches of one-row {@code MERGE} statements. H2 runs each row of a batch on its own,
 * so a key that a concurrent transaction committed fails that row alone (as a unique-key violation); a
 * set-based statement that meets a key another transaction holds is rerun whole every few milliseconds
 * until that one ends, which under load burns the time it waits for.
 */
final class H2VoteWriter extends VoteWriter {
    private static final String INSERT_IF_ABSENT = "MERGE INTO tr_vote v USING (VALUES (CAST(? AS BIGINT), CAST(? AS BINARY(32)),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP(6))))"
            + " AS s(round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
            + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)";

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

    // Bounds the memory of one JDBC batch.
    private static final int VOTES_PER_BATCH = 10_000;
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
     * and undoes both if the key was there already: two statements, the tally row held from the first to the
     * commit. The tally row is taken before the vote's key, the lock order of a batch (see {@link
     * #lockTallies}), so that a cast and a batch holding the same key never wait for each other in a circle
     * until H2's lock timeout. On a connection in auto-commit mode this is a transaction of its own; in the
     * caller's transaction, a savepoint takes back a duplicate's addition.
     */
    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        if (!connection.getAutoCommit()) {
            Savepoint before = connection.setSavepoint();
            CastResult result = castSteps(connection, tenant, round, vote);
            if (result == CastResult.STORED) {
                connection.releaseSavepoint(before);
            } else {
                connection.rollback(before);
            }
            return result;
        }
        connection.setAutoCommit(false);
        try {
            CastResult result = castSteps(connection, tenant, round, vote);
            if (result == CastResult.STORED) {
                connection.commit();
            } else {
                connection.rollback();
            }
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

    /** The two statements of a cast; the caller commits a stored vote and rolls back anything else. */
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
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            bindVote(insert, 1, tenant, round, vote);
            return insert.executeUpdate() > 0 ? CastResult.STORED : CastResult.DUPLICATE;
        } catch (SQLException e) {
            // H2's way of saying that a concurrent transaction committed the key while we waited for it.
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            return CastResult.DUPLICATE;
        }
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> votes) throws SQLException {
        List<KeyedVote> batch = inKeyOrder(votes);
        lockTallies(connection, tenant, round, batch);
        Map<Long, Long> stored = new TreeMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_BATCH)) {
                for (KeyedVote vote : chunk) {
                    bindVote(insert, 1, tenant, round, vote);
                    insert.addBatch();
                }
                int[] counts = executeBatchCountingDuplicatesAsFailed(insert, chunk.size());
                insert.clearBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        stored.merge(chunk.get(i).nominationId().value(), 1L, Long::sum);
                    } else if (counts[i] != 0 && counts[i] != Statement.EXECUTE_FAILED) {
                        throw new IllegalStateException("the driver did not report which votes it stored");
                    }
                }
            }
        }
        addToTallies(connection, tenant, round, stored);
        return stored.values().stream().mapToLong(Long::longValue).sum();
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
        Map<Long, Long> none = new TreeMap<>();
        batch.forEach(v -> none.put(v.nominationId().value(), 0L));
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

    /**
     * Runs a JDBC batch in which a unique-key violation (H2's answer to a key another transaction committed
     * while the row waited for it) fails its row alone, and returns the per-row counts with those rows as
     * {@link Statement#EXECUTE_FAILED}.
     */
    private int[] executeBatchCountingDuplicatesAsFailed(PreparedStatement batch, int rows) throws SQLException {
        try {
            return batch.executeBatch();
        } catch (BatchUpdateException e) {
            int[] counts = e.getUpdateCounts();
            if (counts == null || counts.length != rows || !onlyUniqueViolations(e)) {
                throw e;
            }
            return counts;
        }
    }

    private boolean onlyUniqueViolations(BatchUpdateException e) {
        if (e.getNextException() == null) {
            return dialect.isUniqueViolation(e);
        }
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            if (!dialect.isUniqueViolation(next)) {
                return false;
            }
        }
        return true;
    }
}
