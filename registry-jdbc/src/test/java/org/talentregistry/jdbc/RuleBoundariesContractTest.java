package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;
import static org.talentregistry.jdbc.SelectionScenario.SHANGHAI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;

/** The program's rules at their boundaries: a revocation reaching back past a later exit, a round dated before a birth. */
abstract class RuleBoundariesContractTest extends ScenarioContractTest {
    private TalentRegistry registry;

    @BeforeEach
    void registryOfTheScenario() {
        registry = scenario.registry;
    }

    /**
     * DOMAIN.md: revocation "ends the benefits" and, per the README, honorees "leave on revocation". A revocation
     * for fraud reaching back to the naming ends the pool membership the honor gave from that day, also when the
     * membership had already been given a later end (the honoree left the city afterwards); the audit event keeps
     * the departure it replaced.
     */
    @Test
    void aRetroactiveRevocation_endsThePoolMembershipFromItsEffectiveDay_evenWhenALaterExitWasRecorded() {
        SelectionScenario.Round y2018 = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 1).toNotice(90);
        y2018.afterNotice();
        Honor gold = rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号")).get(0);
        ArtisanId wang = gold.artisanId();
        LocalDate named = gold.decision().date();
        assertThat(registry.pool().sizeOn(LocalDate.of(2020, 1, 1))).isEqualTo(1);

        scenario.clock.set(LocalDate.of(2024, 6, 1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        registry.pool().leave(CLERK, wang, PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2024, 5, 1)));
        // Fraud found later: the honor is revoked from the day it was granted.
        registry.honors().revoke(CLERK, gold.id(), new RevocationRequest(RevocationReason.FRAUD, "申报材料造假",
                named, "淄博市总工会"));

        assertThat(registry.honors().activeOn(wang, LocalDate.of(2020, 1, 1))).isEmpty();
        // The honor no longer counts on 2020-01-01, nor does the membership it alone gave.
        assertThat(registry.pool().sizeOn(LocalDate.of(2020, 1, 1))).isZero();
        assertThat(registry.pool().sizeOn(named)).isZero();
        assertThat(registry.audit().forEntity("honor", gold.id().toString()))
                .anySatisfy(e -> assertThat(e.after()).hasValueSatisfying(
                        after -> assertThat(after).contains("\"poolExitReplaced\":\"LEFT_CITY 2024-05-01\"")));
    }

    /**
     * A title round whose date lies before an applicant's birth (a mistyped round date, or a historical round
     * entered afterwards) is ranked, the applicant's age criterion flagged for a person and saying why, never a
     * JDK exception.
     */
    @Test
    void aRoundDatedBeforeAnApplicantsBirth_isRanked_theAgeFlaggedAndExplained() {
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(1900, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of()));
        Artisan young = registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19950512", 1)).build());
        // 1994 typed for 2024: the round opens and takes the application.
        TitleRound round = registry.titles().openRound(CLERK, "zibo-chief-technician", IssuingRegion.of("370300"), 1994,
                LocalDate.of(1994, 9, 1));
        registry.titles().apply(CLERK, round.id(), young.id(), new BigDecimal("88.5"), Declarations.inServiceWithCleanRecord());

        TitleRanking ranking = registry.titles().ranking(round.id());

        Verdict verdict = ranking.applicants().get(0).verdict();
        assertThat(verdict.explain(Locale.ENGLISH)).contains("born after 1994-09-01");
        assertThat(verdict.explain(Locale.CHINESE)).contains("出生日期晚于1994-09-01");
    }
}
