package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/**
 * Votes on PostgreSQL: one statement per cast and one per batch, each a data-modifying {@code WITH} that
 * stores the votes whose key is absent ({@code ON CONFLICT DO NOTHING}) and adds exactly those to the
 * tallies. One statement is atomic by itself, so a cast on a connection in auto-commit mode takes one
 * round trip. A batch's votes travel as three array parameters through {@code unnest()}: the statement's
 * text is the same whatever the batch size, so it is parsed once per connection and meets no parameter
 * limit.
 */
final class PostgresVoteWriter extends VoteWriter {
    private static final String CAST = "WITH voting AS ("
            + "SELECT id, tenant_id FROM tr_selection_round WHERE id = ? AND tenant_id = ? AND stage = '" + VOTING + "'),"
            + " stored AS (INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT id, CAST(? AS varchar), tenant_id, CAST(? AS int8), CAST(? AS timestamp) FROM voting"
            + " ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING round_id, nomination_id, tenant_id),"
            + " counted AS (INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
            + " SELECT round_id, nomination_id, tenant_id, 1 FROM stored"
            + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + 1 RETURNING 1)"
            + " SELECT (SELECT COUNT(*) FROM voting), (SELECT COUNT(*) FROM counted)";

    // Votes are inserted in the order of the arrays, which is key order; the tallies in nominee order.
    // Per-row update counts of a JDBC batch would not do: the driver's reWriteBatchedInserts option, which a
    // host may set, turns them into SUCCESS_NO_INFO.
    private static final String INGEST = "WITH stored AS (INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
            + " SELECT CAST(? AS int8), u.voter_key, CAST(? AS varchar), u.nomination_id, u.cast_at"
            + " FROM unnest(CAST(? AS varchar[]), CAST(? AS int8[]), CAST(? AS timestamp[])) AS u(voter_key, nomination_id, cast_at)"
            + " ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING round_id, nomination_id, tenant_id),"
            + " counted AS (INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
            + " SELECT round_id, nomination_id, tenant_id, COUNT(*) FROM stored"
            + " GROUP BY round_id, nomination_id, tenant_id ORDER BY nomination_id"
            + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + EXCLUDED.votes)"
            + " SELECT COUNT(*) FROM stored";

    private static final DateTimeFormatter ARRAY_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    CastResult cast(Connection connection, TenantId tenant, RoundId round, KeyedVote vote) throws SQLException {
        try (PreparedStatement cast = connection.prepareStatement(CAST)) {
            cast.setLong(1, round.value());
            cast.setString(2, tenant.value());
            cast.setString(3, vote.voterKey());
            cast.setLong(4, vote.nominationId().value());
            cast.setObject(5, utc(vote.castAt()));
            try (ResultSet result = cast.executeQuery()) {
                result.next();
                return result.getLong(2) > 0 ? CastResult.STORED : notStored(result.getLong(1) > 0);
            }
        }
    }

    @Override
    long ingest(Connection connection, TenantId tenant, RoundId round, List<KeyedVote> votes) throws SQLException {
        List<KeyedVote> batch = inKeyOrder(votes);
        Object[] keys = new Object[batch.size()];
        Object[] nominees = new Object[batch.size()];
        Object[] times = new Object[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            KeyedVote vote = batch.get(i);
            keys[i] = vote.voterKey();
            nominees[i] = vote.nominationId().value();
            // Text in one fixed pattern, cast by the statement, leaves no room for how the driver would
            // render LocalDateTime array elements.
            times[i] = ARRAY_TIMESTAMP.format(utc(vote.castAt()));
        }
        try (PreparedStatement ingest = connection.prepareStatement(INGEST)) {
            ingest.setLong(1, round.value());
            ingest.setString(2, tenant.value());
            ingest.setArray(3, connection.createArrayOf("varchar", keys));
            ingest.setArray(4, connection.createArrayOf("int8", nominees));
            ingest.setArray(5, connection.createArrayOf("varchar", times));
            try (ResultSet result = ingest.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
