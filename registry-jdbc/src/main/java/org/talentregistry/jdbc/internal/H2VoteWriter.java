package org.talentregistry.jdbc.internal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * Votes on H2: a cast in two one-row statements (the vote, then one more on a stripe row of the nominee's
 * tally, see {@link TallyStripes}; a duplicate in the first alone), a batch in two set-based statements per
 * chunk that read the chunk's keys, nominees and times from arrays: one reads which keys the round has, the
 * other inserts the rest. An insert that meets a key another transaction holds waits for that one to end
 * (H2 does not spin on it) and fails whole if that one committed the key; the chunk is then read again.
 */
final class H2VoteWriter extends VoteWriter {
    // The chunk's keys the round has already, committed or this transaction's: not stored again.
    private static final String PRESENT_KEYS = "SELECT u.voter_key FROM UNNEST(CAST(? AS BINARY(32) ARRAY)) AS u(voter_key)"
            + " WHERE EXISTS (SELECT 1 FROM tr_vote v WHERE v.round_id = ? AND v.voter_key = u.voter_key)";

    // The rest of the chunk in one statement, all of it or, on a key another transaction committed meanwhile,
    // none: H2 joins the arrays' rows to the primary key in their order, the chunk's key order. An update
    // count, not the rows of a data-change delta table: H2 2.5.252 retries a statement that met a key
    // another transaction was writing, and a query over NEW TABLE (MERGE or INSERT ... WHERE NOT EXISTS)
    // then reported fewer rows than it stored (VoteStoreContractTest, casts and batches on the same nominees).
    private static final String INSERT_ALL = "INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT CAST(? AS BIGINT), u.voter_key, CAST(? AS VARCHAR(64)), u.nomination_id, u.cast_at"
            + " FROM UNNEST(CAST(? AS BINARY(32) ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP(6) ARRAY))"
            + " AS u(voter_key, nomination_id, cast_at)";

    private static final String ADD_TO_TALLY = "MERGE INTO tr_vote_tally t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS BIGINT))) AS s(round_id, nomination_id, tenant_id, votes)"
            + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id"
            + " WHEN MATCHED THEN UPDATE SET votes = t.votes + s.votes"
            + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, tenant_id, votes)"
            + " VALUES (s.round_id, s.nomination_id, s.tenant_id, s.votes)";

    // The cast's first statement: the vote, from a source row that exists only while the round is the
    // tenant's and in public voting, if its key is absent.
    private static final String INSERT_IF_VOTING_AND_ABSENT = "MERGE INTO tr_vote v USING (SELECT r.id AS round_id,"
            + " CAST(? AS BINARY(32)) AS voter_key, r.tenant_id, CAST(? AS BIGINT) AS nomination_id,"
            + " CAST(? AS TIMESTAMP(6)) AS cast_at FROM tr_selection_round r"
            + " WHERE r.id = ? AND r.tenant_id = ? AND r.stage = ?) AS s"
            + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
            + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)";

    // The cast's second statement, only after a stored vote: one more on the nominee's stripe row (migration V017).
    private static final String ADD_ONE_TO_STRIPE = "MERGE INTO tr_vote_tally_stripe t USING (VALUES (CAST(? AS BIGINT),"
            + " CAST(? AS BIGINT), CAST(? AS SMALLINT), CAST(? AS VARCHAR(64)))) AS s(round_id, nomination_id, stripe, tenant_id)"
            + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id AND t.stripe = s.stripe"
            + " WHEN MATCHED THEN UPDATE SET votes = t.votes + 1"
            + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, stripe, tenant_id, votes)"
            + " VALUES (s.round_id, s.nomination_id, s.stripe, s.tenant_id, 1)";

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
     * Stores the vote if the round is the tenant's and in public voting and the key is absent, and only then
     * adds one to a stripe row of the nominee (see {@link TallyStripes}), and commits: the vote's key is
     * taken first, then the stripe row, which batches never lock and whose holder has nothing left to wait
     * for, so that a cast waits for no tally row held across another statement and no wait goes in a circle.
     * A duplicate or a round not in voting writes nothing and is not rolled back: a rollback empties H2's
     * cache of the session's parsed statements, and the session's next cast parsed its statements again (a
     * quarter of the cast's time in a profile with 20% duplicates). On a connection in auto-commit mode this
     * is a transaction of its own; in the caller's transaction the statements join it.
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

    /** The statements of a cast; whatever it returns leaves the tally and its stripes equal to the stored votes. */
    private CastResult castSteps(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        byte[] key = keyBytes(vote);
        boolean stored;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_VOTING_AND_ABSENT)) {
            insert.setBytes(1, key);
            insert.setLong(2, vote.nominationId().value());
            insert.setObject(3, SqlValues.utc(vote.castAt()));
            insert.setLong(4, round.value());
            // Checked in the statement: a vote stored in a round of another tenant would count for this one.
            insert.setString(5, tenant.value());
            insert.setString(6, VOTING);
            stored = insert.executeUpdate() > 0;
        } catch (SQLException e) {
            // H2's way of saying that a concurrent transaction committed the key while we waited for it; H2
            // undid the statement. The source row existed, so the round was in voting.
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            return CastResult.DUPLICATE;
        }
        if (!stored) {
            return notStored(isVoting(connection, tenant, round));
        }
        try (PreparedStatement add = connection.prepareStatement(ADD_ONE_TO_STRIPE)) {
            add.setLong(1, round.value());
            add.setLong(2, vote.nominationId().value());
            add.setInt(3, TallyStripes.of(key));
            add.setString(4, tenant.value());
            executeRetryingUndone(add);
        }
        return CastResult.STORED;
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException {
        lockTallies(connection, tenant, round, batch);
        Map<Long, Long> stored = new TreeMap<>();
        try (PreparedStatement present = connection.prepareStatement(PRESENT_KEYS);
                PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_STATEMENT)) {
                insertAbsent(present, insert, tenant, round, chunk, stored);
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
            times[i] = SqlValues.utc(vote.castAt());
        }
        insert.setLong(1, round.value());
        insert.setString(2, tenant.value());
        insert.setObject(3, keys);
        insert.setObject(4, nominees);
        insert.setObject(5, times);
    }

    /**
     * Stores the votes of a chunk whose keys the round does not have, and adds them to the counts: the
     * present keys are read first, then the others inserted by one statement that stores all of them or
     * fails. A unique-key violation means that a concurrent transaction committed one of them meanwhile (H2
     * undid the statement); the chunk is then read again, and finds that key present. Every new attempt
     * follows such a commit of one more of the chunk's keys, so the attempts end.
     */
    private void insertAbsent(PreparedStatement present, PreparedStatement insert, TenantId tenant, RoundId round,
            List<KeyedVote> chunk, Map<Long, Long> stored) throws SQLException {
        while (true) {
            List<KeyedVote> absent = absent(present, round, chunk);
            if (absent.isEmpty()) {
                return;
            }
            bindChunk(insert, tenant, round, absent);
            int inserted;
            try {
                inserted = insert.executeUpdate();
            } catch (SQLException e) {
                if (dialect.isUniqueViolation(e)) {
                    continue;
                }
                throw e;
            }
            if (inserted != absent.size()) {
                // Not expected of an INSERT without a condition; refusing keeps the tally from drifting.
                throw new SQLException("H2 reported " + inserted + " votes stored of the " + absent.size() + " given");
            }
            for (KeyedVote vote : absent) {
                stored.merge(vote.nominationId().value(), 1L, Long::sum);
            }
            return;
        }
    }

    /** Returns the votes of a chunk whose keys the round does not have, as this transaction sees it, in order. */
    private static List<KeyedVote> absent(PreparedStatement present, RoundId round, List<KeyedVote> chunk)
            throws SQLException {
        Object[] keys = new Object[chunk.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyBytes(chunk.get(i));
        }
        present.setObject(1, keys);
        present.setLong(2, round.value());
        Set<ByteBuffer> found = new HashSet<>();
        try (ResultSet rows = present.executeQuery()) {
            while (rows.next()) {
                found.add(ByteBuffer.wrap(rows.getBytes(1)));
            }
        }
        if (found.isEmpty()) {
            return chunk;
        }
        List<KeyedVote> absent = new ArrayList<>(chunk.size() - found.size());
        for (int i = 0; i < keys.length; i++) {
            if (!found.contains(ByteBuffer.wrap((byte[]) keys[i]))) {
                absent.add(chunk.get(i));
            }
        }
        return absent;
    }

    /**
     * Takes the lock on the tally rows of a batch's nominees, creating them with no votes if need be, before
     * any vote is written. A transaction that waits in H2 for a key another one holds retries its statement
     * every few milliseconds until that one ends, within a lock timeout of 2 s by default; with many
     * batches writing overlapping keys and then queueing for the same tally rows, such waits chain up and
     * time out (200,000 votes from 16 threads took 38 s with the timeout raised to a minute). Queueing on
     * the tally rows first, in nominee order, makes the batches of a round take turns instead (3 s), and
     * keeps one order for a batch's locks: tally rows by nominee, then votes by key. A cast takes a key and
     * then a stripe row, never a tally row, so a batch waiting for a cast's key waits for a transaction that
     * waits for no batch. This leaves rows with no votes for nominees whose votes were all duplicates.
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
