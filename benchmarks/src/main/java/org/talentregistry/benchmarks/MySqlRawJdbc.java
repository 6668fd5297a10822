package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baselines of the MySQL path: MySQL Connector/J, statements in MySQL 8.0's grammar (no {@code RETURNING}),
 * run against the MariaDB server as the tests do. Without {@code RETURNING}, the plain way to know which
 * votes of a batch went in is a row count per vote: a JDBC batch of one-row {@code INSERT IGNORE ... SELECT},
 * which Connector/J does not fold into one multi-row insert but sends, with {@code rewriteBatchedStatements},
 * as multi-statement packets whose per-statement counts it reports; then one multi-row tally upsert.
 */
final class MySqlRawJdbc extends RawJdbc {
    private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    private static final int ROWS_PER_STATEMENT = 2_000;

    @Override
    List<String> createTables() {
        return tables("DATETIME(6)", TABLE_OPTIONS);
    }

    @Override
    List<String> emptyTables() {
        return List.of("TRUNCATE TABLE bench_vote", "TRUNCATE TABLE bench_tally");
    }

    @Override
    List<RawIngestPath> ingestPaths() {
        return List.of(new CountedBatch());
    }

    @Override
    String insertVoteIfAbsent() {
        return "INSERT IGNORE INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    String addOneToTally() {
        return "INSERT INTO bench_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE votes = votes + 1";
    }

    @Override
    boolean isDuplicateKey(SQLException e) {
        return e.getErrorCode() == 1062;
    }

    /** One-row inserts in a JDBC batch, counted row by row, then a multi-row tally upsert. */
    private static final class CountedBatch implements RawIngestPath {
        @Override
        public String name() {
            return "batch of 1-row INSERT IGNORE..SELECT (rewriteBatchedStatements), per-row counts";
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            List<Long> stored = new ArrayList<>(votes.size());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT IGNORE INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                            + " SELECT ?, ?, ?, ?, ?")) {
                for (RawVote v : votes) {
                    bindVote(insert, roundId, v);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 1) {
                        stored.add(votes.get(i).nominee());
                    } else if (counts[i] != 0) {
                        throw new IllegalStateException("Connector/J reported " + counts[i] + " for one vote: "
                                + (counts[i] == Statement.SUCCESS_NO_INFO ? "no per-row count" : "unexpected"));
                    }
                }
            }
            List<Map.Entry<Long, Long>> tallies = new ArrayList<>(countPerNominee(stored).entrySet());
            for (int from = 0; from < tallies.size(); from += ROWS_PER_STATEMENT) {
                List<Map.Entry<Long, Long>> chunk = tallies.subList(from, Math.min(tallies.size(), from + ROWS_PER_STATEMENT));
                StringBuilder sql = new StringBuilder("INSERT INTO bench_tally (round_id, nomination_id, tenant_id, votes) VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
                }
                sql.append(" ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)");
                try (PreparedStatement upsert = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Map.Entry<Long, Long> e : chunk) {
                        upsert.setLong(p++, roundId);
                        upsert.setLong(p++, e.getKey());
                        upsert.setString(p++, TENANT);
                        upsert.setLong(p++, e.getValue());
                    }
                    upsert.executeUpdate();
                }
            }
            return stored.size();
        }
    }
}
