package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the MariaDB baselines and those of the MySQL path share: InnoDB tables, MySQL's duplicate-key
 * statements and error code, and the multi-row tally upsert that follows a batch whose stored votes are known.
 */
abstract class InnoDbRawJdbc extends RawJdbc {
    private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
    static final int ROWS_PER_STATEMENT = 2_000;

    @Override
    List<String> createTables() {
        return tables("BINARY(32)", "DATETIME(6)", TABLE_OPTIONS);
    }

    @Override
    List<String> emptyTables() {
        return List.of("TRUNCATE TABLE bench_vote", "TRUNCATE TABLE bench_tally");
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


    /** Adds stored votes to the tallies, in nominee order, by multi-row upserts. */
    static void addToTallies(Connection connection, long roundId, List<Long> stored) throws SQLException {
        List<Map.Entry<Long, Long>> counts = new ArrayList<>(countPerNominee(stored).entrySet());
        for (int from = 0; from < counts.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<Long, Long>> chunk = counts.subList(from, Math.min(counts.size(), from + ROWS_PER_STATEMENT));
            String sql = rows("INSERT INTO bench_tally (round_id, nomination_id, tenant_id, votes) VALUES ", "(?, ?, ?, ?)",
                    chunk.size(), " ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)");
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
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
    }

    static String rows(String head, String row, int count, String tail) {
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.append(tail).toString();
    }
}
