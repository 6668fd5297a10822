package org.talentregistry.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/**
 * Votes on PostgreSQL. A cast is one statement, a data-modifying {@code WITH} that checks the round's stage,
 * stores the vote if its key is absent ({@code ON CONFLICT DO NOTHING}) and adds exactly that to the tally:
 * one statement is atomic by itself, so a cast on a connection in auto-commit mode takes one round trip.
 *
 * <p>A batch goes by {@code COPY} into a temporary staging table (kept with the session, emptied at every
 * commit and before each batch), then one such statement moves the staged votes into {@code tr_vote} in key
 * order and adds the stored ones to the tallies. {@code COPY} is the cheapest way into PostgreSQL (it skips
 * the per-row bind and execute of any insert), but it is pgJDBC's API, not JDBC's: the driver is an optional
 * dependency, and where it is absent, where the connection does not unwrap to it (a host's proxy), or where
 * the user may not create temporary tables, the votes travel instead as three array parameters through
 * {@code unnest()} in the same statement. Either way the statement's text is the same whatever the batch
 * size, so it is parsed once per connection and meets no parameter limit.
 */
final class PostgresVoteWriter extends VoteWriter {
    private static final String CAST = "WITH voting AS ("
            + "SELECT id, tenant_id FROM tr_selection_round WHERE id = ? AND tenant_id = ? AND stage = '" + VOTING + "'),"
            + " stored AS (INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT id, CAST(? AS bytea), tenant_id, CAST(? AS int8), CAST(? AS timestamp) FROM voting"
            + " ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING round_id, nomination_id, tenant_id),"
            + " counted AS (INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
            + " SELECT round_id, nomination_id, tenant_id, 1 FROM stored"
            + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + 1 RETURNING 1)"
            + " SELECT (SELECT COUNT(*) FROM voting), (SELECT COUNT(*) FROM counted)";

    // Votes are inserted in key order (the lock order of every batch), tallies in nominee order. Per-row update
    // counts of a JDBC batch would not do: the driver's reWriteBatchedInserts option, which a host may set,
    // turns them into SUCCESS_NO_INFO.
    private static String storeAndTally(String source) {
        return "WITH stored AS (INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " SELECT CAST(? AS int8), s.voter_key, CAST(? AS varchar), s.nomination_id, s.cast_at FROM " + source
                + " ORDER BY s.voter_key ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING round_id, nomination_id, tenant_id),"
                + " counted AS (INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
                + " SELECT round_id, nomination_id, tenant_id, COUNT(*) FROM stored"
                + " GROUP BY round_id, nomination_id, tenant_id ORDER BY nomination_id"
                + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + EXCLUDED.votes)"
                + " SELECT COUNT(*) FROM stored";
    }

    // ON COMMIT DELETE ROWS: staged votes never outlive their transaction; the DELETE covers a host's
    // transaction that ingests twice. IF NOT EXISTS: the table lives as long as the pooled session.
    private static final String PREPARE_STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS tr_vote_staging ("
            + "voter_key bytea NOT NULL, nomination_id int8 NOT NULL, cast_at timestamp(6) NOT NULL) ON COMMIT DELETE ROWS;"
            + " DELETE FROM tr_vote_staging";
    private static final String COPY = "COPY tr_vote_staging (voter_key, nomination_id, cast_at) FROM STDIN";
    private static final String INGEST_STAGED = storeAndTally("tr_vote_staging s");
    private static final String INGEST_ARRAYS = storeAndTally("unnest(CAST(? AS bytea[]), CAST(? AS int8[]),"
            + " CAST(? AS timestamp[])) AS s(voter_key, nomination_id, cast_at)");
    private static final String MAY_CREATE_TEMPORARY_TABLES = "SELECT has_database_privilege(current_database(), 'TEMPORARY')";

    private static final DateTimeFormatter ARRAY_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    // "\\x", 64 hex digits, a tab, 19 digits at most, a tab, 26 characters of time, a new line.
    private static final int MAX_ROW_BYTES = 3 + 64 + 1 + 20 + 1 + 26 + 1;

    // Asked once per store, as MariaDB's writer does: a grant changed later takes effect when the store is
    // built again. Null until asked.
    private volatile Boolean mayStage;

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        try (PreparedStatement cast = connection.prepareStatement(CAST)) {
            cast.setLong(1, round.value());
            cast.setString(2, tenant.value());
            cast.setBytes(3, keyBytes(vote));
            cast.setLong(4, vote.nominationId().value());
            cast.setObject(5, SqlValues.utc(vote.castAt()));
            try (ResultSet result = cast.executeQuery()) {
                result.next();
                return result.getLong(2) > 0 ? CastResult.STORED : notStored(result.getLong(1) > 0);
            }
        }
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch) throws SQLException {
        if (PostgresCopy.isAvailable(connection) && mayStage(connection)) {
            return ingestByCopy(connection, tenant, round, batch);
        }
        return ingestByArrays(connection, tenant, round, batch);
    }

    private boolean mayStage(Connection connection) throws SQLException {
        Boolean may = mayStage;
        if (may == null) {
            try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(MAY_CREATE_TEMPORARY_TABLES)) {
                may = result.next() && result.getBoolean(1);
            }
            mayStage = may;
        }
        return may;
    }

    private static long ingestByCopy(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch)
            throws SQLException {
        try (Statement prepare = connection.createStatement()) {
            prepare.execute(PREPARE_STAGING);
        }
        byte[] rows = new byte[batch.size() * MAX_ROW_BYTES];
        int length = 0;
        for (KeyedVote vote : batch) {
            length = appendRow(rows, length, vote);
        }
        PostgresCopy.copyIn(connection, COPY, rows, length);
        return run(connection, INGEST_STAGED, tenant, round);
    }

    /**
     * Writes one vote as a row of COPY's text format: the key as bytea's hex input ({@code \x...}, the
     * backslash doubled as COPY's escape), the nominee, the time in UTC. Keys are written as hex and the other
     * fields as digits and punctuation: nothing else needs escaping.
     */
    private static int appendRow(byte[] rows, int at, KeyedVote vote) {
        rows[at++] = '\\';
        rows[at++] = '\\';
        rows[at++] = 'x';
        VoterKey key = vote.voterKey();
        for (int i = 0; i < VoterKey.BYTES; i++) {
            int b = key.byteAt(i);
            rows[at++] = HEX_DIGITS[(b >> 4) & 0xf];
            rows[at++] = HEX_DIGITS[b & 0xf];
        }
        rows[at++] = '\t';
        at = appendDigits(rows, at, vote.nominationId().value());
        rows[at++] = '\t';
        LocalDateTime time = SqlValues.utc(vote.castAt());
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            for (byte b : ARRAY_TIMESTAMP.format(time).getBytes(StandardCharsets.US_ASCII)) {
                rows[at++] = b;
            }
        } else {
            at = appendPadded(rows, at, time.getYear(), 4);
            rows[at++] = '-';
            at = appendPadded(rows, at, time.getMonthValue(), 2);
            rows[at++] = '-';
            at = appendPadded(rows, at, time.getDayOfMonth(), 2);
            rows[at++] = ' ';
            at = appendPadded(rows, at, time.getHour(), 2);
            rows[at++] = ':';
            at = appendPadded(rows, at, time.getMinute(), 2);
            rows[at++] = ':';
            at = appendPadded(rows, at, time.getSecond(), 2);
            rows[at++] = '.';
            at = appendPadded(rows, at, time.getNano() / 1_000, 6);
        }
        rows[at++] = '\n';
        return at;
    }

    private static int appendDigits(byte[] rows, int at, long value) {
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            rows[at++] = (byte) digits.charAt(i);
        }
        return at;
    }

    private static int appendPadded(byte[] rows, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            rows[at + i] = DIGITS[value % 10];
            value /= 10;
        }
        return at + width;
    }

    private static long ingestByArrays(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> batch)
            throws SQLException {
        Object[] keys = new Object[batch.size()];
        Object[] nominees = new Object[batch.size()];
        Object[] times = new Object[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            KeyedVote vote = batch.get(i);
            keys[i] = "\\x" + vote.voterKey().toHex();
            nominees[i] = vote.nominationId().value();
            // Text in one fixed pattern, cast by the statement, leaves no room for how the driver would
            // render LocalDateTime or byte[] array elements.
            times[i] = ARRAY_TIMESTAMP.format(SqlValues.utc(vote.castAt()));
        }
        try (PreparedStatement ingest = connection.prepareStatement(INGEST_ARRAYS)) {
            ingest.setArray(3, connection.createArrayOf("varchar", keys));
            ingest.setArray(4, connection.createArrayOf("int8", nominees));
            ingest.setArray(5, connection.createArrayOf("varchar", times));
            return run(ingest, tenant, round);
        }
    }

    private static long run(Connection connection, String sql, TenantId tenant, RoundId round) throws SQLException {
        try (PreparedStatement ingest = connection.prepareStatement(sql)) {
            return run(ingest, tenant, round);
        }
    }

    private static long run(PreparedStatement ingest, TenantId tenant, RoundId round) throws SQLException {
        ingest.setLong(1, round.value());
        ingest.setString(2, tenant.value());
        try (ResultSet result = ingest.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
