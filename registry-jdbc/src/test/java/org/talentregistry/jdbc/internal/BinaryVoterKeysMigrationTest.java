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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * V013 turns the 64 hex characters of every stored voter key into its 32 bytes: a round still in public
 * voting must keep refusing the second vote of a voter who voted before the upgrade, and keep its tally.
 */
class BinaryVoterKeysMigrationTest {
    @ParameterizedTest
    @EnumSource(Database.class)
    void v013_convertsStoredHexKeys_soThatTheirVotersStayDeduplicated(Database database) throws SQLException {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, v -> v < 13);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            RoundId round = OlderRelease.roundInVoting(store, TENANT, AT);
            OlderRelease.votesAndTallies(db, TENANT, round, WANG, LI, BinaryVoterKeysMigrationTest::key);

            // V013, then the later scripts, as an upgrade runs them: the store works on this release's schema.
            OlderRelease.migrate(db, database, v -> v >= 13);

            Map<String, Long> stored = new TreeMap<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT voter_key, nomination_id FROM tr_vote")) {
                while (rs.next()) {
                    stored.put(HexFormat.of().formatHex(rs.getBytes(1)), rs.getLong(2));
                }
            }
            assertThat(stored).isEqualTo(Map.of(key(1), 11L, key(2), 12L, key(3), 12L));

            CastResult again = store.withSession(TENANT, s -> s.votes().cast(round, LI, VoterKey.parse(key(1)), AT));
            CastResult fresh = store.withSession(TENANT, s -> s.votes().cast(round, WANG, VoterKey.parse(key(4)), AT));
            long ingested = store.inTransaction(TENANT, s -> s.votes().ingest(round,
                    List.of(new KeyedVote(WANG, VoterKey.parse(key(2)), AT), new KeyedVote(WANG, VoterKey.parse(key(3)), AT), new KeyedVote(LI, VoterKey.parse(key(5)), AT))));

            assertThat(again).isEqualTo(CastResult.DUPLICATE);
            assertThat(fresh).isEqualTo(CastResult.STORED);
            assertThat(ingested).isEqualTo(1);
            Map<NominationId, Long> tally = store.withSession(TENANT, s -> s.votes().tally(round));
            assertThat(tally).containsExactly(Map.entry(WANG, 2L), Map.entry(LI, 3L));
        }
    }

    /** A voter key as releases before V013 stored it: 64 lower-case hex characters. */
    private static String key(int voter) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("voter " + voter).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
