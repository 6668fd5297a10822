package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.title.PriorityFixtures.CHIEF;
import static org.talentregistry.title.PriorityFixtures.QILU;
import static org.talentregistry.title.PriorityFixtures.ZIBO;
import static org.talentregistry.title.PriorityFixtures.agedAtMost45;
import static org.talentregistry.title.PriorityFixtures.gold;
import static org.talentregistry.title.PriorityFixtures.holdsGold;
import static org.talentregistry.title.PriorityFixtures.honor;
import static org.talentregistry.title.PriorityFixtures.policy;
import static org.talentregistry.title.PriorityFixtures.revoked;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.ConditionResult.Fact;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TitleRefusedException;

class PriorityEvaluatorTest {
    private static final ArtisanId ARTISAN = ArtisanId.of(7);
    private static final LocalDate BORN = LocalDate.of(1980, 5, 12);
    private static final LocalDate ROUND = LocalDate.of(2023, 9, 1);
    private static final LocalDate NAMED_2018 = LocalDate.of(2018, 4, 28);

    private static final PriorityPolicy V1 = policy(1, LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2023, 1, 1)), "0",
            holdsGold());
    private static final PriorityPolicy V2 = policy(2, LocalDate.of(2023, 1, 1), Optional.empty(), "0", holdsGold(),
            agedAtMost45());
    /** A short-lived version overlapping version 1: a later validFrom than V1, so it wins while in force. */
    private static final PriorityPolicy V3 = policy(3, LocalDate.of(2020, 6, 1), Optional.of(LocalDate.of(2021, 1, 1)), "0",
            agedAtMost45());
    private static final List<PriorityPolicy> VERSIONS = List.of(V2, V3, V1);

    private static ConditionResult honorResult(List<Honor> honors, LocalDate asOf) {
        return PriorityEvaluator.decide(policy("0", holdsGold()), ARTISAN, BORN, PriorityEvaluator.cite(honors), asOf).results().get(0);
    }

    private static ConditionResult ageResult(LocalDate born, LocalDate asOf) {
        return PriorityEvaluator.decide(policy("0", agedAtMost45()), ARTISAN, born, List.of(), asOf).results().get(0);
    }

    @Test
    void inForce_picksTheVersionWhosePeriodHoldsTheDate() {
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2018, 1, 1))).isEqualTo(V1);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2019, 7, 1))).isEqualTo(V1);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2023, 9, 1))).isEqualTo(V2);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2040, 1, 1))).isEqualTo(V2);
    }

    @Test
    void inForce_validUntilIsExclusive() {
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2022, 12, 31))).isEqualTo(V1);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2023, 1, 1))).isEqualTo(V2);
        assertThat(PriorityEvaluator.inForce(List.of(V1), CHIEF, LocalDate.of(2022, 12, 31))).isEqualTo(V1);
        assertThatNoPolicy(List.of(V1), LocalDate.of(2023, 1, 1));
    }

    @Test
    void inForce_twoOverlapping_theLatestValidFromWins() {
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2020, 5, 31))).isEqualTo(V1);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2020, 6, 1))).isEqualTo(V3);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2020, 12, 31))).isEqualTo(V3);
        assertThat(PriorityEvaluator.inForce(VERSIONS, CHIEF, LocalDate.of(2021, 1, 1))).isEqualTo(V1);
    }

    @Test
    void inForce_sameValidFrom_theHigherVersionWins() {
        PriorityPolicy v4 = policy(4, LocalDate.of(2023, 1, 1), Optional.empty(), "0", holdsGold());

        assertThat(PriorityEvaluator.inForce(List.of(v4, V2), CHIEF, ROUND)).isEqualTo(v4);
        assertThat(PriorityEvaluator.inForce(List.of(V2, v4), CHIEF, ROUND)).isEqualTo(v4);
    }

    @Test
    void inForce_noneInForce_isRefusedNamingTheTitleAndDate() {
        TitleRefusedException e = assertThatNoPolicy(VERSIONS, LocalDate.of(2017, 12, 31));

        assertThat(e).hasMessageContaining(CHIEF).hasMessageContaining("2017-12-31");
        assertThatNoPolicy(List.of(), ROUND);
    }

    private static TitleRefusedException assertThatNoPolicy(List<PriorityPolicy> policies, LocalDate date) {
        TitleRefusedException e = catchThrowableOfType(TitleRefusedException.class,
                () -> PriorityEvaluator.inForce(policies, CHIEF, date));
        assertThat(e).isNotNull();
        assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_POLICY_IN_FORCE);
        return e;
    }

    @Test
    void decide_namesThePolicyVersionAndKeepsTheConditionOrder() {
        PriorityDecision d = PriorityEvaluator.decide(V2, ARTISAN, BORN, PriorityEvaluator.cite(List.of(gold(NAMED_2018))), ROUND);

        assertThat(d.artisanId()).isEqualTo(ARTISAN);
        assertThat(d.titleCode()).isEqualTo(CHIEF);
        assertThat(d.asOf()).isEqualTo(ROUND);
        assertThat(d.policyId()).isEqualTo("zibo-chief");
        assertThat(d.policyVersion()).isEqualTo(2);
        assertThat(d.results()).extracting(r -> r.condition().id()).containsExactly("zibo-gold", "age-45");
    }

    @Test
    void holdsHonor_activeHonorOfTheTier_isMetWithTheHonorAndItsFacts() {
        Honor honor = gold(NAMED_2018);

        ConditionResult r = honorResult(List.of(honor), ROUND);

        assertThat(r.met()).isTrue();
        assertThat(r.honor()).contains(HonorCitation.of(honor));
        assertThat(r.fact()).isEqualTo(new Fact("fact.honor.active", "淄博金牌工匠", "2018", "淄工发〔2018〕12号"));
    }

    @Test
    void holdsHonor_onTheDayOfTheNamingDecision_isMet() {
        assertThat(honorResult(List.of(gold(NAMED_2018)), NAMED_2018).met()).isTrue();
    }

    @Test
    void holdsHonor_honorOfAnotherTier_isNotMet() {
        Honor silver = honor(ZIBO, "silver", "淄博银牌工匠", NAMED_2018, Optional.empty());

        ConditionResult r = honorResult(List.of(silver), ROUND);

        assertThat(r.met()).isFalse();
        assertThat(r.fact().key()).isEqualTo("fact.honor.none");
        assertThat(r.honor()).isEmpty();
    }

    @Test
    void holdsHonor_noTierListed_acceptsAnyTierOfTheProgram() {
        Honor silver = honor(ZIBO, "silver", "淄博银牌工匠", NAMED_2018, Optional.empty());
        PriorityCondition anyTier = new PriorityCondition.HoldsHonor("zibo-any", ZIBO, Set.of(), "持有淄博工匠称号",
                "holds a Zibo craftsman honor");

        PriorityDecision d = PriorityEvaluator.decide(policy("0", anyTier), ARTISAN, BORN, PriorityEvaluator.cite(List.of(silver)), ROUND);

        assertThat(d.hasPriority()).isTrue();
        assertThat(d.results().get(0).honor()).contains(HonorCitation.of(silver));
    }

    @Test
    void holdsHonor_sameTierOfAnotherProgram_isIgnored() {
        Honor qiluGold = honor(QILU, "gold", "齐鲁金牌工匠", NAMED_2018, Optional.empty());

        ConditionResult r = honorResult(List.of(qiluGold), ROUND);

        assertThat(r.met()).isFalse();
        assertThat(r.fact()).isEqualTo(new Fact("fact.honor.none"));
    }

    @Test
    void holdsHonor_otherProgramIgnored_matchingHonorStillFound() {
        Honor qiluGold = honor(QILU, "gold", "齐鲁金牌工匠", LocalDate.of(2016, 5, 1), Optional.empty());
        Honor ziboGold = gold(NAMED_2018);

        ConditionResult r = honorResult(List.of(qiluGold, ziboGold), ROUND);

        assertThat(r.met()).isTrue();
        assertThat(r.honor()).contains(HonorCitation.of(ziboGold));
    }

    @Test
    void holdsHonor_revokedEffectiveD_givesPriorityOnTheDayBeforeAndNotOnD() {
        LocalDate d = LocalDate.of(2019, 6, 1);
        Honor honor = revoked(gold(NAMED_2018), d);

        ConditionResult before = honorResult(List.of(honor), d.minusDays(1));
        ConditionResult on = honorResult(List.of(honor), d);
        ConditionResult after = honorResult(List.of(honor), ROUND);

        assertThat(before.met()).isTrue();
        assertThat(before.fact().key()).isEqualTo("fact.honor.active");
        assertThat(on.met()).isFalse();
        assertThat(on.fact()).isEqualTo(new Fact("fact.honor.revoked", "淄博金牌工匠", "2018", "淄工发〔2018〕12号", "2019-06-01"));
        assertThat(on.honor()).contains(HonorCitation.of(honor));
        assertThat(after.met()).isFalse();
        assertThat(after.fact().key()).isEqualTo("fact.honor.revoked");
    }

    @Test
    void holdsHonor_revokedOneAndActiveAnother_isMetByTheActiveOne() {
        Honor revoked2016 = revoked(gold(LocalDate.of(2016, 4, 28)), LocalDate.of(2017, 1, 1));
        Honor active2018 = gold(NAMED_2018);

        ConditionResult r = honorResult(List.of(revoked2016, active2018), ROUND);

        assertThat(r.met()).isTrue();
        assertThat(r.honor()).contains(HonorCitation.of(active2018));
    }

    @Test
    void holdsHonor_grantedAfterTheDate_isNotYet() {
        Honor later = gold(LocalDate.of(2024, 4, 28));

        ConditionResult r = honorResult(List.of(later), ROUND);

        assertThat(r.met()).isFalse();
        assertThat(r.fact()).isEqualTo(new Fact("fact.honor.notYet", "淄博金牌工匠", "2024", "淄工发〔2024〕12号", "2024-04-28"));
        assertThat(r.honor()).contains(HonorCitation.of(later));
    }

    @Test
    void holdsHonor_noHonor_isNone() {
        ConditionResult r = honorResult(List.of(), ROUND);

        assertThat(r.met()).isFalse();
        assertThat(r.fact()).isEqualTo(new Fact("fact.honor.none"));
        assertThat(r.honor()).isEmpty();
    }

    @Test
    void agedAtMost_onThe45thBirthday_isMet() {
        LocalDate born = LocalDate.of(1978, 9, 1);

        ConditionResult r = ageResult(born, ROUND);

        assertThat(r.met()).isTrue();
        assertThat(r.fact()).isEqualTo(new Fact("fact.age", "45", "2023-09-01"));
    }

    @Test
    void agedAtMost_onTheDayBeforeThe46thBirthday_isMet() {
        assertThat(ageResult(LocalDate.of(1977, 9, 2), ROUND).met()).isTrue();
    }

    @Test
    void agedAtMost_onThe46thBirthday_isNotMet() {
        ConditionResult r = ageResult(LocalDate.of(1977, 9, 1), ROUND);

        assertThat(r.met()).isFalse();
        assertThat(r.fact()).isEqualTo(new Fact("fact.age", "46", "2023-09-01"));
    }

    @Test
    void decide_explainsInChinese_yearNotGroupedUnderTurkishDefaultLocale() {
        assertThat(Locale.getDefault().getLanguage()).as("surefire runs tests under tr-TR").isEqualTo("tr");

        String zh = PriorityEvaluator.decide(policy("0", holdsGold()), ARTISAN, BORN, PriorityEvaluator.cite(List.of(gold(NAMED_2018))), ROUND)
                .explain(Locale.CHINESE);

        assertThat(zh).contains("同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）")
                .doesNotContain("2,018").doesNotContain("2.018");
    }

    @Test
    void decide_revokedHonor_explainsTheRevocationInChineseAndEnglish() {
        Honor honor = revoked(gold(NAMED_2018), LocalDate.of(2019, 6, 1));

        PriorityDecision d = PriorityEvaluator.decide(policy("0", holdsGold()), ARTISAN, BORN, PriorityEvaluator.cite(List.of(honor)), ROUND);

        assertThat(d.hasPriority()).isFalse();
        assertThat(d.explain(Locale.CHINESE))
                .contains("不享有“持有淄博金牌工匠称号”优先：淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）已于2019-06-01撤销");
        assertThat(d.explain(Locale.ENGLISH)).contains(
                "No priority from \"holds the Zibo Gold Medal Craftsman honor\": 淄博金牌工匠 (2018, naming decision 淄工发〔2018〕12号)"
                        + " was revoked effective 2019-06-01");
    }

    @Test
    void decide_withoutABirthDate_leavesTheAgeConditionUnmet_andSaysWhy() {
        PriorityDecision d = PriorityEvaluator.decide(V2, ARTISAN, null, PriorityEvaluator.cite(List.of(gold(NAMED_2018))), ROUND);

        assertThat(d.results()).extracting(ConditionResult::met).containsExactly(true, false);
        assertThat(d.results().get(1).fact()).isEqualTo(new Fact("fact.age.unknown"));
        assertThat(d.explain(Locale.ENGLISH)).contains("no birth date on record (the registry holds no such artisan)");
        assertThat(d.explain(Locale.CHINESE)).contains("不享有“45周岁以下”优先：登记册中无此人，无出生日期");
    }

    @Test
    void whatAPolicyNeeds_honorKindsOnceEach_andBirthDatesOnlyForAnAgeCondition() {
        PriorityCondition.HoldsHonor anyQilu = new PriorityCondition.HoldsHonor("qilu", QILU, Set.of(), "持有齐鲁首席技师称号",
                "holds the Qilu chief technician title");
        PriorityCondition.HoldsHonor goldAgain = new PriorityCondition.HoldsHonor("gold-again", ZIBO, Set.of("gold"),
                "再次持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor, again");
        PriorityPolicy three = policy("0", holdsGold(), anyQilu, goldAgain);

        assertThat(PriorityEvaluator.honorKinds(three))
                .containsExactly(new HonorKind(ZIBO, Set.of("gold")), new HonorKind(QILU, Set.of()));
        assertThat(PriorityEvaluator.needsBirthDates(three)).isFalse();
        assertThat(PriorityEvaluator.needsBirthDates(V2)).isTrue();
        assertThat(PriorityEvaluator.honorKinds(policy("0", agedAtMost45()))).isEmpty();
    }

    @Test
    void onePolicy_agesFromEpochDays_asPeriodBetweenDoes_forEveryDayOfOneHundredAndFortyYears() {
        // Leap days on either side, month ends, the first and last of a year.
        for (LocalDate asOf : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2023, 2, 28), LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2020, 8, 31))) {
            PriorityEvaluator.OnePolicy bulk = new PriorityEvaluator.OnePolicy(V2, asOf);
            for (LocalDate born = asOf.minusYears(140); !born.isAfter(asOf.plusYears(2)); born = born.plusDays(1)) {
                int expected = java.time.Period.between(born, asOf).getYears();
                if (bulk.age(born.toEpochDay()) != expected) {
                    assertThat(bulk.age(born.toEpochDay())).as("born %s, as of %s", born, asOf).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void dayByArtisan_keepsEachArtisansDay_throughGrowth_andAnswersNoneForOthers() {
        DayByArtisan days = new DayByArtisan(2);
        for (long id = 1; id <= 5_000; id++) {
            days.put(ArtisanId.of(id * 64), LocalDate.of(1960, 1, 1).plusDays(id));
        }
        days.put(ArtisanId.of(64), LocalDate.of(1999, 9, 9));

        assertThat(days.get(ArtisanId.of(64))).isEqualTo(LocalDate.of(1999, 9, 9).toEpochDay());
        for (long id = 2; id <= 5_000; id++) {
            assertThat(days.get(ArtisanId.of(id * 64))).isEqualTo(LocalDate.of(1960, 1, 1).plusDays(id).toEpochDay());
        }
        assertThat(days.get(ArtisanId.of(65))).isEqualTo(DayByArtisan.NONE);
        assertThat(days.get(ArtisanId.of(64 * 5_001))).isEqualTo(DayByArtisan.NONE);
    }

    @Test
    void onePolicy_decidesAsDecideDoes_andSharesTheResultsOfArtisansWithoutHonors() {
        PriorityEvaluator.OnePolicy bulk = new PriorityEvaluator.OnePolicy(V2, ROUND);
        List<LocalDate> births = List.of(BORN, LocalDate.of(1990, 1, 1), LocalDate.of(1978, 9, 1), LocalDate.of(1978, 9, 2));
        List<List<Honor>> holdings = List.of(List.of(), List.of(gold(NAMED_2018)),
                List.of(revoked(gold(NAMED_2018), LocalDate.of(2019, 6, 1))));
        long id = 1;
        for (LocalDate born : births) {
            for (List<Honor> honors : holdings) {
                ArtisanId artisan = ArtisanId.of(id++);
                assertThat(bulk.decide(artisan, born, PriorityEvaluator.cite(honors))).isEqualTo(PriorityEvaluator.decide(V2, artisan, born, PriorityEvaluator.cite(honors), ROUND));
            }
        }
        // Born over a year after the date (age -1 by Period), then no birth date: two different results.
        LocalDate unborn = ROUND.plusYears(1).plusMonths(6);
        assertThat(bulk.decide(ARTISAN, unborn, List.of())).isEqualTo(PriorityEvaluator.decide(V2, ARTISAN, unborn, List.of(), ROUND));
        assertThat(bulk.decide(ARTISAN, null, List.of())).isEqualTo(PriorityEvaluator.decide(V2, ARTISAN, null, List.of(), ROUND));

        PriorityDecision first = bulk.decide(ArtisanId.of(100), LocalDate.of(1980, 1, 1), List.of());
        PriorityDecision sameAge = bulk.decide(ArtisanId.of(101), LocalDate.of(1980, 2, 1), List.of());
        assertThat(sameAge.artisanId()).isEqualTo(ArtisanId.of(101));
        assertThat(sameAge.results()).isSameAs(first.results());
    }

    @Test
    void age_isTheWholeYearsOfAPeriod_acrossLeapDaysMonthEndsAndBirthsAfterTheDate() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 9, 1));
        for (LocalDate asOf : dates) {
            for (LocalDate born = LocalDate.of(1976, 1, 1); born.isBefore(LocalDate.of(2026, 1, 1)); born = born.plusDays(13)) {
                assertThat(PriorityEvaluator.age(born, asOf)).as("born %s, as of %s", born, asOf)
                        .isEqualTo(java.time.Period.between(born, asOf).getYears());
            }
            for (LocalDate born : dates) {
                assertThat(PriorityEvaluator.age(born, asOf)).isEqualTo(java.time.Period.between(born, asOf).getYears());
            }
        }
    }
}
