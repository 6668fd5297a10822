package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;

/**
 * V025 on a round an older release left past expert review, its same-employer conflict computed and never
 * recorded: the migration records it from the employers on record, so that the round still reports it once
 * rounds past expert review report only what they recorded; a later change of employer then changes nothing.
 */
class KeptConflictsMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Actor CLERK = Actor.of("union-li", "李干事");
    private static final Employer SHOP = Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K"));

    private static ArtisanDetails mechanic(String sequence, Employer employer) {
        return ArtisanDetails.builder().name("王建国").residentId(ResidentId.completing("370303197805120" + sequence))
                .employer(employer).occupation(Occupation.of("4-12-01-01", "汽车维修工")).region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1)).build();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRoundPastExpertReview_keepsTheConflictItsEmployersGaveWhenMigrated(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            // The schema before V025, and V030's column, which today's code writes when it closes the expert review.
            OlderRelease.migrate(db, database, version -> version < 25 || version == 30);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            TalentRegistry registry = TalentRegistry.builder(store).tenant(TENANT)
                    .clock(Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
                    .voteSecret("zibo-union-vote-secret-2018".getBytes(StandardCharsets.UTF_8)).build();
            HonorProgram program = registry.programs().define(CLERK, ProgramDefinition.zibo());
            SelectionRounds rounds = registry.rounds();
            SelectionRound round = rounds.open(CLERK, program.id(), 2018);
            Artisan colleague = registry.artisans().register(CLERK, mechanic("01", SHOP));
            Nomination nomination = rounds.nominate(CLERK, round.id(), new NominationRequest(colleague.id(),
                    NominationChannel.SELF, colleague.name(), Declarations.inServiceWithCleanRecord()));
            rounds.closeNominations(CLERK, round.id());
            rounds.closeEligibilityReview(CLERK, round.id());
            Reviewer reviewer = rounds.addReviewer(CLERK, round.id(), "马工", SHOP.creditCode());
            rounds.closeExpertReview(CLERK, round.id());
            // As the older release left the round: the computed conflict never recorded.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM tr_review_conflict WHERE source = 'SAME_EMPLOYER'");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }

            OlderRelease.migrate(db, database, version -> version == 25);
            registry.artisans().update(CLERK, registry.artisans().get(colleague.id()).edit(b -> b.employer(
                    Employer.of("淄博眼镜店", CreditCode.completing("91370303MA3C0002K")))));

            assertThat(rounds.conflicts(round.id())).singleElement().satisfies(c -> {
                assertThat(c.reviewerId()).isEqualTo(reviewer.id());
                assertThat(c.nominationId()).isEqualTo(nomination.id());
                assertThat(c.source()).isEqualTo(Conflict.Source.SAME_EMPLOYER);
                assertThat(c.reason()).isEqualTo("reviewer and candidate both work for 淄博张店汽车维修有限公司");
                assertThat(c.isStanding()).isTrue();
            });
        }
    }
}
