package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
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
import org.talentregistry.spi.VoterKey;

/**
 * Votes on MySQL 8.0 or later, in MySQL's grammar: no {@code RETURNING}, no compound statements, so neither
 * a single-statement cast nor a batch insert that reports which of its rows it stored. (Tested through
 * Connector/J against MariaDB 10.11, which takes the same statements.)
 *
 * <p>Without {@code RETURNING}, a set-based {@code INSERT IGNORE} tells how many votes it stored but not
 * whose, and a tally needs the nominee of each. So every writer of a round's votes first locks the round's
 * row: a batch exclusively ({@code FOR UPDATE}), a cast shared ({@code LOCK IN SHARE MODE}). Inside that lock
 * no one else stores a vote of the round, so a batch reads which of its keys the round has already, inserts
 * the others, which must then all go in, and adds exactly those to the tallies. Batches of one round thus
 * take turns, and casts wait for a running batch's transaction to end; casts do not wait for each other.
 * Their shared lock also makes closing the vote (which updates the round's row) wait for the casts under
 * way.
 *
 * <p>A batch takes four statements whatever its size: the lock, the read of the keys already stored, one
 * {@code INSERT ... SELECT} from {@code JSON_TABLE} over the new votes, and one upsert of the tallies from
 * {@code JSON_TABLE}. The votes travel as one bound JSON text, so the statements' texts are the same for
 * every batch, need no JDBC batch (and so none of Connector/J's {@code rewriteBatchedStatements}), and meet
 * no parameter limit. The insert has no {@code IGNORE}: a duplicate there would mean a writer that does not
 * take the round's lock, and fails the batch instead of miscounting it.
 *
 * <p>A cast is one short transaction when the connection is in auto-commit mode: lock and check the round,
 * {@code INSERT IGNORE} the vote, and add it to the tally if it went in. A transaction that casts into a
 * round and then ingests into the same round upgrades its shared lock to an exclusive one, and may
 * deadlock with another transaction doing the same.
 */
final class MySqlVoteWriter extends VoteWriter {
    // LOCK IN SHARE MODE, not FOR SHARE: MySQL 8.0 takes both, MariaDB only the older form.
    private static final String LOCK_ROUND_SHARED = "SELECT stage FROM tr_selection_round WHERE id = ? AND tenant_id = ?"
            + " LOCK IN SHARE MODE";
    private static final String LOCK_ROUND = "SELECT stage FROM tr_selection_round WHERE id = ? AND tenant_id = ? FOR UPDATE";
    private static final String INSERT_IF_ABSENT = "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String ADD_ONE_TO_TALLY = "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
            + " VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE votes = votes + 1";

    // The keys travel as hex and are compared as the bytes tr_vote.voter_key holds (migration V013), so that
    // the join looks each key up in the primary key; they come back as those bytes. STRAIGHT_JOIN reads
    // the JSON first: the other order would scan the round's votes. A locking read sees the latest committed
    // votes also in a repeatable-read transaction, whose snapshot may be older than the round's lock.
    private static final String STORED_KEYS = "SELECT STRAIGHT_JOIN v.voter_key FROM JSON_TABLE(?, '$[*]' COLUMNS ("
            + "voter_key CHAR(64) CHARACTER SET ascii PATH '$')) AS j"
            + " JOIN tr_vote v ON v.round_id = ? AND v.voter_key = UNHEX(j.voter_key) LOCK IN SHARE MODE";
    private static final String INSERT_NEW = "INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT ?, UNHEX(j.voter_key), ?, j.nomination_id, j.cast_at FROM JSON_TABLE(?, '$[*]' COLUMNS ("
            + "voter_key CHAR(64) CHARACTER SET ascii PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,"
            + " nomination_id BIGINT PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR,"
            + " cast_at DATETIME(6) PATH '$[2]' ERROR ON EMPTY ERROR ON ERROR)) AS j";
    // The added votes come from the select, not from VALUES(), which MySQL deprecates since 8.0.20.
    private static final String ADD_TO_TALLIES = "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
            + " SELECT ?, j.nomination_id, ?, j.added FROM JSON_TABLE(?, '$[*]' COLUMNS ("
            + "nomination_id BIGINT PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,"
            + " added BIGINT PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR)) AS j ORDER BY j.nomination_id"
            + " ON DUPLICATE KEY UPDATE votes = tr_vote_tally.votes + j.added";

    // One statement's JSON text: some 2 MB for the votes, within the 16 MB of MariaDB's default
    // max_allowed_packet and the 64 MB of MySQL 8's.
    private static final int VOTES_PER_STATEMENT = 20_000;
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    /** All statements this writer sends, for the test that holds them to MySQL 8.0's grammar. */
    static final List<String> STATEMENTS = List.of(LOCK_ROUND_SHARED, LOCK_ROUND, INSERT_IF_ABSENT, ADD_ONE_TO_TALLY,
            STORED_KEYS, INSERT_NEW, ADD_TO_TALLIES);

    @Override
    Database database() {
        return Database.MYSQL;
    }

    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        return atomically(connection, () -> {
            if (!VOTING.equals(lockRound(connection, LOCK_ROUND_SHARED, tenant, round))) {
                return CastResult.ROUND_NOT_IN_VOTING;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
                bindVote(insert, 1, tenant, round, vote);
                // As text, as every instant on MySQL: see Dialect.bindsInstantsAsText.
                insert.setString(5, TIMESTAMP_TEXT.format(SqlValues.utc(vote.castAt())));
                if (insert.executeUpdate() == 0) {
                    return CastResult.DUPLICATE;
                }
            }
            try (PreparedStatement add = connection.prepareStatement(ADD_ONE_TO_TALLY)) {
                add.setLong(1, round.value());
                add.setLong(2, vote.nominationId().value());
                add.setString(3, tenant.value());
                add.executeUpdate();
            }
            return CastResult.STORED;
        });
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException {
        // The votes go in whatever the stage: the registry checked it in this transaction, as on the other
        // databases. The lock is what matters here.
        lockRound(connection, LOCK_ROUND, tenant, round);
        Map<Long, Long> stored = new TreeMap<>();
        for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_STATEMENT)) {
            Set<VoterKey> present = storedKeys(connection, round, chunk);
            List<KeyedVote> fresh = chunk.stream().filter(v -> !present.contains(v.voterKey())).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
                insert.setLong(1, round.value());
                insert.setString(2, tenant.value());
                insert.setString(3, votesAsJson(fresh));
                int inserted = insert.executeUpdate();
                if (inserted != fresh.size()) {
                    throw new IllegalStateException("stored " + inserted + " of " + fresh.size() + " new votes");
                }
            }
            fresh.forEach(v -> stored.merge(v.nominationId().value(), 1L, Long::sum));
        }
        if (!stored.isEmpty()) {
            try (PreparedStatement add = connection.prepareStatement(ADD_TO_TALLIES)) {
                add.setLong(1, round.value());
                add.setString(2, tenant.value());
                add.setString(3, talliesAsJson(stored));
                add.executeUpdate();
            }
        }
        return stored.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Locks the round's row and returns its stage, or null if the tenant has no such round. */
    private static String lockRound(Connection connection, String sql, TenantId tenant, RoundId round) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, round.value());
            lock.setString(2, tenant.value());
            try (ResultSet rows = lock.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static Set<VoterKey> storedKeys(Connection connection, RoundId round, List<KeyedVote> votes) throws SQLException {
        StringBuilder json = new StringBuilder(votes.size() * 67).append('[');
        for (int i = 0; i < votes.size(); i++) {
            // Keys are written as lower-case hex: nothing in them needs escaping.
            json.append(i == 0 ? "\"" : ",\"").append(votes.get(i).voterKey().toHex()).append('"');
        }
        Set<VoterKey> present = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(STORED_KEYS)) {
            query.setString(1, json.append(']').toString());
            query.setLong(2, round.value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(VoterKey.of(rows.getBytes(1)));
                }
            }
        }
        return present;
    }

    private static String votesAsJson(List<KeyedVote> votes) {
        StringBuilder json = new StringBuilder(votes.size() * 110).append('[');
        for (int i = 0; i < votes.size(); i++) {
            KeyedVote vote = votes.get(i);
            json.append(i == 0 ? "[\"" : ",[\"").append(vote.voterKey().toHex()).append("\",").append(vote.nominationId().value())
                    .append(",\"").append(TIMESTAMP_TEXT.format(SqlValues.utc(vote.castAt()))).append("\"]");
        }
        return json.append(']').toString();
    }

    private static String talliesAsJson(Map<Long, Long> added) {
        StringBuilder json = new StringBuilder(added.size() * 16).append('[');
        for (Map.Entry<Long, Long> row : added.entrySet()) {
            json.append(json.length() == 1 ? "[" : ",[").append(row.getKey()).append(',').append(row.getValue()).append(']');
        }
        return json.append(']').toString();
    }
}
