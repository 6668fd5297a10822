package org.talentregistry.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;
import org.talentregistry.jdbc.internal.Dialect.VoteBatching;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore;

/**
 * Votes in {@code tr_vote}, one row per round and voter key, and accepted votes per nominee in {@code
 * tr_vote_tally}, both written in the session's transaction.
 *
 * <p>The database decides which of two votes with the same key counts: each statement stores a vote only if
 * its key is absent ({@link Dialect#insertVoteIfAbsent()}, {@link Dialect#insertNewVotes(int)}), and a
 * transaction storing a key that another one holds uncommitted waits for that one's outcome. The tally grows
 * by exactly the votes those statements report as stored, so counts stay exact when casts and batches with
 * overlapping keys run at once.
 *
 * <p>Casting and ingesting use the handle's JDBC connection directly: they are the hot paths of the vote
 * benchmarks, and Jdbi's per-argument binding costs about 30% client CPU over plain JDBC there. Votes are
 * written in voter-key order and tallies in nominee order, every vote of a batch before any tally (on H2
 * every tally before any vote, see lockTallies), so that concurrent batches take their locks in
 * the same order and do not deadlock.
 */
final class JdbcVoteStore implements VoteStore {
    // Arrays, staging and JDBC batches have no parameter limit; this bounds the memory one round trip takes,
    // and keeps MariaDB's staging table near 2 MB, well within the 16 MB a MEMORY table may hold by default.
    private static final int VOTES_PER_ROUND_TRIP = 10_000;
    // MULTI_ROW statements take 5 parameters per vote and 4 per nominee: this keeps them well below
    // MariaDB's 65,535 parameters and its default 16 MB packet.
    private static final int VOTES_PER_MULTI_ROW = 2_000;
    private static final int NOMINEES_PER_MULTI_ROW = 1_000;
    // On H2 a tally row statement is undone when a concurrent transaction created the row meanwhile or when
    // it waited longer than the lock timeout; this bounds the waiting to some ten lock timeouts.
    private static final int TALLY_ATTEMPTS = 10;
    // Users of databases who may not create the staging table (SQLSTATE 42000, access denied). MariaDB
    // Connector/J logs every refused statement as a warning: asking once per process keeps hosts' logs quiet.
    // A grant made later takes effect at the next start.
    private static final Set<String> STAGING_REFUSED = ConcurrentHashMap.newKeySet();
    private static final DateTimeFormatter ARRAY_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;

    JdbcVoteStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    @Override
    public boolean cast(RoundId roundId, NominationId nominationId, String voterKey, Instant castAt) {
        Objects.requireNonNull(roundId, "roundId");
        KeyedVote vote = checked(new KeyedVote(nominationId, voterKey, castAt));
        Connection connection = handle.getConnection();
        try {
            if (dialect.voteBatching() == VoteBatching.JDBC_BATCH) {
                lockTallies(connection, roundId, List.of(nominationId.value()));
            }
            if (!insertOne(connection, roundId, vote)) {
                return false;
            }
            if (dialect.voteBatching() == VoteBatching.JDBC_BATCH) {
                addToTalliesOneByOne(connection, roundId, List.of(Map.entry(nominationId.value(), 1L)));
            } else {
                try (PreparedStatement add = connection.prepareStatement(dialect.addToVoteTally())) {
                    bindTallyRow(add, 1, roundId, nominationId.value(), 1);
                    add.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new UnableToAccessDatabaseException("cannot store a vote of round " + roundId, e);
        }
    }

    @Override
    public long ingest(RoundId roundId, List<KeyedVote> votes) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(votes, "votes");
        List<KeyedVote> batch = firstOfEachKeyInKeyOrder(votes);
        if (batch.isEmpty()) {
            return 0;
        }
        Connection connection = handle.getConnection();
        Map<Long, Long> accepted = new TreeMap<>();
        try {
            switch (dialect.voteBatching()) {
                case ARRAYS, MULTI_ROW -> insertInStatements(connection, roundId, batch, dialect.voteBatching(), accepted);
                case STAGED -> {
                    if (!insertStaged(connection, roundId, batch, accepted)) {
                        insertInStatements(connection, roundId, batch, VoteBatching.MULTI_ROW, accepted);
                    }
                }
                case JDBC_BATCH -> {
                    lockTallies(connection, roundId, batch.stream().map(v -> v.nominationId().value()).distinct().sorted().toList());
                    for (List<KeyedVote> chunk : chunks(batch, VOTES_PER_ROUND_TRIP)) {
                        insertOneByOne(connection, roundId, chunk, accepted);
                    }
                }
            }
            addToTallies(connection, roundId, accepted);
        } catch (SQLException e) {
            throw new UnableToAccessDatabaseException("cannot store " + batch.size() + " votes of round " + roundId, e);
        }
        return accepted.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<NominationId, Long> tally(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        Map<NominationId, Long> tally = new LinkedHashMap<>();
        // H2 leaves rows with no votes for nominees whose votes were all duplicates (see lockTallies).
        handle.createQuery("SELECT nomination_id, votes FROM tr_vote_tally WHERE tenant_id = :tenant AND round_id = :round"
                        + " AND votes > 0 ORDER BY nomination_id")
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
     * Validates every vote before anything is written, keeps the first vote of each key (a batch repeating a
     * key counts it once, as the database would) and sorts them by key, the order their rows are locked in.
     */
    private static List<KeyedVote> firstOfEachKeyInKeyOrder(List<KeyedVote> votes) {
        Map<String, KeyedVote> first = new HashMap<>(Math.max(16, votes.size() * 4 / 3 + 1));
        for (KeyedVote vote : votes) {
            first.putIfAbsent(checked(vote).voterKey(), vote);
        }
        List<KeyedVote> batch = new ArrayList<>(first.values());
        batch.sort(Comparator.comparing(KeyedVote::voterKey));
        return batch;
    }

    private static KeyedVote checked(KeyedVote vote) {
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(vote.nominationId(), "nominationId");
        Objects.requireNonNull(vote.castAt(), "castAt");
        if (!isLowerCaseHex64(vote.voterKey())) {
            // A key in another case or form would be another voter to the primary key.
            throw new InvalidFieldException("voterKey", "must be 64 lower-case hex characters (HMAC-SHA256)");
        }
        return vote;
    }

    private static boolean isLowerCaseHex64(String key) {
        if (key == null || key.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = key.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private boolean insertOne(Connection connection, RoundId roundId, KeyedVote vote) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(dialect.insertVoteIfAbsent())) {
            bindVote(insert, 1, roundId, vote);
            return insert.executeUpdate() > 0;
        } catch (SQLException e) {
            // H2's way of saying that a concurrent transaction committed the key while we waited for it.
            if (dialect.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private void insertOneByOne(Connection connection, RoundId roundId, List<KeyedVote> chunk, Map<Long, Long> accepted)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(dialect.insertVoteIfAbsent())) {
            for (KeyedVote vote : chunk) {
                bindVote(insert, 1, roundId, vote);
                insert.addBatch();
            }
            int[] counts = executeBatchCountingDuplicatesAsFailed(insert, chunk.size());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    accepted.merge(chunk.get(i).nominationId().value(), 1L, Long::sum);
                } else if (counts[i] != 0 && counts[i] != Statement.EXECUTE_FAILED) {
                    throw new IllegalStateException("the driver did not report which votes it stored");
                }
            }
        }
    }

    private void insertInStatements(Connection connection, RoundId roundId, List<KeyedVote> batch, VoteBatching form,
            Map<Long, Long> accepted) throws SQLException {
        int chunkSize = form == VoteBatching.MULTI_ROW ? VOTES_PER_MULTI_ROW : VOTES_PER_ROUND_TRIP;
        for (List<KeyedVote> chunk : chunks(batch, chunkSize)) {
            try (PreparedStatement insert = connection.prepareStatement(dialect.insertNewVotes(chunk.size()))) {
                if (form == VoteBatching.ARRAYS) {
                    Object[] keys = new Object[chunk.size()];
                    Object[] nominees = new Object[chunk.size()];
                    Object[] times = new Object[chunk.size()];
                    for (int i = 0; i < chunk.size(); i++) {
                        KeyedVote vote = chunk.get(i);
                        keys[i] = vote.voterKey();
                        nominees[i] = vote.nominationId().value();
                        // Text in one fixed pattern, cast by the statement, leaves no room for how the driver
                        // would render LocalDateTime array elements.
                        times[i] = ARRAY_TIMESTAMP.format(utc(vote.castAt()));
                    }
                    insert.setLong(1, roundId.value());
                    insert.setString(2, tenant.value());
                    insert.setArray(3, connection.createArrayOf("varchar", keys));
                    insert.setArray(4, connection.createArrayOf("bigint", nominees));
                    insert.setArray(5, connection.createArrayOf("varchar", times));
                } else {
                    for (int i = 0; i < chunk.size(); i++) {
                        bindVote(insert, 1 + 5 * i, roundId, chunk.get(i));
                    }
                }
                countStored(insert, accepted);
            }
        }
    }

    /**
     * Stores a batch through the staging table, or returns false without writing anything if the table
     * cannot be created (a user without the privilege to create temporary tables).
     */
    private boolean insertStaged(Connection connection, RoundId roundId, List<KeyedVote> batch, Map<Long, Long> accepted)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String database = meta.getUserName() + " at " + meta.getURL();
        if (STAGING_REFUSED.contains(database)) {
            return false;
        }
        try (Statement ddl = connection.createStatement()) {
            try {
                ddl.execute(dialect.createVoteStaging());
            } catch (SQLException e) {
                if ("42000".equals(e.getSQLState())) {
                    STAGING_REFUSED.add(database);
                }
                return false;
            }
            SQLException failure = null;
            try {
                boolean first = true;
                for (List<KeyedVote> chunk : chunks(batch, VOTES_PER_ROUND_TRIP)) {
                    if (!first) {
                        ddl.executeUpdate(dialect.clearVoteStaging());
                    }
                    first = false;
                    try (PreparedStatement stage = connection.prepareStatement(dialect.stageVote())) {
                        for (KeyedVote vote : chunk) {
                            stage.setString(1, vote.voterKey());
                            stage.setLong(2, vote.nominationId().value());
                            stage.setObject(3, utc(vote.castAt()));
                            stage.addBatch();
                        }
                        stage.executeBatch();
                    }
                    try (PreparedStatement insert = connection.prepareStatement(dialect.insertStagedVotes())) {
                        insert.setLong(1, roundId.value());
                        insert.setString(2, tenant.value());
                        countStored(insert, accepted);
                    }
                }
            } catch (SQLException e) {
                failure = e;
                throw e;
            } finally {
                // The table would otherwise stay with the pooled connection; a later call replaces it anyway.
                try {
                    ddl.execute(dialect.dropVoteStaging());
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        }
        return true;
    }

    /** Runs a query returning the nomination_id of each vote it stored, and counts them per nominee. */
    private static void countStored(PreparedStatement insert, Map<Long, Long> accepted) throws SQLException {
        Map<Long, Long> stored = new HashMap<>();
        try (ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                stored.merge(rows.getLong(1), 1L, Long::sum);
            }
        }
        stored.forEach((nominee, count) -> accepted.merge(nominee, count, Long::sum));
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }

    private void addToTallies(Connection connection, RoundId roundId, Map<Long, Long> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, Long>> rows = new ArrayList<>(accepted.entrySet());
        switch (dialect.voteBatching()) {
            case ARRAYS -> {
                try (PreparedStatement add = connection.prepareStatement(dialect.addToVoteTallies(rows.size()))) {
                    add.setLong(1, roundId.value());
                    add.setString(2, tenant.value());
                    add.setArray(3, connection.createArrayOf("bigint", rows.stream().map(Map.Entry::getKey).toArray()));
                    add.setArray(4, connection.createArrayOf("bigint", rows.stream().map(Map.Entry::getValue).toArray()));
                    add.executeUpdate();
                }
            }
            case STAGED, MULTI_ROW -> {
                for (List<Map.Entry<Long, Long>> chunk : chunks(rows, NOMINEES_PER_MULTI_ROW)) {
                    try (PreparedStatement add = connection.prepareStatement(dialect.addToVoteTallies(chunk.size()))) {
                        for (int i = 0; i < chunk.size(); i++) {
                            bindTallyRow(add, 1 + 4 * i, roundId, chunk.get(i).getKey(), chunk.get(i).getValue());
                        }
                        add.executeUpdate();
                    }
                }
            }
            case JDBC_BATCH -> addToTalliesOneByOne(connection, roundId, rows);
        }
    }

    /**
     * Takes the lock on the tally rows of some nominees, creating them with no votes if need be, before any
     * vote is written: H2 only. A transaction that waits in H2 for a key another one holds retries its
     * statement every few milliseconds until that one ends, within a lock timeout of 2 s by default; with
     * many batches writing overlapping keys and then queueing for the same tally rows, such waits chain up
     * and time out (200,000 votes from 16 threads took 38 s with the timeout raised to a minute). Queueing
     * on the tally rows first, in nominee order, makes the batches of a round take turns instead (3 s), and
     * keeps one order for all locks: tally rows by nominee, then votes by key.
     */
    private void lockTallies(Connection connection, RoundId roundId, List<Long> nominees) throws SQLException {
        addToTalliesOneByOne(connection, roundId, nominees.stream().map(n -> Map.entry(n, 0L)).toList());
    }

    /**
     * Adds to tallies one statement at a time, in the order given, running a statement again where H2 undid
     * it: after a unique-key violation (a concurrent transaction created the row and committed, so it is
     * found now) or a lock timeout (the row is still queued for). The next row waits until this one is
     * written, which keeps the lock order.
     */
    private void addToTalliesOneByOne(Connection connection, RoundId roundId, List<Map.Entry<Long, Long>> rows)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(dialect.addToVoteTally())) {
            for (Map.Entry<Long, Long> row : rows) {
                bindTallyRow(add, 1, roundId, row.getKey(), row.getValue());
                for (int attempt = 1; ; attempt++) {
                    try {
                        add.executeUpdate();
                        break;
                    } catch (SQLException e) {
                        boolean undone = dialect.isUniqueViolation(e) || dialect.isStatementLockTimeout(e);
                        if (!undone || attempt == TALLY_ATTEMPTS) {
                            throw e;
                        }
                    }
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

    private void bindVote(PreparedStatement statement, int first, RoundId roundId, KeyedVote vote) throws SQLException {
        statement.setLong(first, roundId.value());
        statement.setString(first + 1, vote.voterKey());
        statement.setString(first + 2, tenant.value());
        statement.setLong(first + 3, vote.nominationId().value());
        statement.setObject(first + 4, utc(vote.castAt()));
    }

    private void bindTallyRow(PreparedStatement statement, int first, RoundId roundId, long nominee, long votes)
            throws SQLException {
        statement.setLong(first, roundId.value());
        statement.setLong(first + 1, nominee);
        statement.setString(first + 2, tenant.value());
        statement.setLong(first + 3, votes);
    }

    private static LocalDateTime utc(Instant instant) {
        // Every database keeps microseconds; truncating here makes them all keep the same ones.
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
