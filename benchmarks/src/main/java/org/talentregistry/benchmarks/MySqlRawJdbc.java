package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Baselines of the MySQL path: MySQL Connector/J, statements in MySQL 8.0's grammar (no {@code RETURNING}),
 * run against the MariaDB server as the tests do. Without {@code RETURNING}, the plain way to know which
 * votes of a batch went in is a row count per vote: a JDBC batch of one-row {@code INSERT IGNORE ... SELECT},
 * which Connector/J does not fold into one multi-row insert but sends, with {@code rewriteBatchedStatements},
 * as multi-statement packets whose per-statement counts it reports; then one multi-row tally upsert.
 */
final class MySqlRawJdbc extends InnoDbRawJdbc {
    @Override
    List<RawIngestPath> ingestPaths() {
        return List.of(new CountedBatch());
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
            addToTallies(connection, roundId, stored);
            return stored.size();
        }
    }
}
