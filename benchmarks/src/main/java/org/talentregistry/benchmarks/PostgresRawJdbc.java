package org.talentregistry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL baselines. Each ingestion path ends in one statement that both stores the new votes and
 * adds them to the tallies: a data-modifying CTE, {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}
 * feeding a grouped tally upsert, so that the tally counts exactly the rows the insert stored, also
 * under concurrency, in one round trip.
 */
final class PostgresRawJdbc extends RawJdbc {
    private static final HexFormat HEX = HexFormat.of();
    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS bench_staging (voter_key BYTEA NOT NULL,"
            + " nomination_id BIGINT NOT NULL, cast_at TIMESTAMP(6) NOT NULL) ON COMMIT DELETE ROWS";

    /** Stores from a source of (voter_key, nomination_id, cast_at) and tallies; parameters: round, tenant, round, tenant. */
    private static String insertAndTally(String source) {
        return "WITH stored AS (INSERT INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " SELECT ?, s.voter_key, ?, s.nomination_id, s.cast_at FROM " + source
                + " ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING nomination_id),"
                + " tallied AS (INSERT INTO bench_tally (round_id, nomination_id, tenant_id, votes)"
                + " SELECT ?, nomination_id, ?, COUNT(*) FROM stored GROUP BY nomination_id ORDER BY nomination_id"
                + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = bench_tally.votes + EXCLUDED.votes)"
                + " SELECT COUNT(*) FROM stored";
    }

    @Override
    List<String> createTables() {
        return tables("BYTEA", "TIMESTAMP(6)", "");
    }

    @Override
    List<String> emptyTables() {
        return List.of("TRUNCATE bench_vote, bench_tally");
    }

    @Override
    List<RawIngestPath> ingestPaths() {
        return List.of(new Copy(), new BatchedStaging(), new Arrays());
    }

    @Override
    String insertVoteIfAbsent() {
        return "INSERT INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (round_id, voter_key) DO NOTHING";
    }

    @Override
    String addOneToTally() {
        return "INSERT INTO bench_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, 1)"
                + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = bench_tally.votes + 1";
    }

    private static long storeFromStaging(Connection connection, long roundId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertAndTally("bench_staging s"))) {
            return count(insert, 1, roundId);
        }
    }

    /** Binds the round and tenant parameters of {@link #insertAndTally} from a position, runs it, returns the count. */
    private static long count(PreparedStatement insert, int first, long roundId) throws SQLException {
        insert.setLong(first, roundId);
        insert.setString(first + 1, TENANT);
        insert.setLong(first + 2, roundId);
        insert.setString(first + 3, TENANT);
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** COPY into a temporary staging table (emptied at each commit), then the CTE from it. */
    private static final class Copy implements RawIngestPath {
        @Override
        public String name() {
            return "COPY to staging + INSERT..SELECT ON CONFLICT";
        }

        @Override
        public void prepare(Connection connection) throws SQLException {
            run(connection, List.of(STAGING));
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            StringBuilder text = new StringBuilder(votes.size() * 100);
            for (RawVote v : votes) {
                text.append("\\\\x").append(HEX.formatHex(v.voterKey())).append('\t').append(v.nominee()).append('\t').append(v.castAt()).append('\n');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_staging (voter_key, nomination_id, cast_at) FROM STDIN");
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return storeFromStaging(connection, roundId);
        }
    }

    /** A JDBC batch into the staging table, rewritten by the driver into multi-row inserts, then the CTE. */
    private static final class BatchedStaging implements RawIngestPath {
        @Override
        public String name() {
            return "batch (reWriteBatchedInserts) to staging + INSERT..SELECT";
        }

        @Override
        public void prepare(Connection connection) throws SQLException {
            run(connection, List.of(STAGING));
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            stage(connection, votes);
            return storeFromStaging(connection, roundId);
        }
    }

    /** One statement per batch: the CTE reading three array parameters through unnest. */
    private static final class Arrays implements RawIngestPath {
        @Override
        public String name() {
            return "INSERT..SELECT unnest(arrays) ON CONFLICT";
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            String sql = "WITH s AS (SELECT * FROM unnest(CAST(? AS bytea[]), CAST(? AS int8[]), CAST(? AS timestamp[]))"
                    + " AS u(voter_key, nomination_id, cast_at)), " + insertAndTally("s").substring("WITH ".length());
            Object[] keys = new Object[votes.size()];
            Object[] nominees = new Object[votes.size()];
            Object[] times = new Object[votes.size()];
            for (int i = 0; i < votes.size(); i++) {
                RawVote v = votes.get(i);
                keys[i] = "\\x" + HEX.formatHex(v.voterKey());
                nominees[i] = v.nominee();
                times[i] = v.castAt().toString();
            }
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setArray(1, connection.createArrayOf("varchar", keys));
                insert.setArray(2, connection.createArrayOf("int8", nominees));
                insert.setArray(3, connection.createArrayOf("varchar", times));
                return count(insert, 4, roundId);
            }
        }
    }
}
