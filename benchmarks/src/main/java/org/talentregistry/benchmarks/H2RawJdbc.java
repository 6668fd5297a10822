package org.talentregistry.benchmarks;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2 baselines: a JDBC batch of single-vote {@code MERGE ... WHEN NOT MATCHED THEN INSERT}, whose per-row
 * update counts say which votes were stored, and a set-based insert of the whole batch from array
 * parameters that returns the stored rows through H2's data change delta table ({@code FINAL TABLE}).
 * Both add to the tallies with a JDBC batch of tally {@code MERGE}s.
 */
final class H2RawJdbc extends RawJdbc {
    private static final String MERGE_VOTE = "MERGE INTO bench_vote v USING (VALUES (CAST(? AS BIGINT), CAST(? AS BINARY(32)),"
            + " CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP(6))))"
            + " AS s(round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
            + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)";

    @Override
    List<String> createTables() {
        return tables("BINARY(32)", "TIMESTAMP(6)", "");
    }

    @Override
    List<String> emptyTables() {
        return List.of("TRUNCATE TABLE bench_vote", "TRUNCATE TABLE bench_tally");
    }

    @Override
    List<RawIngestPath> ingestPaths() {
        return List.of(new SetBased(), new MergeBatch());
    }

    @Override
    String insertVoteIfAbsent() {
        return MERGE_VOTE;
    }

    @Override
    String addOneToTally() {
        return tallyMerge().replace("CAST(? AS BIGINT))) AS s", "CAST(1 AS BIGINT))) AS s");
    }

    /** Parameters: round_id, nomination_id, tenant_id, votes to add. */
    private static String tallyMerge() {
        return "MERGE INTO bench_tally t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)),"
                + " CAST(? AS BIGINT))) AS s(round_id, nomination_id, tenant_id, votes)"
                + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id"
                + " WHEN MATCHED THEN UPDATE SET votes = t.votes + s.votes"
                + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, tenant_id, votes)"
                + " VALUES (s.round_id, s.nomination_id, s.tenant_id, s.votes)";
    }

    private static void addToTallies(Connection connection, long roundId, List<Long> stored) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(tallyMerge())) {
            for (Map.Entry<Long, Long> e : countPerNominee(stored).entrySet()) {
                merge.setLong(1, roundId);
                merge.setLong(2, e.getKey());
                merge.setString(3, TENANT);
                merge.setLong(4, e.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** The whole batch in one statement from three array parameters; repeats within the batch dropped first. */
    private static final class SetBased implements RawIngestPath {
        @Override
        public String name() {
            return "INSERT..SELECT UNNEST(arrays) WHERE NOT EXISTS";
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            Set<ByteBuffer> keys = new HashSet<>(votes.size() * 2);
            List<Object> k = new ArrayList<>(votes.size());
            List<Object> n = new ArrayList<>(votes.size());
            List<Object> t = new ArrayList<>(votes.size());
            for (RawVote v : votes) {
                if (keys.add(ByteBuffer.wrap(v.voterKey()))) {
                    k.add(v.voterKey());
                    n.add(v.nominee());
                    t.add(v.castAt());
                }
            }
            List<Long> stored = new ArrayList<>(k.size());
            try (PreparedStatement insert = connection.prepareStatement("SELECT nomination_id FROM FINAL TABLE ("
                    + "INSERT INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                    + " SELECT ?, u.k, ?, u.n, u.t FROM UNNEST(CAST(? AS BINARY(32) ARRAY), CAST(? AS BIGINT ARRAY),"
                    + " CAST(? AS TIMESTAMP(6) ARRAY)) AS u(k, n, t)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM bench_vote x WHERE x.round_id = ? AND x.voter_key = u.k))")) {
                insert.setLong(1, roundId);
                insert.setString(2, TENANT);
                insert.setArray(3, connection.createArrayOf("BINARY", k.toArray()));
                insert.setArray(4, connection.createArrayOf("BIGINT", n.toArray()));
                insert.setArray(5, connection.createArrayOf("TIMESTAMP", t.toArray()));
                insert.setLong(6, roundId);
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getLong(1));
                    }
                }
            }
            addToTallies(connection, roundId, stored);
            return stored.size();
        }
    }

    /** A JDBC batch of the single-vote MERGE; its update counts say which votes were stored. */
    private static final class MergeBatch implements RawIngestPath {
        @Override
        public String name() {
            return "JDBC batch of MERGE..WHEN NOT MATCHED";
        }

        @Override
        public long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException {
            List<Long> stored = new ArrayList<>(votes.size());
            try (PreparedStatement merge = connection.prepareStatement(MERGE_VOTE)) {
                for (RawVote v : votes) {
                    bindVote(merge, roundId, v);
                    merge.addBatch();
                }
                int[] counts = merge.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        stored.add(votes.get(i).nominee());
                    } else if (counts[i] == Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("H2 did not report which votes it stored");
                    }
                }
            }
            addToTallies(connection, roundId, stored);
            return stored.size();
        }
    }
}
