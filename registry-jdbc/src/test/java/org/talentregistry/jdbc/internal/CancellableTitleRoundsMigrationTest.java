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
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;

/**
 * V021 on a schema an older release left with title rounds: each round reads as not cancelled, one cancelled
 * leaves its title, region and year to a new round, and the unique key still refuses a second live one; on
 * each database.
 */
class CancellableTitleRoundsMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2023-03-01T02:00:00Z");
    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");
    private static final LocalDate ROUND_DATE = LocalDate.of(2023, 9, 1);

    @ParameterizedTest
    @EnumSource(Database.class)
    void roundsOfAnOlderRelease_readAsNotCancelled_andOneCancelledLeavesItsYearToANewRound(Database database) throws Exception {
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

            OlderRelease.migrate(db, database, version -> version == 21);
            TitleRound old = store.withSession(TENANT, s -> s.titles().rounds(chief.code())).get(0);
            store.inTransaction(TENANT, s -> {
                s.titles().markCancelled(old.id(), LocalDate.of(2023, 5, 6), "评选公告有误");
                return null;
            });
            TitleRoundId again = store.inTransaction(TENANT, s -> s.titles().insertRound(chief.code(), ZIBO, 2023, ROUND_DATE, AT));

            List<TitleRound> rounds = store.withSession(TENANT, s -> s.titles().rounds(chief.code()));

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
