package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;

/** The program's rules at their boundaries: a revocation reaching back past a later exit, a round dated before a birth. */
abstract class RuleBoundariesContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("bureau-sun", "孙科长");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Declarations IN_SERVICE = Declarations.inServiceWithCleanRecord();

    private MutableClock clock;
    private TalentRegistry registry;
    private HonorProgram craftsman;
    private int nextSequence = 1;

    @BeforeEach
    void newTenant() {
        clock = new MutableClock(Instant.parse("2018-03-01T02:00:00Z"), SHANGHAI);
        TenantId tenant = newTenantId();
        registry = TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .voteSecret("bureau-test-secret-0123".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        craftsman = registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().clearTiers()
                .tier(new HonorTier("gold", "淄博金牌工匠", 500, true)).programCap(null).clearCriteria().build());
    }

    private Artisan artisan(String birthDate) {
        int sequence = nextSequence++ % 1000;
        return registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", birthDate, sequence)).build());
    }

    private List<Honor> honor(int year, String decision, List<Artisan> honorees) {
        clock.set(LocalDate.of(year, 3, 1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(CLERK, craftsman.id(), year);
        List<org.talentregistry.selection.Nomination> nominations = new ArrayList<>();
        for (Artisan a : honorees) {
            nominations.add(rounds.nominate(CLERK, round.id(), new NominationRequest(a.id(), NominationChannel.SELF, a.name(), IN_SERVICE)));
        }
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);
        for (var n : nominations) {
            rounds.score(CLERK, reviewer.id(), n.id(), Map.of("skill", BigDecimal.valueOf(30),
                    "innovation", BigDecimal.valueOf(20), "contribution", BigDecimal.valueOf(20)));
        }
        rounds.closeExpertReview(CLERK, round.id());
        rounds.closeVoting(CLERK, round.id());
        rounds.startNotice(CLERK, round.id(), LocalDate.now(clock));
        SelectionRound inNotice = rounds.get(round.id());
        clock.set(inNotice.noticeEnd().orElseThrow().plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        return rounds.name(CLERK, round.id(), new NamingDecision(decision, LocalDate.now(clock), "淄博市总工会"));
    }

    /**
     * DOMAIN.md: revocation "ends the benefits" and, per the README, honorees "leave on revocation". A revocation
     * for fraud reaching back to the naming must end the pool membership the honor gave from that day, also when
     * the membership had already been given a later end (the honoree left the city afterwards).
     */
    @Test
    void aRetroactiveRevocation_endsThePoolMembershipFromItsEffectiveDay_evenWhenALaterExitWasRecorded() {
        Artisan wang = artisan("19780512");
        Honor gold = honor(2018, "淄工发〔2018〕12号", List.of(wang)).get(0);
        LocalDate named = gold.decision().date();
        assertThat(registry.pool().sizeOn(LocalDate.of(2020, 1, 1))).isEqualTo(1);

        clock.set(LocalDate.of(2024, 6, 1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        registry.pool().leave(CLERK, wang.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2024, 5, 1)));
        // Fraud found later: the honor is revoked from the day it was granted.
        registry.honors().revoke(CLERK, gold.id(), new RevocationRequest(RevocationReason.FRAUD, "申报材料造假",
                named, "淄博市总工会"));

        assertThat(registry.honors().activeOn(wang.id(), LocalDate.of(2020, 1, 1))).isEmpty();
        // The honor no longer counts on 2020-01-01, nor does the membership it alone gave.
        assertThat(registry.pool().sizeOn(LocalDate.of(2020, 1, 1))).isZero();
        assertThat(registry.pool().sizeOn(named)).isZero();
        assertThat(registry.audit().forEntity("honor", gold.id().toString()))
                .anySatisfy(e -> assertThat(e.after()).hasValueSatisfying(
                        after -> assertThat(after).contains("\"poolExitReplaced\":\"LEFT_CITY 2024-05-01\"")));
    }

    /**
     * A title round whose date lies before an applicant's birth (a mistyped round date, or a historical round
     * entered afterwards) is ranked, the applicant's age criterion flagged for a person and saying why, never a JDK exception.
     */
    @Test
    void aRoundDatedBeforeAnApplicantsBirth_isRanked_theAgeFlaggedAndExplained() {
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(1900, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of()));
        Artisan young = artisan("19950512");
        // 1994 typed for 2024: the round opens and takes the application.
        TitleRound round = registry.titles().openRound(CLERK, "zibo-chief-technician", IssuingRegion.of("370300"), 1994,
                LocalDate.of(1994, 9, 1));
        registry.titles().apply(CLERK, round.id(), young.id(), new BigDecimal("88.5"), IN_SERVICE);

        TitleRanking ranking = registry.titles().ranking(round.id());

        Verdict verdict = ranking.applicants().get(0).verdict();
        assertThat(verdict.explain(Locale.ENGLISH)).contains("born after 1994-09-01");
        assertThat(verdict.explain(Locale.CHINESE)).contains("出生日期晚于1994-09-01");
    }
}
