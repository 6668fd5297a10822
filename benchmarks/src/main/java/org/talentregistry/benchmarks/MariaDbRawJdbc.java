package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB baselines. Every statement is prepared with the one-argument {@code prepareStatement(sql)}, which
 * keeps Connector/J's bulk protocol on for batches. MariaDB has no data-modifying CTE, so the votes an
 * {@code INSERT IGNORE ... RETURNING nomination_id} stored are counted per nominee on the client and added
 * to the tallies by one multi-row upsert.
 */
final class MariaDbRawJdbc extends InnoDbRawJdbc {
    @Override
    List<RawIngestPath> ingestPaths() {
        return List.of(new BulkStaging(), new MultiRow());
    }

    /** Reads the nominees of the stored votes from a RETURNING result. */
    private static List<Long> storedNominees(PreparedStatement insert, List<Long> into) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            while (rs.next()) {
                into.add(rs.getLong(1));
            }
        }
        return into;
    }

    /**
     * The bulk protocol into a MEMORY temporary table, then {@code INSERT IGNORE ... SELECT ... RETURNING}
     * into the votes and a multi-row tally upsert.
     */
    private static final class BulkStaging implements RawIngestPath {
        @Override
        public String name() {
            return "bulk batch to staging + INSERT IGNORE..SELECT";
        }

        @Override
        public void prepare(Connection connection) throws SQLException {
            run(connection, List.of("CREATE OR REPLACE TEMPORARY TABLE bench_staging (voter_key BINARY(32) NOT NULL,"
                    + " nomination_id BIGINT NOT NULL, cast_at DATETIME(6) NOT NULL) ENGINE=MEMORY"));
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            // MEMORY tables ignore rollbacks and TRUNCATE would commit: empty it by hand.
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM bench_staging")) {
                clear.executeUpdate();
            }
            stage(connection, votes);
            List<Long> stored = new ArrayList<>(votes.size());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT IGNORE INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                            + " SELECT ?, voter_key, ?, nomination_id, cast_at FROM bench_staging RETURNING nomination_id")) {
                insert.setLong(1, roundId);
                insert.setString(2, TENANT);
                storedNominees(insert, stored);
            }
            addToTallies(connection, roundId, stored);
            return stored.size();
        }
    }

    /** Multi-row {@code INSERT IGNORE ... VALUES ... RETURNING} of 2,000 votes each, then the tally upsert. */
    private static final class MultiRow implements RawIngestPath {
        @Override
        public String name() {
            return "multi-row INSERT IGNORE..RETURNING";
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            List<Long> stored = new ArrayList<>(votes.size());
            for (int from = 0; from < votes.size(); from += ROWS_PER_STATEMENT) {
                List<RawVote> chunk = votes.subList(from, Math.min(votes.size(), from + ROWS_PER_STATEMENT));
                String sql = rows("INSERT IGNORE INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES ",
                        "(?, ?, ?, ?, ?)", chunk.size(), " RETURNING nomination_id");
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    int p = 1;
                    for (RawVote v : chunk) {
                        insert.setLong(p++, roundId);
                        insert.setBytes(p++, v.voterKey());
                        insert.setString(p++, TENANT);
                        insert.setLong(p++, v.nominee());
                        insert.setObject(p++, v.castAt());
                    }
                    storedNominees(insert, stored);
                }
            }
            addToTallies(connection, roundId, stored);
            return stored.size();
        }
    }
}
