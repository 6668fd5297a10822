package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;
import org.talentregistry.spi.VoterKey;

/**
 * V013 turns the 64 hex characters of every stored voter key into its 32 bytes: a round still in public
 * voting must keep refusing the second vote of a voter who voted before the upgrade, and keep its tally.
 */
class BinaryVoterKeysMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2018-06-01T01:00:00.123456Z");
    private static final NominationId WANG = NominationId.of(11);
    private static final NominationId LI = NominationId.of(12);

    @ParameterizedTest
    @EnumSource(Database.class)
    void v013_convertsStoredHexKeys_soThatTheirVotersStayDeduplicated(Database database) throws SQLException {
        try (TestDatabase db = TestDatabase.open(database)) {
            List<MigrationScript> scripts = MigrationRunner.scripts(database);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (MigrationScript script : scripts) {
                    if (script.version() < 13) {
                        run(s, script);
                    }
                }
            }
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            RoundId round = store.inTransaction(TENANT, s -> {
                HonorProgramId program = s.programs().insert(ProgramDefinition.zibo(), AT);
                RoundId id = s.rounds().insert(program, 1, 2018, AT);
                s.rounds().setStage(id, RoundStage.PUBLIC_VOTING);
                return id;
            });
            try (Connection c = db.dataSource().getConnection();
                    PreparedStatement vote = c.prepareStatement("INSERT INTO tr_vote (round_id, voter_key, tenant_id,"
                            + " nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement tally = c.prepareStatement("INSERT INTO tr_vote_tally (round_id, nomination_id,"
                            + " tenant_id, votes) VALUES (?, ?, ?, ?)")) {
                for (int voter = 1; voter <= 3; voter++) {
                    vote.setLong(1, round.value());
                    vote.setString(2, key(voter));
                    vote.setString(3, TENANT.value());
                    vote.setLong(4, (voter == 1 ? WANG : LI).value());
                    vote.setObject(5, LocalDateTime.of(2018, 6, 1, 9, 0, voter));
                    vote.executeUpdate();
                }
                for (Map.Entry<NominationId, Long> row : Map.of(WANG, 1L, LI, 2L).entrySet()) {
                    tally.setLong(1, round.value());
                    tally.setLong(2, row.getKey().value());
                    tally.setString(3, TENANT.value());
                    tally.setLong(4, row.getValue());
                    tally.executeUpdate();
                }
            }

            // V013, then the later scripts, as an upgrade runs them: the store works on this release's schema.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (MigrationScript script : scripts) {
                    if (script.version() >= 13) {
                        run(s, script);
                    }
                }
            }

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

    private static void run(Statement s, MigrationScript script) throws SQLException {
        for (String statement : MigrationRunner.statements(script.sql())) {
            s.execute(statement);
        }
    }
}
