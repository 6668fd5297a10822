package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * Votes on MariaDB (10.6 or later, for {@code INSERT ... RETURNING} and {@code JSON_TABLE}).
 *
 * <p>A cast on a connection in auto-commit mode calls the stored procedure {@code tr_cast_vote} (migration
 * V013), which opens a transaction, checks the round, stores the vote, adds to the tally, commits and
 * returns what happened: one round trip, and the server compiles the procedure's body once per connection
 * instead of parsing a compound statement on every call, whatever the host's driver settings (Connector/J
 * prepares on the client by default). Where the procedure is missing or the user may not execute it, the
 * same steps go as one compound statement ({@code BEGIN NOT ATOMIC ... END}); where the server refuses that
 * too (server-side preparation, {@code useServerPrepStmts}, or another {@code sql_mode}), or in a
 * transaction, as separate statements. A store asks once and remembers the answer.
 *
 * <p>A batch is one {@code INSERT IGNORE ... SELECT ... FROM JSON_TABLE(?) ... RETURNING nomination_id}:
 * the votes travel as one bound JSON text, in key order, and the server reads them once, straight into
 * {@code tr_vote}; the tallies take one multi-row upsert of what it returned. No staging table, so no
 * privilege to create temporary tables is needed.
 *
 * <p>{@code IGNORE} also downgrades errors other than a duplicate key (NULL into NOT NULL, over-long values)
 * to warnings; the store validates every value before binding it, so a duplicate is all it can skip. {@code
 * ON DUPLICATE KEY UPDATE} would not do: its update count for a duplicate depends on the connection's
 * {@code useAffectedRows} option, and its {@code RETURNING} reports the existing row too.
 */
final class MariaDbVoteWriter extends VoteWriter {
    private static final String CALL_CAST = "CALL tr_cast_vote(?, ?, ?, ?, ?)";
    private static final String CAST = "BEGIN NOT ATOMIC"
            + " DECLARE voting INT DEFAULT 0;"
            + " DECLARE stored INT DEFAULT 0;"
            + " DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;"
            + " START TRANSACTION;"
            + " SELECT COUNT(*) INTO voting FROM tr_selection_round WHERE id = ? AND tenant_id = ? AND stage = '" + VOTING + "';"
            + " IF voting > 0 THEN"
            + "  INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES (?, ?, ?, ?, ?);"
            + "  SET stored = ROW_COUNT();"
            + "  IF stored > 0 THEN"
            + "   INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, 1)"
            + "   ON DUPLICATE KEY UPDATE votes = votes + 1;"
            + "  END IF;"
            + " END IF;"
            + " COMMIT;"
            + " SELECT voting, stored;"
            + " END";
    // The procedure is missing (a schema migrated by a host's tool that skipped it), or the user may not
    // execute it.
    private static final Set<Integer> PROCEDURE_REFUSALS = Set.of(1305, 1370);
    // "This command is not supported in the prepared statement protocol yet" (server-side preparation), and
    // a syntax error (a server whose sql_mode changes the compound statement's grammar, such as ORACLE).
    private static final Set<Integer> COMPOUND_REFUSALS = Set.of(1295, 1064);
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbVoteWriter.class);

    private static final String INSERT_IF_ABSENT = "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String ADD_TO_TALLY = "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)";

    // No ORDER BY: JSON_TABLE yields the array's elements in order, and the client sends them in key order,
    // the lock order of every batch; sorting on the server would cost it a temporary table.
    private static final String INSERT_NEW = "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT ?, UNHEX(j.voter_key), ?, j.nomination_id, j.cast_at FROM JSON_TABLE(?, '$[*]' COLUMNS ("
            + "voter_key CHAR(64) CHARACTER SET ascii PATH '$[0]', nomination_id BIGINT PATH '$[1]',"
            + " cast_at DATETIME(6) PATH '$[2]')) AS j RETURNING nomination_id";

    // About 100 bytes of JSON per vote: 20,000 make 2 MB, well within MariaDB's default 16 MB packet.
    private static final int VOTES_PER_STATEMENT = 20_000;
    // Multi-row tally upserts take 4 parameters per nominee: well below MariaDB's 65,535 parameters.
    private static final int NOMINEES_PER_MULTI_ROW = 1_000;
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    // Connector/J logs every refused statement as a warning: asking once per store keeps hosts' logs quiet.
    // A grant or setting changed later takes effect when the store is built again.
    private volatile boolean procedureRefused;
    private volatile boolean compoundRefused;

    @Override
    Database database() {
        return Database.MARIADB;
    }

    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        if (connection.getAutoCommit() && !procedureRefused) {
            try {
                return castByProcedure(connection, tenant, round, vote);
            } catch (SQLException e) {
                if (!PROCEDURE_REFUSALS.contains(e.getErrorCode())) {
                    throw e;
                }
                procedureRefused = true;
                LOG.info("MariaDB refused the vote-casting procedure tr_cast_vote (error {}); casting in one compound statement",
                        e.getErrorCode());
            }
        }
        if (connection.getAutoCommit() && !compoundRefused) {
            try {
                return castInOneStatement(connection, tenant, round, vote);
            } catch (SQLException e) {
                if (!COMPOUND_REFUSALS.contains(e.getErrorCode())) {
                    throw e;
                }
                compoundRefused = true;
                LOG.info("MariaDB refused the one-statement vote cast (error {}); casting in separate statements", e.getErrorCode());
            }
        }
        return atomically(connection, () -> {
            if (!isVoting(connection, tenant, round)) {
                return CastResult.ROUND_NOT_IN_VOTING;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
                bindVote(insert, 1, tenant, round, vote);
                if (insert.executeUpdate() == 0) {
                    return CastResult.DUPLICATE;
                }
            }
            try (PreparedStatement add = connection.prepareStatement(ADD_TO_TALLY)) {
                bindTallyRow(add, 1, tenant, round, vote.nominationId().value(), 1);
                add.executeUpdate();
            }
            return CastResult.STORED;
        });
    }

    private static CastResult castByProcedure(Connection connection, TenantId tenant, RoundId round, KeyedVote vote)
            throws SQLException {
        try (PreparedStatement cast = connection.prepareStatement(CALL_CAST)) {
            bindVote(cast, 1, tenant, round, vote);
            return castResult(cast);
        }
    }

    private static CastResult castInOneStatement(Connection connection, TenantId tenant, RoundId round, KeyedVote vote)
            throws SQLException {
        try (PreparedStatement cast = connection.prepareStatement(CAST)) {
            cast.setLong(1, round.value());
            cast.setString(2, tenant.value());
            bindVote(cast, 3, tenant, round, vote);
            cast.setLong(8, round.value());
            cast.setLong(9, vote.nominationId().value());
            cast.setString(10, tenant.value());
            return castResult(cast);
        }
    }

    /** Runs a cast that answers with one row: whether the round takes votes, and whether the vote was stored. */
    private static CastResult castResult(PreparedStatement cast) throws SQLException {
        try (ResultSet result = cast.executeQuery()) {
            result.next();
            return result.getInt(2) > 0 ? CastResult.STORED : notStored(result.getInt(1) > 0);
        }
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException {
        Map<Long, Long> stored = new TreeMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
            for (List<KeyedVote> chunk : Chunks.of(inKeyOrder(batch), VOTES_PER_STATEMENT)) {
                insert.setLong(1, round.value());
                insert.setString(2, tenant.value());
                insert.setString(3, votesAsJson(chunk));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        stored.merge(rows.getLong(1), 1L, Long::sum);
                    }
                }
            }
        }
        addToTallies(connection, tenant, round, stored);
        return stored.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Keys are validated lower-case hex and times digits: nothing in them needs escaping. */
    private static String votesAsJson(List<KeyedVote> votes) {
        StringBuilder json = new StringBuilder(votes.size() * 104).append('[');
        for (KeyedVote vote : votes) {
            json.append(json.length() == 1 ? "[\"" : ",[\"").append(vote.voterKey()).append("\",")
                    .append(vote.nominationId().value()).append(",\"");
            TIMESTAMP_TEXT.formatTo(utc(vote.castAt()), json);
            json.append("\"]");
        }
        return json.append(']').toString();
    }

    /** Adds the stored votes to the tallies in nominee order, the map's order. */
    private static void addToTallies(Connection connection, TenantId tenant, RoundId round, Map<Long, Long> stored)
            throws SQLException {
        List<Map.Entry<Long, Long>> rows = new ArrayList<>(stored.entrySet());
        for (List<Map.Entry<Long, Long>> chunk : Chunks.of(rows, NOMINEES_PER_MULTI_ROW)) {
            String sql = rows("INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES ", "(?, ?, ?, ?)",
                    chunk.size(), " ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)");
            try (PreparedStatement add = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    bindTallyRow(add, 1 + 4 * i, tenant, round, chunk.get(i).getKey(), chunk.get(i).getValue());
                }
                add.executeUpdate();
            }
        }
    }

    private static String rows(String head, String row, int count, String tail) {
        StringBuilder sql = new StringBuilder(head.length() + (row.length() + 2) * count + tail.length()).append(head);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.append(tail).toString();
    }
}
