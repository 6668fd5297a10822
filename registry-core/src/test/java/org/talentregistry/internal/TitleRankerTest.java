package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.title.PriorityFixtures.CHIEF;
import static org.talentregistry.title.PriorityFixtures.agedAtMost45;
import static org.talentregistry.title.PriorityFixtures.gold;
import static org.talentregistry.title.PriorityFixtures.holdsGold;
import static org.talentregistry.title.PriorityFixtures.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleText;

class TitleRankerTest {
    private static final LocalDate ROUND = LocalDate.of(2023, 9, 1);
    private static final Instant T0 = Instant.parse("2023-06-01T01:00:00Z");
    private static final LocalDate AGED_40 = LocalDate.of(1983, 3, 1);
    private static final LocalDate AGED_50 = LocalDate.of(1973, 3, 1);
    private static final String HONOR_RULE = "holds the Zibo Gold Medal Craftsman honor";
    private static final PriorityPolicy HONOR_ONLY = policy("0", holdsGold());
    private static final PriorityPolicy HONOR_THEN_AGE = policy("0", holdsGold(), agedAtMost45());

    /** One applicant as the ranker sees it; each test changes only what it is about. */
    private record Applicant(long id, String score, boolean honor, LocalDate born, Instant appliedAt, String region,
            Outcome outcome) {
        Applicant withHonor() {
            return new Applicant(id, score, true, born, appliedAt, region, outcome);
        }

        Applicant born(LocalDate date) {
            return new Applicant(id, score, honor, date, appliedAt, region, outcome);
        }

        Applicant appliedAt(Instant at) {
            return new Applicant(id, score, honor, born, at, region, outcome);
        }

        Applicant in(String regionCode) {
            return new Applicant(id, score, honor, born, appliedAt, regionCode, outcome);
        }

        Applicant ageCriterion(Outcome result) {
            return new Applicant(id, score, honor, born, appliedAt, region, result);
        }

        TitleRanker.Entry entry(PriorityPolicy policy) {
            List<Honor> honors = honor ? List.of(gold(LocalDate.of(2018, 4, 28))) : List.of();
            TitleApplication application = new TitleApplication(TitleRoundId.of(1), ArtisanId.of(id), new BigDecimal(score),
                    Declarations.inServiceWithCleanRecord(), appliedAt);
            Verdict verdict = new Verdict(ROUND, List.of(
                    new CriterionResult("level", "skill level at or above 技师 (hard)", Outcome.MET, "level 技师", Optional.empty()),
                    new CriterionResult("age", "aged 50 or under", outcome, "aged ? on " + ROUND, Optional.empty())));
            return new TitleRanker.Entry(application, "工匠" + id, region, verdict,
                    PriorityEvaluator.decide(policy, ArtisanId.of(id), born, PriorityEvaluator.cite(honors), ROUND));
        }
    }

    /** Applicant {@code id}, aged 50, without honor, in Zhangdian, eligible, applying {@code id} minutes after T0. */
    private static Applicant applicant(long id, String score) {
        return new Applicant(id, score, false, AGED_50, T0.plusSeconds(60 * id), "370303", Outcome.MET);
    }

    private static TechnicianTitle title(int roundCap, Map<String, Integer> cityQuotas) {
        return new TechnicianTitle(CHIEF, "淄博市首席技师", List.of(), roundCap, Optional.of(2), Optional.of(4), cityQuotas);
    }

    private static List<RankedApplicant> rank(PriorityPolicy policy, Applicant... applicants) {
        return rank(title(30, Map.of()), policy, applicants);
    }

    private static List<RankedApplicant> rank(TechnicianTitle title, PriorityPolicy policy, Applicant... applicants) {
        List<TitleRanker.Entry> entries = new ArrayList<>();
        for (Applicant a : applicants) {
            entries.add(a.entry(policy));
        }
        return TitleRanker.rank(title, policy, entries);
    }

    private static List<Long> ids(List<RankedApplicant> ranking) {
        return ranking.stream().map(r -> r.artisanId().value()).toList();
    }

    private static RankedApplicant of(List<RankedApplicant> ranking, long id) {
        return ranking.stream().filter(r -> r.artisanId().value() == id).findFirst().orElseThrow();
    }

    @Test
    void rank_equalScores_priorityHolderFirst() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(1, "90"), applicant(2, "90").withHonor());

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(ranking).extracting(RankedApplicant::position).containsExactly(1, 2);
        assertThat(of(ranking, 2).note()).isEmpty();
        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("equal score").contains("priority to the applicant above").contains(HONOR_RULE));
    }

    @Test
    void rank_equalScoresWrittenDifferently_areEqual() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(1, "90.0"), applicant(2, "90").withHonor());

        assertThat(ids(ranking)).containsExactly(2L, 1L);
    }

    @Test
    void rank_betterScoreWithoutPriority_staysAboveWorseScoreWithPriority() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(1, "90.01"), applicant(2, "90").withHonor(),
                applicant(3, "85").withHonor());

        assertThat(ids(ranking)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void rank_withinTolerance_scoresTieAndPriorityDecides() {
        PriorityPolicy tolerant = policy("0.5", holdsGold());

        List<RankedApplicant> ranking = rank(tolerant, applicant(1, "90.0"), applicant(2, "89.6").withHonor(),
                applicant(3, "89.0").withHonor());

        assertThat(ids(ranking)).containsExactly(2L, 1L, 3L);
        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("equal score within 0.5").contains(HONOR_RULE));
    }

    @Test
    void rank_toleranceBoundary_isInclusive() {
        PriorityPolicy tolerant = policy("0.5", holdsGold());

        assertThat(ids(rank(tolerant, applicant(1, "90.0"), applicant(2, "89.5").withHonor()))).containsExactly(2L, 1L);
        assertThat(ids(rank(tolerant, applicant(1, "90.0"), applicant(2, "89.49").withHonor()))).containsExactly(1L, 2L);
    }

    /**
     * 89.0 is within the tolerance of 89.5, the applicant above it, but more than the tolerance below 90.0, the
     * best of that group: that is why its priority does not lift it, and the note says so rather than call 89.0 a
     * lower score than 89.5, which the policy counts as equal.
     */
    @Test
    void rank_firstOfAGroupWithinToleranceOfTheOneAbove_citesTheBestScoreOfTheGroupAbove() {
        PriorityPolicy tolerant = policy("0.5", holdsGold());

        List<RankedApplicant> ranking = rank(tolerant, applicant(1, "90.0"), applicant(2, "89.5"),
                applicant(3, "89.0").withHonor());

        assertThat(ids(ranking)).containsExactly(1L, 2L, 3L);
        assertThat(of(ranking, 3).reason()).map(m -> m.code()).contains(TitleText.LOWER_SCORE_BEYOND_TOLERANCE);
        assertThat(of(ranking, 3).note()).contains("score 89.0 is more than 0.5 below 90.0, the best score of the group"
                + " above, so not equal to it; priority applies only among equal scores");
        assertThat(of(ranking, 3).note(Locale.CHINESE)).contains("得分 89.0 比上一组最高分 90.0 低 0.5 分以上，不视为相同；"
                + "优先条件只在同等条件下适用");
    }

    @Test
    void rank_withinToleranceSamePriority_higherScoreFirst() {
        PriorityPolicy tolerant = policy("0.5", holdsGold());

        List<RankedApplicant> ranking = rank(tolerant, applicant(1, "89.6"), applicant(2, "90.0"));

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n).contains("higher score above"));
    }

    @Test
    void rank_ineligibleApplicantWithHonor_staysIneligibleAndIsNeverSelected() {
        Applicant ineligible = applicant(1, "99").withHonor().ageCriterion(Outcome.NOT_MET);

        List<RankedApplicant> ranking = rank(title(1, Map.of()), HONOR_ONLY, ineligible, applicant(2, "80"),
                applicant(3, "70"));

        assertThat(ids(ranking)).containsExactly(2L, 3L, 1L);
        RankedApplicant i = of(ranking, 1);
        assertThat(i.position()).isZero();
        assertThat(i.selected()).isFalse();
        assertThat(i.verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(i.priority().hasPriority()).isTrue();
        assertThat(i.note()).hasValueSatisfying(n -> assertThat(n).contains("ineligible"));
        assertThat(of(ranking, 2).selected()).isTrue();
        assertThat(of(ranking, 2).position()).isEqualTo(1);
    }

    @Test
    void rank_ineligibleApplicantsOnly_nobodySelected() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(1, "99").withHonor().ageCriterion(Outcome.NOT_MET));

        assertThat(ranking).singleElement().satisfies(r -> {
            assertThat(r.position()).isZero();
            assertThat(r.selected()).isFalse();
        });
    }

    @Test
    void rank_softFlaggedApplicant_isRankedAndSelectable() {
        Applicant flagged = applicant(1, "95").ageCriterion(Outcome.FLAGGED);

        List<RankedApplicant> ranking = rank(title(1, Map.of()), HONOR_ONLY, flagged, applicant(2, "90"));

        RankedApplicant f = of(ranking, 1);
        assertThat(f.verdict().status()).isEqualTo(Eligibility.NEEDS_REVIEW);
        assertThat(f.position()).isEqualTo(1);
        assertThat(f.selected()).isTrue();
        assertThat(of(ranking, 2).selected()).isFalse();
    }

    @Test
    void rank_twoConditions_honorFirstThenAge() {
        Applicant youngOnly = applicant(1, "90").born(AGED_40);
        Applicant honorOnly = applicant(2, "90").withHonor();
        Applicant neither = applicant(3, "90");
        Applicant both = applicant(4, "90").withHonor().born(AGED_40);

        List<RankedApplicant> ranking = rank(HONOR_THEN_AGE, neither, youngOnly, honorOnly, both);

        assertThat(ids(ranking)).containsExactly(4L, 2L, 1L, 3L);
        assertThat(of(ranking, 2).note()).hasValueSatisfying(n -> assertThat(n).endsWith("aged 45 or under"));
        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n).endsWith(HONOR_RULE));
        assertThat(of(ranking, 3).note()).hasValueSatisfying(n -> assertThat(n).endsWith("aged 45 or under"));
    }

    @Test
    void rank_equalScoreAndPriority_earlierApplicationFirst() {
        Applicant later = applicant(1, "90").appliedAt(T0.plusSeconds(7200));
        Applicant earlier = applicant(2, "90").appliedAt(T0.plusSeconds(3600));

        List<RankedApplicant> ranking = rank(HONOR_ONLY, later, earlier);

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("same priority").contains("final tie-break").contains("earlier application"));
    }

    @Test
    void rank_equalScorePriorityAndApplicationTime_lowerArtisanIdFirst() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(5, "90").appliedAt(T0), applicant(3, "90").appliedAt(T0));

        assertThat(ids(ranking)).containsExactly(3L, 5L);
    }

    /** Both applied at the same instant, so the artisan id decided: the note must not claim an earlier application. */
    @Test
    void rank_tieBrokenByArtisanId_noteSaysSo() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(5, "90").appliedAt(T0), applicant(3, "90").appliedAt(T0));

        assertThat(of(ranking, 5).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("final tie-break").doesNotContain("earlier application"));
    }

    @Test
    void rank_roundCap_selectsOnlyUpToTheCap() {
        List<RankedApplicant> ranking = rank(title(2, Map.of()), HONOR_ONLY, applicant(1, "95"), applicant(2, "94"),
                applicant(3, "93"), applicant(4, "92"));

        assertThat(ranking).extracting(RankedApplicant::selected).containsExactly(true, true, false, false);
        assertThat(ranking).extracting(RankedApplicant::position).containsExactly(1, 2, 3, 4);
        assertThat(of(ranking, 3).note()).hasValueSatisfying(n -> assertThat(n).contains("round cap of 2"));
        assertThat(of(ranking, 4).note()).hasValueSatisfying(n -> assertThat(n).contains("round cap of 2"));
    }

    @Test
    void rank_roundCapFallingInATie_priorityHolderTakesTheLastPlace() {
        List<RankedApplicant> ranking = rank(title(2, Map.of()), HONOR_ONLY, applicant(1, "95"), applicant(2, "90"),
                applicant(3, "90").withHonor());

        assertThat(ranking.stream().filter(RankedApplicant::selected).map(r -> r.artisanId().value())).containsExactly(1L, 3L);
    }

    /**
     * At the cap, the applicant left out by a tie wants to know both why not selected and why the other one went
     * above: the note keeps the priority condition beside the cap.
     */
    @Test
    void rank_leftOutByATieAtTheCap_noteNamesTheCapAndThePriority() {
        List<RankedApplicant> ranking = rank(title(1, Map.of()), HONOR_ONLY, applicant(1, "90"), applicant(2, "90").withHonor());

        assertThat(of(ranking, 1).note()).hasValueSatisfying(n -> assertThat(n)
                .contains("round cap of 1").contains(HONOR_RULE));
        assertThat(of(ranking, 1).note(Locale.CHINESE)).contains(
                "未入选：本次评选名额 1 名已满；此外，得分相同；上一名同等条件下优先：持有淄博金牌工匠称号");
        assertThat(of(ranking, 1).reason().orElseThrow().code()).isEqualTo(TitleText.BOTH);
    }

    @Test
    void rank_everyReason_isACodeThatSpeaksChineseAndEnglish() {
        List<RankedApplicant> ranking = rank(title(2, Map.of()), HONOR_ONLY, applicant(1, "91"), applicant(2, "90").withHonor(),
                applicant(3, "90"), applicant(4, "90").appliedAt(T0), applicant(5, "80").ageCriterion(Outcome.NOT_MET));

        assertThat(ranking).extracting(r -> r.reason().map(m -> m.code()).orElse(null))
                .containsExactly(null, TitleText.LOWER_SCORE, TitleText.BOTH, TitleText.BOTH, TitleText.INELIGIBLE);
        assertThat(of(ranking, 2).note(Locale.CHINESE)).contains("得分低于上一名（90 对 91）；优先条件只在同等条件下适用");
        assertThat(of(ranking, 2).note()).contains("lower score than the applicant above (90 vs 91); priority applies only"
                + " among equal scores");
        assertThat(of(ranking, 3).note(Locale.CHINESE)).contains("未入选：本次评选名额 2 名已满；此外，得分相同，优先条件相同；"
                + "最终以申报时间较早者在前");
        assertThat(of(ranking, 5).note(Locale.SIMPLIFIED_CHINESE)).contains("不符合资格条件：优先条件不适用");
        assertThat(of(ranking, 5).note(Locale.GERMAN)).contains("ineligible: priority does not apply");
    }

    @Test
    void rank_withinToleranceReasons_nameTheTolerance_inBothLanguages() {
        PriorityPolicy tolerant = policy("0.5", holdsGold());
        List<RankedApplicant> ranking = rank(tolerant, applicant(1, "90.4"), applicant(2, "90").withHonor(), applicant(3, "89.9"));

        assertThat(of(ranking, 1).reason().orElseThrow().code()).isEqualTo(TitleText.PRIORITY_ABOVE_WITHIN);
        assertThat(rank(tolerant, applicant(1, "90.4"), applicant(2, "90").withHonor(), applicant(3, "89.9")))
                .as("the same applicants rank into an equal ranking").isEqualTo(ranking);
        assertThat(of(ranking, 1).note(Locale.CHINESE)).contains("得分相差不超过 0.5，视为相同；上一名同等条件下优先：持有淄博金牌工匠称号");
        assertThat(of(ranking, 3).reason().orElseThrow().code()).isEqualTo(TitleText.HIGHER_SCORE_WITHIN);
        assertThat(of(ranking, 3).note()).contains("equal score within 0.5, same priority; higher score above");
    }

    /** A priority holder placed under a better score without priority: the note says the score decided. */
    @Test
    void rank_priorityHolderBelowABetterScore_noteSaysTheScoreDecided() {
        List<RankedApplicant> ranking = rank(HONOR_ONLY, applicant(1, "91"), applicant(2, "90").withHonor());

        assertThat(of(ranking, 2).note()).hasValueSatisfying(n -> assertThat(n).contains("score"));
    }

    @Test
    void rank_cityQuota_byTheFourDigitPrefix() {
        TechnicianTitle provincial = title(30, Map.of("3703", 1));

        List<RankedApplicant> ranking = rank(provincial, HONOR_ONLY, applicant(1, "95").in("370303"),
                applicant(2, "94").in("370302"), applicant(3, "93").in("370102"), applicant(4, "92").in("370104"));

        assertThat(ranking).extracting(RankedApplicant::selected).containsExactly(true, false, true, true);
        assertThat(ranking).extracting(RankedApplicant::position).containsExactly(1, 2, 3, 4);
        assertThat(of(ranking, 2).note()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("not selected: the quota of 1 for city 370300 is reached; "));
        assertThat(of(ranking, 2).note(Locale.CHINESE)).hasValueSatisfying(n -> assertThat(n)
                .startsWith("未入选：市（区划代码 370300）的名额 1 名已满；此外，得分低于上一名（94 对 95）"));
        assertThat(((org.talentregistry.Message) of(ranking, 2).reason().orElseThrow().args().get(0)).code())
                .isEqualTo(TitleText.CITY_QUOTA_REACHED);
    }

    @Test
    void rank_cityQuotaSkip_doesNotUseUpTheRoundCap() {
        TechnicianTitle provincial = title(2, Map.of("3703", 1));

        List<RankedApplicant> ranking = rank(provincial, HONOR_ONLY, applicant(1, "95").in("370303"),
                applicant(2, "94").in("370302"), applicant(3, "93").in("370102"), applicant(4, "92").in("370104"));

        assertThat(ranking).extracting(RankedApplicant::selected).containsExactly(true, false, true, false);
        assertThat(of(ranking, 4).note()).hasValueSatisfying(n -> assertThat(n).contains("round cap of 2"));
    }

    @Test
    void rank_cityQuotaInATie_priorityDecidesWhoTakesIt() {
        TechnicianTitle provincial = title(30, Map.of("3703", 1));

        List<RankedApplicant> ranking = rank(provincial, HONOR_ONLY, applicant(1, "90").in("370303"),
                applicant(2, "90").withHonor().in("370302"));

        assertThat(of(ranking, 2).selected()).isTrue();
        assertThat(of(ranking, 1).selected()).isFalse();
    }
}
