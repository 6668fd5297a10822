package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;

/**
 * The housekeeping between measurements, none of it timed: emptying tables, levelling the database's state,
 * counting and checking what was stored.
 */
final class Chores {

    private Chores() {
    }

    /**
     * Deletes every vote and tally the library stored, its casts' tally stripes included.
     *
     * @param ds the database
     * @throws SQLException if the database refuses
     */
    static void wipeLibraryVotes(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            RawJdbc.run(c, List.of("TRUNCATE TABLE tr_vote", "TRUNCATE TABLE tr_vote_tally",
                    "TRUNCATE TABLE tr_vote_tally_stripe"));
        }
    }

    /**
     * Returns what changes and restores one vote row and one tally row of the round, in one transaction:
     * the data stays the same, but every table the ranking reads from the votes has changed, as in a live
     * round (see {@link RankingBenchmark}).
     *
     * @param ds the database
     * @param round the round
     * @param nominee a nominee of the round
     * @return the change, to run before every timed ranking
     */
    static Callable<Void> touch(DataSource ds, RoundId round, NominationId nominee) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 0xff);
        return () -> {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO tr_vote (round_id, voter_key, tenant_id,"
                        + " nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)");
                        PreparedStatement delete = c.prepareStatement("DELETE FROM tr_vote WHERE round_id = ? AND voter_key = ?");
                        PreparedStatement tally = c.prepareStatement(
                                "UPDATE tr_vote_tally SET votes = votes + ? WHERE round_id = ? AND nomination_id = ?")) {
                    insert.setLong(1, round.value());
                    insert.setBytes(2, key);
                    insert.setString(3, RawJdbc.TENANT);
                    insert.setLong(4, nominee.value());
                    insert.setObject(5, LocalDateTime.of(2026, 5, 10, 0, 0));
                    insert.executeUpdate();
                    delete.setLong(1, round.value());
                    delete.setBytes(2, key);
                    delete.executeUpdate();
                    for (int change : new int[] {1, -1}) {
                        tally.setInt(1, change);
                        tally.setLong(2, round.value());
                        tally.setLong(3, nominee.value());
                        tally.executeUpdate();
                    }
                }
                c.commit();
            }
            return null;
        };
    }

    /**
     * Empties the baselines' tables.
     *
     * @param ds the database
     * @param raw the database's baselines
     * @throws SQLException if the database refuses
     */
    static void emptyBaseline(DataSource ds, RawJdbc raw) throws SQLException {
        try (Connection c = ds.getConnection()) {
            raw.empty(c);
        }
    }

    /**
     * Levels the field between runs: PostgreSQL vacuums, analyzes and checkpoints, H2 checkpoints, so that
     * no run pays for the dirty pages or dead rows of the one before.
     *
     * @param db the database
     * @throws SQLException if the database refuses
     */
    static void settle(BenchDatabase db) throws SQLException {
        List<String> statements = switch (db.kind()) {
            case POSTGRESQL -> List.of("VACUUM ANALYZE tr_vote, tr_vote_tally, bench_vote, bench_tally", "CHECKPOINT");
            case H2 -> List.of("CHECKPOINT");
            case MARIADB, MYSQL -> List.of("ANALYZE TABLE tr_vote, tr_vote_tally, bench_vote, bench_tally");
        };
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * Counts the votes the library stored for a round.
     *
     * @param ds the database
     * @param round the round
     * @return the count
     * @throws SQLException if the database refuses
     */
    static long countVotes(DataSource ds, RoundId round) throws SQLException {
        return single(ds, "SELECT COUNT(*) FROM tr_vote WHERE round_id = ?", round.value());
    }

    /**
     * Checks that a tally table sums to the votes stored; the library's, with its stripes.
     *
     * @param ds the database
     * @param table {@code tr_vote_tally} or {@code bench_tally}
     * @param round the round
     * @param expected the votes stored
     * @throws SQLException if the database refuses
     * @throws IllegalStateException if the sum differs
     */
    static void requireTally(DataSource ds, String table, RoundId round, long expected) throws SQLException {
        long sum = single(ds, "SELECT COALESCE(SUM(votes), 0) FROM " + table + " WHERE round_id = ?", round.value());
        if (table.equals("tr_vote_tally")) {
            // The library's single casts add to stripe rows, part of the tally (migration V017).
            sum += single(ds, "SELECT COALESCE(SUM(votes), 0) FROM tr_vote_tally_stripe WHERE round_id = ?", round.value());
        }
        if (sum != expected) {
            throw new IllegalStateException(table + " sums to " + sum + " votes; expected " + expected);
        }
    }

    /**
     * Runs a query with one numeric parameter that returns one number.
     *
     * @param ds the database
     * @param sql the query
     * @param parameter its parameter
     * @return the number
     * @throws SQLException if the database refuses
     */
    static long single(DataSource ds, String sql, long parameter) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
