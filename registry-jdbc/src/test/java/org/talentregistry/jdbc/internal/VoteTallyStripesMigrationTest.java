package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.jdbc.internal.OlderRelease.AT;
import static org.talentregistry.jdbc.internal.OlderRelease.LI;
import static org.talentregistry.jdbc.internal.OlderRelease.TENANT;
import static org.talentregistry.jdbc.internal.OlderRelease.WANG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/**
 * V017 adds the stripe rows of single casts to a database that already holds votes and tallies: the
 * tallies read the same after it, the voters who voted before stay deduplicated, and new casts and batches
 * add to what was there.
 */
class VoteTallyStripesMigrationTest {
    @ParameterizedTest
    @EnumSource(Database.class)
    void v017_keepsTheTalliesAndVotesBeforeIt_andNewVotesAddToThem(Database database) throws SQLException {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, v -> v < 17);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            RoundId round = OlderRelease.roundInVoting(store, TENANT, AT);
            // The rows a release before V017 wrote: a vote and a tally row for each accepted vote, no stripes.
            OlderRelease.votesAndTallies(db, TENANT, round, WANG, LI, v -> key(v).toBytes());

            OlderRelease.migrate(db, database, v -> v == 17);

            Map<NominationId, Long> before = store.withSession(TENANT, s -> s.votes().tally(round));
            CastResult again = store.withSession(TENANT, s -> s.votes().cast(round, LI, key(1), AT));
            CastResult fresh = store.withSession(TENANT, s -> s.votes().cast(round, WANG, key(4), AT));
            long ingested = store.inTransaction(TENANT, s -> s.votes().ingest(round,
                    List.of(new KeyedVote(WANG, key(2), AT), new KeyedVote(LI, key(5), AT))));

            assertThat(before).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 2L));
            assertThat(again).isEqualTo(CastResult.DUPLICATE);
            assertThat(fresh).isEqualTo(CastResult.STORED);
            assertThat(ingested).isEqualTo(1);
            Map<NominationId, Long> after = store.withSession(TENANT, s -> s.votes().tally(round));
            assertThat(after).containsExactly(Map.entry(WANG, 2L), Map.entry(LI, 3L));
            assertThat(stripeVotes(db, round)).as("votes counted on stripe rows")
                    .isEqualTo(database == Database.H2 ? 1 : 0);
        }
    }

    private static long stripeVotes(TestDatabase db, RoundId round) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement sum = c.prepareStatement("SELECT COALESCE(SUM(votes), 0) FROM tr_vote_tally_stripe WHERE round_id = ?")) {
            sum.setLong(1, round.value());
            try (ResultSet rs = sum.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static VoterKey key(int voter) {
        try {
            return VoterKey.of(MessageDigest.getInstance("SHA-256").digest(("voter " + voter).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
