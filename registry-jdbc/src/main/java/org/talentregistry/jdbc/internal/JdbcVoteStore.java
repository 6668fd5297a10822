package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore;
import org.talentregistry.spi.VoterKey;

/**
 * Votes in {@code tr_vote}, one row per round and voter key, and accepted votes per nominee in {@code
 * tr_vote_tally} and, for single casts on H2, {@code tr_vote_tally_stripe} (see {@link TallyStripes}). This
 * class validates votes and reads tallies; the database's {@link VoteWriter} writes.
 */
final class JdbcVoteStore implements VoteStore {
    // The times every target keeps, in UTC: the registry's dates (AcceptedValues), within MariaDB's DATETIME.
    private static final Instant EARLIEST_CAST = AcceptedValues.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST_CAST = AcceptedValues.LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC)
            .toInstant().minusNanos(1_000);
    private static final Comparator<KeyedVote> BY_KEY = Comparator.comparing(KeyedVote::voterKey);
    // A vote's place in its batch takes the low bits of its sort number, its key's top bits the rest.
    private static final int PLACE_BITS = 24;
    private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;
    private static final int SORTED_KEY_BITS = Long.SIZE - 1 - PLACE_BITS;

    // UNION ALL of two ranges of primary keys, summed per nominee: a handful of rows per nominee.
    private static final String TALLY = "SELECT nomination_id, SUM(votes) AS votes FROM ("
            + "SELECT nomination_id, votes FROM tr_vote_tally WHERE tenant_id = :tenant AND round_id = :round"
            + " UNION ALL SELECT nomination_id, votes FROM tr_vote_tally_stripe WHERE tenant_id = :tenant AND round_id = :round"
            + ") t GROUP BY nomination_id HAVING SUM(votes) > 0 ORDER BY nomination_id";

    private final Handle handle;
    private final VoteWriter writer;
    private final Database database;
    private final TenantId tenant;

    JdbcVoteStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.writer = dialect.voteWriter();
        this.database = dialect.database();
        this.tenant = tenant;
    }

    @Override
    public CastResult cast(RoundId roundId, NominationId nominationId, VoterKey voterKey, Instant castAt) {
        Objects.requireNonNull(roundId, "roundId");
        KeyedVote vote = checked(new KeyedVote(nominationId, voterKey, castAt));
        try {
            Connection connection = handle.getConnection();
            return connection.getAutoCommit() ? writer.cast(connection, tenant, roundId, vote)
                    : castInSavepoint(connection, roundId, vote);
        } catch (SQLException e) {
            throw DatabaseFailures.translate(database, "storing a vote of round " + roundId, e);
        }
    }

    /**
     * Casts in the caller's transaction, inside a savepoint: a cast of more than one statement (the vote, then
     * its tally) that fails after the first leaves neither, where the database would undo only the statement
     * that failed, and a host that caught the failure and committed would keep a vote never counted, its
     * voter refused as a duplicate ever after.
     */
    private CastResult castInSavepoint(Connection connection, RoundId roundId, KeyedVote vote) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        CastResult result;
        try {
            result = writer.cast(connection, tenant, roundId, vote);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException undo) {
                // The savepoint is gone with the caller's whole transaction (a deadlock on MariaDB or MySQL).
                e.addSuppressed(undo);
                throw new HostTransactionLostException(e);
            }
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return result;
    }

    @Override
    public long ingest(RoundId roundId, List<KeyedVote> votes) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(votes, "votes");
        List<KeyedVote> batch = firstOfEachKeyInKeyOrder(votes);
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return writer.ingest(handle.getConnection(), tenant, roundId, batch);
        } catch (SQLException e) {
            throw DatabaseFailures.translate(database, "storing " + batch.size() + " votes of round " + roundId, e);
        }
    }

    @Override
    public Map<NominationId, Long> tally(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        Map<NominationId, Long> tally = new LinkedHashMap<>();
        // A nominee's votes are its tally row plus its stripe rows (see TallyStripes). H2 leaves tally rows
        // with no votes for nominees whose votes were all duplicates (see H2VoteWriter).
        handle.createQuery(TALLY)
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .map((rs, ctx) -> Map.entry(NominationId.of(rs.getLong("nomination_id")), rs.getLong("votes")))
                .forEach(e -> tally.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(tally);
    }

    @Override
    public long purgeKeys(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return handle.createUpdate("DELETE FROM tr_vote WHERE tenant_id = :tenant AND round_id = :round")
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .execute();
    }

    /**
     * Validates every vote before anything is written, and returns the first vote of each key in ascending
     * key order, the order the writers lock keys in: a batch repeating a key counts it once, as the database
     * would. Of equal keys, the one given first stays.
     */
    private static List<KeyedVote> firstOfEachKeyInKeyOrder(List<KeyedVote> votes) {
        KeyedVote[] given = votes.toArray(new KeyedVote[0]);
        for (KeyedVote vote : given) {
            checked(vote);
        }
        List<KeyedVote> first = new ArrayList<>(given.length);
        KeyedVote previous = null;
        for (KeyedVote vote : inKeyOrder(given)) {
            if (previous == null || !previous.voterKey().equals(vote.voterKey())) {
                first.add(vote);
                previous = vote;
            }
        }
        return first;
    }

    /**
     * Sorts votes by key, stably. Each vote becomes one {@code long}: the top {@value #SORTED_KEY_BITS} bits of
     * its key, then its place in the batch. Those numbers sort as primitives, and only votes whose keys share
     * the top bits (equal keys, sent twice, or one pair in some thousands of distinct HMACs) are then put in
     * order by their whole keys. A comparator over the votes took a third of the ingesting thread's time on
     * MariaDB (issue 14), each comparison following two references to a key's bytes.
     */
    static KeyedVote[] inKeyOrder(KeyedVote[] votes) {
        if (votes.length > PLACE_MASK) {
            KeyedVote[] sorted = votes.clone();
            Arrays.sort(sorted, BY_KEY);
            return sorted;
        }
        long[] order = new long[votes.length];
        for (int i = 0; i < votes.length; i++) {
            order[i] = (votes[i].voterKey().leadingBytes() >>> (Long.SIZE - SORTED_KEY_BITS)) << PLACE_BITS | i;
        }
        // Non-negative numbers: the signed sort is the unsigned order of the keys' top bits.
        Arrays.sort(order);
        KeyedVote[] sorted = new KeyedVote[votes.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = votes[(int) (order[i] & PLACE_MASK)];
        }
        for (int start = 0, end; start < order.length; start = end) {
            end = start + 1;
            while (end < order.length && order[end] >>> PLACE_BITS == order[start] >>> PLACE_BITS) {
                end++;
            }
            if (end - start > 1) {
                // In the batch's order already; a stable sort keeps the first of equal keys first.
                Arrays.sort(sorted, start, end, BY_KEY);
            }
        }
        return sorted;
    }

    private static KeyedVote checked(KeyedVote vote) {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(vote.nominationId(), "nominationId");
        Objects.requireNonNull(vote.castAt(), "castAt");
        if (vote.voterKey() == null) {
            throw new InvalidFieldException("voterKey", FieldProblem.REQUIRED);
        }
        // The facade refuses such times first, as outside the voting period; a caller of the store itself
        // gets the field named here rather than a conversion's exception on the way to the database.
        if (vote.castAt().isBefore(EARLIEST_CAST) || vote.castAt().isAfter(LATEST_CAST)) {
            throw new InvalidFieldException("castAt", FieldProblem.DATE_OUT_OF_RANGE, EARLIEST_CAST, LATEST_CAST,
                    "'" + vote.castAt() + "'");
        }
        return vote;
    }

    /**
     * Deletes the keys up to the {@code limit}-th in key order: one range on the primary key, so that a batch
     * is an index range delete on every database, with no {@code DELETE ... LIMIT} (which PostgreSQL lacks).
     */
    @Override
    public long purgeKeys(RoundId roundId, int limit) {
        Objects.requireNonNull(roundId, "roundId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        // Ordered by the whole primary key, not by voter_key alone: H2 then walks the index (10,000 keys of
        // 60,000 in 48 ms) instead of sorting all the round's keys for every batch (600-1,300 ms, growing with
        // the round: most of a 440,000-key purge).
        Optional<byte[]> last = handle.createQuery("SELECT voter_key FROM tr_vote WHERE round_id = :round"
                        + " ORDER BY round_id, voter_key LIMIT 1 OFFSET :skip")
                .bind("round", roundId.value())
                .bind("skip", limit - 1)
                .mapTo(byte[].class)
                .findOne();
        if (last.isEmpty()) {
            return purgeKeys(roundId);
        }
        return handle.createUpdate("DELETE FROM tr_vote WHERE tenant_id = :tenant AND round_id = :round AND voter_key <= :last")
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .bind("last", last.get())
                .execute();
    }

    @Override
    public List<RoundId> roundsWithKeys() {
        return handle.createQuery("SELECT DISTINCT round_id FROM tr_vote WHERE tenant_id = :tenant ORDER BY round_id")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> RoundId.of(rs.getLong("round_id")))
                .list();
    }
}
