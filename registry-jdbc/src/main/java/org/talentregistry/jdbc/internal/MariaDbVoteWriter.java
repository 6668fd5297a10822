package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Votes on MariaDB (10.5 or later, for {@code INSERT ... RETURNING}).
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
 * <p>A batch goes through the driver's bulk protocol into a temporary {@code MEMORY} staging table, kept
 * with the connection and emptied before each use, then into {@code tr_vote} by one {@code INSERT IGNORE ...
 * SELECT ... RETURNING}; the tallies take one multi-row upsert. Where the connection's user may not create
 * temporary tables, votes go in multi-row {@code INSERT IGNORE ... VALUES ... RETURNING} statements. (One
 * server pass, {@code INSERT IGNORE ... SELECT ... FROM JSON_TABLE(?)}, was tried for issue 14 and measured
 * slower than the staging table: 8,300 against 12,400 votes/s in the same run; MariaDB materialises a
 * {@code JSON_TABLE} in a temporary table too, after parsing the text. See BENCHMARKS.md.)
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

    // MEMORY: no redo or undo to write for rows that live a few milliseconds. Its rows ignore rollbacks,
    // which is why each batch empties it first. TRUNCATE would commit. The B-tree key hands the rows to
    // the INSERT ... SELECT in key order without sorting them. The time goes as microseconds since 1970 and
    // becomes a DATETIME by arithmetic, which no session time zone changes: Connector/J finds the codec of a
    // LocalDateTime by asking some thirty codecs in turn, and that took a third of the ingesting thread's time
    // (issue 14). The name is not the one of earlier releases, whose table kept a DATETIME.
    private static final String CREATE_STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS tr_vote_staged ("
            + "voter_key BINARY(32) NOT NULL, nomination_id BIGINT NOT NULL,"
            + " cast_us BIGINT NOT NULL, PRIMARY KEY (voter_key) USING BTREE) ENGINE=MEMORY";
    private static final String CLEAR_STAGING = "DELETE FROM tr_vote_staged";
    // Prepared with the one-argument prepareStatement(String): Connector/J sends such a batch with its bulk
    // protocol, which it does not use for statements prepared with a result-set type.
    private static final String STAGE_VOTE = "INSERT INTO tr_vote_staged (voter_key, nomination_id, cast_us) VALUES (?, ?, ?)";
    private static final String INSERT_STAGED = "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT ?, voter_key, ?, nomination_id, TIMESTAMPADD(MICROSECOND, cast_us, TIMESTAMP '1970-01-01 00:00:00')"
            + " FROM tr_vote_staged ORDER BY voter_key RETURNING nomination_id";

    // Keeps the staging table near 2 MB, well within the 16 MB a MEMORY table may hold by default.
    private static final int VOTES_PER_STAGING = 10_000;
    // Multi-row statements take 5 parameters per vote and 4 per nominee: this keeps them well below
    // MariaDB's 65,535 parameters and its default 16 MB packet.
    private static final int VOTES_PER_MULTI_ROW = 2_000;
    private static final int NOMINEES_PER_MULTI_ROW = 1_000;

    // Connector/J logs every refused statement as a warning: asking once per store keeps hosts' logs quiet.
    // A grant or setting changed later takes effect when the store is built again.
    private volatile boolean stagingRefused;
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
        if (!insertStaged(connection, tenant, round, batch, stored)) {
            insertInMultiRows(connection, tenant, round, batch, stored);
        }
        addToTallies(connection, tenant, round, stored);
        return stored.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Stores a batch through the staging table, or returns false without writing anything if the table
     * cannot be created (a user without the privilege to create temporary tables).
     */
    private boolean insertStaged(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch,
            Map<Long, Long> stored) throws SQLException {
        if (stagingRefused) {
            return false;
        }
        try (Statement ddl = connection.createStatement()) {
            try {
                ddl.execute(CREATE_STAGING);
            } catch (SQLException e) {
                if (!"42000".equals(e.getSQLState())) {
                    throw e;
                }
                stagingRefused = true;
                return false;
            }
            // The batch comes in key order, so the chunks follow in key order too.
            for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_STAGING)) {
                ddl.executeUpdate(CLEAR_STAGING);
                try (PreparedStatement stage = connection.prepareStatement(STAGE_VOTE)) {
                    for (KeyedVote vote : chunk) {
                        stage.setBytes(1, keyBytes(vote));
                        stage.setLong(2, vote.nominationId().value());
                        stage.setLong(3, utcMicros(vote.castAt()));
                        stage.addBatch();
                    }
                    stage.executeBatch();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_STAGED)) {
                    insert.setLong(1, round.value());
                    insert.setString(2, tenant.value());
                    countStored(insert, stored);
                }
            }
        }
        return true;
    }

    private static void insertInMultiRows(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch,
            Map<Long, Long> stored) throws SQLException {
        for (List<KeyedVote> chunk : Chunks.of(batch, VOTES_PER_MULTI_ROW)) {
            String sql = rows("INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES ",
                    "(?, ?, ?, ?, ?)", chunk.size(), " RETURNING nomination_id");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    bindVote(insert, 1 + 5 * i, tenant, round, chunk.get(i));
                }
                countStored(insert, stored);
            }
        }
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

    /** Runs a query returning the nomination_id of each vote it stored, and counts them per nominee. */
    private static void countStored(PreparedStatement insert, Map<Long, Long> stored) throws SQLException {
        try (ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                stored.merge(rows.getLong(1), 1L, Long::sum);
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
