package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.spi.StoreSession;

/**
 * V029 on rounds an older release named, and on one it left in public notice: an honoree is kept under the
 * name its honor kept, another nominee of a named round under its record's name as it stands when migrated,
 * and a round not yet named keeps nothing (its ranking still follows the records).
 */
class NomineesAsRankedMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2018-06-26T02:00:00Z");

    private static ArtisanDetails mechanic(String name, String sequence) {
        return ArtisanDetails.builder().name(name).residentId(ResidentId.completing("370303197805120" + sequence))
                .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K")))
                .occupation(Occupation.of("4-12-01-01", "汽车维修工")).region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1)).build();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void namedRounds_keepTheirHonoreesAsTheHonorsDid_andTheOthersAsTheirRecordsStand_roundsNotNamedKeepNothing(
            Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, version -> version < 29);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            List<ArtisanId> people = new ArrayList<>();
            RoundId named = store.inTransaction(TENANT, s -> {
                HonorProgramId program = s.programs().insert(ProgramDefinition.zibo(), AT);
                RoundId round = s.rounds().insert(program, 1, 2018, AT);
                people.add(s.artisans().insert(mechanic("王建国", "01"), AT));
                people.add(s.artisans().insert(mechanic("李卫东", "02"), AT));
                people.add(s.artisans().insert(mechanic("张红梅", "03"), AT));
                nominate(s, round, people.get(0));
                nominate(s, round, people.get(1));
                s.honors().insert(new Honor(HonorId.of(1), program, "淄博金牌工匠", "gold", "淄博金牌工匠", 2018, round,
                        people.get(0), new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 6, 26), "淄博市总工会"),
                        "2018-gold-001", Optional.empty()));
                s.rounds().setStage(round, RoundStage.NAMED);
                RoundId inNotice = s.rounds().insert(program, 1, 2019, AT);
                nominate(s, inNotice, people.get(2));
                s.rounds().setStage(inNotice, RoundStage.PUBLIC_NOTICE);
                return round;
            });
            // Renamed after the naming: the honor kept the name it was granted under, the record did not.
            store.inTransaction(TENANT, s -> {
                rename(s, people.get(0), "王新国");
                rename(s, people.get(1), "李向东");
                rename(s, people.get(2), "张红");
                return null;
            });

            OlderRelease.migrate(db, database, version -> version == 29);

            Map<NominationId, String> kept = store.withSession(TENANT, s -> s.nominations().keptNames(named));
            assertThat(kept.values()).containsExactlyInAnyOrder("王建国", "李向东");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tr_nomination WHERE ranked_name IS NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the nominee of the round in public notice").isEqualTo(1);
            }
        }
    }

    private static void nominate(StoreSession s, RoundId round, ArtisanId artisan) {
        s.nominations().insert(round, new NominationRequest(artisan, NominationChannel.SELF, "本人",
                Declarations.inServiceWithCleanRecord()), AT);
    }

    private static void rename(StoreSession s, ArtisanId id, String name) {
        Artisan artisan = s.artisans().find(id, true).orElseThrow();
        s.artisans().update(id, artisan.version(), artisan.edit(b -> b.name(name)).details(), AT.plusSeconds(60));
    }
}
