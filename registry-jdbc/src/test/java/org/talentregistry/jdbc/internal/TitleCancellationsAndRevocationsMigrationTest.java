package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;

/**
 * V021 on a schema an older release left with a title round and an award: the round reads as not cancelled and,
 * cancelled, leaves its title, region and year to a new round while the unique key still refuses a second
 * live one; the award reads as not revoked and takes a revocation; on each database.
 */
class TitleCancellationsAndRevocationsMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2023-03-01T02:00:00Z");
    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");
    private static final LocalDate ROUND_DATE = LocalDate.of(2023, 9, 1);

    private static ArtisanDetails mechanic() {
        return ArtisanDetails.builder().name("王建国").residentId(ResidentId.completing("37030319780512001"))
                .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K")))
                .occupation(Occupation.of("4-12-01-01", "汽车维修工")).region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1)).build();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void roundsAndAwardsOfAnOlderRelease_readAsNeitherCancelledNorRevoked_andTakeBoth(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, version -> version < 21);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            TechnicianTitle chief = TechnicianTitle.ziboChiefTechnician();
            store.inTransaction(TENANT, s -> {
                s.titles().saveTitle(chief);
                return null;
            });
            // As the older release inserted a round: without the columns V021 adds.
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO tr_title_round (tenant_id, title_code, region_code, round_year, round_date, selected,"
                            + " opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, TENANT.value());
                insert.setString(2, chief.code());
                insert.setString(3, ZIBO.code());
                insert.setInt(4, 2023);
                insert.setObject(5, ROUND_DATE);
                insert.setBoolean(6, false);
                insert.setObject(7, LocalDateTime.ofInstant(AT, ZoneOffset.UTC));
                insert.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }

            ArtisanId artisan = store.inTransaction(TENANT, s -> s.artisans().insert(mechanic(), AT));
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO tr_title_award (tenant_id, title_code, title_name, artisan_id, round_id, region_code,"
                            + " rules_version, starts_on, ends_on) SELECT tenant_id, title_code, ?, ?, id, region_code, 1,"
                            + " round_date, NULL FROM tr_title_round")) {
                insert.setString(1, chief.name());
                insert.setLong(2, artisan.value());
                insert.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }

            OlderRelease.migrate(db, database, version -> version == 21);
            TitleAward award = store.withSession(TENANT, s -> s.titles().awardsOf(List.of(artisan))).get(0);
            store.inTransaction(TENANT, s -> {
                s.titles().revokeAward(award.id(), new Revocation(RevocationReason.FRAUD, "申报材料造假", LocalDate.of(2024, 1, 2),
                        "淄博市人力资源和社会保障局", Actor.of("bureau-sun", "孙科长")));
                return null;
            });
            TitleAward revoked = store.withSession(TENANT, s -> s.titles().award(award.id(), false)).orElseThrow();
            TitleRound old = store.withSession(TENANT, s -> s.titles().rounds(chief.code())).get(0);
            store.inTransaction(TENANT, s -> {
                s.titles().markCancelled(old.id(), LocalDate.of(2023, 5, 6), "评选公告有误");
                return null;
            });
            TitleRoundId again = store.inTransaction(TENANT, s -> s.titles().insertRound(chief.code(), ZIBO, 2023, ROUND_DATE, AT));

            List<TitleRound> rounds = store.withSession(TENANT, s -> s.titles().rounds(chief.code()));

            assertThat(award.isRevoked()).isFalse();
            assertThat(award.isActiveOn(LocalDate.of(2024, 1, 1))).isTrue();
            assertThat(revoked.heldUntil()).contains(LocalDate.of(2024, 1, 2));
            assertThat(old.isCancelled()).isFalse();
            assertThat(old.isOpen()).isTrue();
            assertThat(rounds)
                    .extracting(TitleRound::id, TitleRound::cancelledOn, TitleRound::isOpen)
                    .containsExactly(tuple(old.id(), Optional.of(LocalDate.of(2023, 5, 6)), false),
                            tuple(again, Optional.empty(), true));
            assertThatThrownBy(() -> store.inTransaction(TENANT, s -> s.titles().insertRound(chief.code(), ZIBO, 2023,
                    ROUND_DATE, AT)))
                    .isInstanceOfSatisfying(TitleRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR));
        }
    }
}
