package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme.ExpertNormalization;
import org.talentregistry.honor.ScoringScheme.VoteNormalization;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.ReviewerId;

class RankingCalculatorTest {
    private static final Instant T0 = Instant.parse("2018-04-01T01:00:00Z");
    private static final List<TieBreak> DEFAULT_RULES = ScoringScheme.zibo().tieBreaks();
    private static final HonorTier GOLD = new HonorTier("gold", "金牌工匠", 20, true);

    /** A scheme with one review item of 0-100 points, so that a total is its own percentage. */
    private static ScoringScheme scheme(String expertWeight, String voteWeight, ExpertNormalization expert,
            VoteNormalization vote, List<TieBreak> rules) {
        return new ScoringScheme(new BigDecimal(expertWeight), new BigDecimal(voteWeight),
                List.of(new ReviewItem("total", "总分", 100)), expert, vote, rules, 1);
    }

    private static ScoringScheme ziboWeights() {
        return scheme("0.85", "0.15", ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST, DEFAULT_RULES);
    }

    private static RankingCalculator.Candidate candidate(long id) {
        return candidate(id, T0, false);
    }

    private static RankingCalculator.Candidate candidate(long id, Instant submittedAt, boolean brushed) {
        return new RankingCalculator.Candidate(NominationId.of(id), ArtisanId.of(id), "工匠" + id, submittedAt, brushed);
    }

    private static ExpertScore score(long reviewer, long nominee, String points) {
        return new ExpertScore(ReviewerId.of(reviewer), NominationId.of(nominee),
                Map.of("total", new BigDecimal(points)), T0);
    }

    private static HonorTier tier(String code, int quota) {
        return new HonorTier(code, code + "工匠", quota, true);
    }

    private static Map<NominationId, Long> votes(long... idAndCount) {
        Map<NominationId, Long> tally = new HashMap<>();
        for (int i = 0; i < idAndCount.length; i += 2) {
            tally.put(NominationId.of(idAndCount[i]), idAndCount[i + 1]);
        }
        return tally;
    }

    private static RankedNominee of(List<RankedNominee> ranking, long id) {
        return ranking.stream().filter(n -> n.nominationId().equals(NominationId.of(id))).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<RankedNominee> ranking) {
        return ranking.stream().map(n -> n.nominationId().value()).toList();
    }

    /** Nominees 1..count, each scored 70 by one reviewer and given 10 votes: all composites equal. */
    private static List<RankedNominee> equalField(int count, List<HonorTier> tiers) {
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        List<ExpertScore> scores = new ArrayList<>();
        Map<NominationId, Long> tally = new HashMap<>();
        for (long id = 1; id <= count; id++) {
            candidates.add(candidate(id));
            scores.add(score(1, id, "70"));
            tally.put(NominationId.of(id), 10L);
        }
        return RankingCalculator.rank(ziboWeights(), tiers, null, candidates, scores, tally);
    }

    /** Nominees 1..count with strictly decreasing expert scores and no votes. */
    private static List<RankedNominee> distinctField(int count, List<HonorTier> tiers, Integer remainingCap) {
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        List<ExpertScore> scores = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            candidates.add(candidate(id));
            scores.add(score(1, id, Long.toString(100 - id)));
        }
        return RankingCalculator.rank(ziboWeights(), tiers, remainingCap, candidates, scores, Map.of());
    }

    // ---- composite and breakdown -----------------------------------------------------------------

    @Test
    void rank_composite_isExpertWeightTimesExpertPlusVoteWeightTimesVote_withBreakdown() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1), candidate(2)),
                List.of(score(1, 1, "80"), score(2, 1, "90"), score(1, 2, "70"), score(2, 2, "60")),
                votes(1, 300, 2, 600));

        RankedNominee first = of(ranking, 1);
        assertThat(first.expertComponent()).isEqualTo(new BigDecimal("85.0000"));
        assertThat(first.reviews()).isEqualTo(2);
        assertThat(first.votes()).isEqualTo(300);
        assertThat(first.voteComponent()).isEqualTo(new BigDecimal("50.0000"));
        // 0.85 × 85 + 0.15 × 50
        assertThat(first.composite()).isEqualTo(new BigDecimal("79.7500"));
        RankedNominee second = of(ranking, 2);
        assertThat(second.expertComponent()).isEqualByComparingTo("65");
        assertThat(second.voteComponent()).isEqualByComparingTo("100");
        // 0.85 × 65 + 0.15 × 100
        assertThat(second.composite()).isEqualByComparingTo("70.25");
        assertThat(ids(ranking)).containsExactly(1L, 2L);
        assertThat(ranking).extracting(RankedNominee::position).containsExactly(1, 2);
        assertThat(first.name()).isEqualTo("工匠1");
        assertThat(first.artisanId()).isEqualTo(ArtisanId.of(1));
    }

    @Test
    void rank_higherVoteShare_canOutrankHigherExpertScore() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1), candidate(2)), List.of(score(1, 1, "80"), score(1, 2, "79")),
                votes(1, 0, 2, 1000));

        // 1: 0.85 × 80 = 68; 2: 0.85 × 79 + 0.15 × 100 = 82.15
        assertThat(ids(ranking)).containsExactly(2L, 1L);
    }

    @Test
    void rank_expertNone_isEachReviewersTotalAsPercentOfTheItemsMaximum() {
        ScoringScheme scheme = new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                List.of(new ReviewItem("skill", "技能水平", 40), new ReviewItem("innovation", "创新成果", 10)),
                ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST, DEFAULT_RULES, 1);
        ExpertScore byFirst = new ExpertScore(ReviewerId.of(1), NominationId.of(1),
                Map.of("skill", new BigDecimal("36"), "innovation", new BigDecimal("9")), T0);
        ExpertScore bySecond = new ExpertScore(ReviewerId.of(2), NominationId.of(1),
                Map.of("skill", new BigDecimal("30"), "innovation", new BigDecimal("5")), T0);

        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null, List.of(candidate(1)),
                List.of(byFirst, bySecond), Map.of());

        // 45 of 50 = 90%, 35 of 50 = 70%: mean 80
        assertThat(ranking.get(0).expertComponent()).isEqualByComparingTo("80");
        assertThat(ranking.get(0).composite()).isEqualByComparingTo("68");
    }

    @Test
    void rank_expertComponent_isRoundedToFourDecimals() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null, List.of(candidate(1)),
                List.of(score(1, 1, "80"), score(2, 1, "80"), score(3, 1, "81")), Map.of());

        // (80 + 80 + 81) / 3 = 80.3333...
        assertThat(ranking.get(0).expertComponent()).isEqualTo(new BigDecimal("80.3333"));
    }

    @Test
    void rank_nomineeMissingOneReviewersScore_isAveragedOverTheScoresItHas() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1), candidate(2)),
                List.of(score(1, 1, "80"), score(2, 1, "60"), score(1, 2, "90")), Map.of());

        assertThat(of(ranking, 1).expertComponent()).isEqualByComparingTo("70");
        assertThat(of(ranking, 1).reviews()).isEqualTo(2);
        assertThat(of(ranking, 2).expertComponent()).isEqualByComparingTo("90");
        assertThat(of(ranking, 2).reviews()).isEqualTo(1);
    }

    @Test
    void rank_nomineeWithoutAnyScore_hasExpertComponentZero() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1)), List.of(), Map.of());

        assertThat(ranking.get(0).expertComponent()).isEqualByComparingTo("0");
        assertThat(ranking.get(0).reviews()).isZero();
    }

    @Test
    void rank_scoresOfNomineesNotInTheRunning_areIgnored() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1)), List.of(score(1, 1, "80"), score(1, 99, "10")), votes(1, 10, 99, 1000));

        assertThat(ranking).hasSize(1);
        assertThat(ranking.get(0).expertComponent()).isEqualByComparingTo("80");
        // Nominee 99 left the running after the vote: its votes stay in the scale (10 of the highest 1000).
        assertThat(ranking.get(0).voteComponent()).isEqualByComparingTo("1");
    }

    // ---- z-score ---------------------------------------------------------------------------------

    @Test
    void rank_zScore_isFiftyPlusTenZPerReviewer_thenTheMean() {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.Z_SCORE, VoteNormalization.RELATIVE_TO_HIGHEST,
                DEFAULT_RULES);

        // Reviewer 1: totals 90 and 70, mean 80, sd 10: z = +1 and -1, i.e. 60 and 40.
        // Reviewer 2: totals 50 and 50, sd 0: both 50.
        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2)),
                List.of(score(1, 1, "90"), score(1, 2, "70"), score(2, 1, "50"), score(2, 2, "50")), Map.of());

        assertThat(of(ranking, 1).expertComponent()).isEqualByComparingTo("55");
        assertThat(of(ranking, 2).expertComponent()).isEqualByComparingTo("45");
    }

    @Test
    void rank_zScore_removesAReviewersHarshness() {
        ScoringScheme scheme = scheme("1", "0", ExpertNormalization.Z_SCORE, VoteNormalization.RELATIVE_TO_HIGHEST,
                DEFAULT_RULES);

        // A lenient reviewer (91/89) and a harsh one (31/29) order the two nominees the same way.
        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2)),
                List.of(score(1, 1, "91"), score(1, 2, "89"), score(2, 1, "31"), score(2, 2, "29")), Map.of());

        assertThat(of(ranking, 1).expertComponent()).isEqualByComparingTo("60");
        assertThat(of(ranking, 2).expertComponent()).isEqualByComparingTo("40");
    }

    @Test
    void rank_zScoreOfAReviewerWhoGaveEveryoneTheSameTotal_isFifty() {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.Z_SCORE, VoteNormalization.RELATIVE_TO_HIGHEST,
                DEFAULT_RULES);

        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2), candidate(3)),
                List.of(score(1, 1, "77"), score(1, 2, "77"), score(1, 3, "77")), Map.of());

        assertThat(ranking).allSatisfy(n -> assertThat(n.expertComponent()).isEqualByComparingTo("50"));
    }

    @Test
    void rank_zScoreOfASingleScore_isFifty() {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.Z_SCORE, VoteNormalization.RELATIVE_TO_HIGHEST,
                DEFAULT_RULES);

        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null, List.of(candidate(1)),
                List.of(score(1, 1, "95")), Map.of());

        assertThat(ranking.get(0).expertComponent()).isEqualByComparingTo("50");
    }

    @Test
    void rank_zScoreAboveFive_isClippedToHundred_andBelowMinusFive_toZero() {
        ScoringScheme scheme = scheme("1", "0", ExpertNormalization.Z_SCORE, VoteNormalization.RELATIVE_TO_HIGHEST,
                DEFAULT_RULES);
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        List<ExpertScore> scores = new ArrayList<>();
        // Reviewer 1 gives nominee 1 a hundred and 29 others nothing: nominee 1's z is about +5.4.
        // Reviewer 2 gives nominee 1 nothing and the 29 others a hundred: nominee 1's z is about -5.4.
        for (long id = 1; id <= 30; id++) {
            candidates.add(candidate(id));
        }
        for (long id = 1; id <= 30; id++) {
            scores.add(score(1, id, id == 1 ? "100" : "0"));
        }
        List<RankedNominee> onlyLenient = RankingCalculator.rank(scheme, List.of(GOLD), null, candidates, scores,
                Map.of());
        assertThat(of(onlyLenient, 1).expertComponent()).isEqualByComparingTo("100");

        List<ExpertScore> harsh = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            harsh.add(score(2, id, id == 1 ? "0" : "100"));
        }
        List<RankedNominee> onlyHarsh = RankingCalculator.rank(scheme, List.of(GOLD), null, candidates, harsh,
                Map.of());
        assertThat(of(onlyHarsh, 1).expertComponent()).isEqualByComparingTo("0");
    }

    // ---- vote component --------------------------------------------------------------------------

    @Test
    void rank_voteRelativeToHighest_isVotesOverTheHighestCountTimesHundred() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1), candidate(2), candidate(3)), List.of(), votes(1, 100, 2, 300, 3, 600));

        assertThat(of(ranking, 1).voteComponent()).isEqualTo(new BigDecimal("16.6667"));
        assertThat(of(ranking, 2).voteComponent()).isEqualByComparingTo("50");
        assertThat(of(ranking, 3).voteComponent()).isEqualByComparingTo("100");
    }

    @Test
    void rank_voteShareOfTotal_isVotesOverAllCountedVotesTimesHundred() {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.NONE, VoteNormalization.SHARE_OF_TOTAL,
                DEFAULT_RULES);

        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2), candidate(3)), List.of(), votes(1, 100, 2, 300, 3, 600));

        assertThat(of(ranking, 1).voteComponent()).isEqualByComparingTo("10");
        assertThat(of(ranking, 2).voteComponent()).isEqualByComparingTo("30");
        assertThat(of(ranking, 3).voteComponent()).isEqualByComparingTo("60");
    }

    @Test
    void rank_nomineeAbsentFromTheTally_hasNoVotes() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null,
                List.of(candidate(1), candidate(2)), List.of(), votes(1, 50));

        assertThat(of(ranking, 2).votes()).isZero();
        assertThat(of(ranking, 2).voteComponent()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @EnumSource(VoteNormalization.class)
    void rank_noVotesAnywhere_givesVoteComponentZero(VoteNormalization normalization) {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.NONE, normalization, DEFAULT_RULES);

        List<RankedNominee> withZeros = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2)), List.of(score(1, 1, "80")), votes(1, 0, 2, 0));
        List<RankedNominee> withEmptyTally = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1), candidate(2)), List.of(score(1, 1, "80")), Map.of());

        for (List<RankedNominee> ranking : List.of(withZeros, withEmptyTally)) {
            assertThat(ranking).allSatisfy(n -> assertThat(n.voteComponent()).isEqualByComparingTo("0"));
            assertThat(of(ranking, 1).composite()).isEqualByComparingTo("68");
        }
    }

    // ---- vote brushing ---------------------------------------------------------------------------

    private static List<RankedNominee> brushingField(VoteNormalization normalization, boolean markFirst) {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.NONE, normalization, DEFAULT_RULES);
        return RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1, T0, markFirst), candidate(2), candidate(3)),
                List.of(score(1, 1, "80"), score(1, 2, "75"), score(1, 3, "70")),
                votes(1, 1000, 2, 500, 3, 250));
    }

    @ParameterizedTest
    @EnumSource(VoteNormalization.class)
    void rank_brushedNominee_hasVoteComponentZero(VoteNormalization normalization) {
        RankedNominee brushed = of(brushingField(normalization, true), 1);

        assertThat(brushed.votesBrushed()).isTrue();
        assertThat(brushed.voteComponent()).isEqualByComparingTo("0");
        assertThat(brushed.composite()).isEqualByComparingTo("68");
        assertThat(brushed.expertComponent()).isEqualByComparingTo("80");
    }

    @ParameterizedTest
    @EnumSource(VoteNormalization.class)
    void rank_markingOneNomineeBrushed_leavesOtherNomineesComponentsUnchanged(VoteNormalization normalization) {
        List<RankedNominee> unmarked = brushingField(normalization, false);
        List<RankedNominee> marked = brushingField(normalization, true);

        for (long id : new long[] {2, 3}) {
            assertThat(of(marked, id).votes()).isEqualTo(of(unmarked, id).votes());
            assertThat(of(marked, id).voteComponent()).isEqualTo(of(unmarked, id).voteComponent());
            assertThat(of(marked, id).expertComponent()).isEqualTo(of(unmarked, id).expertComponent());
            assertThat(of(marked, id).composite()).isEqualTo(of(unmarked, id).composite());
            assertThat(of(marked, id).votesBrushed()).isFalse();
        }
        assertThat(of(unmarked, 1).voteComponent()).isPositive();
    }

    @Test
    void rank_markingTheLeaderBrushed_dropsItBelowNomineesWithVotes() {
        // Unmarked: 1 = 68 + 15 = 83, 2 = 63.75 + 7.5 = 71.25, 3 = 59.5 + 3.75 = 63.25.
        // Marked: 1 = 68, so 2 (71.25) goes ahead of it.
        assertThat(ids(brushingField(VoteNormalization.RELATIVE_TO_HIGHEST, false))).containsExactly(1L, 2L, 3L);
        assertThat(ids(brushingField(VoteNormalization.RELATIVE_TO_HIGHEST, true))).containsExactly(2L, 1L, 3L);
    }

    /**
     * {@link RankedNominee#votes()} is documented as "the nominee's counted votes (zero when brushed)";
     * the calculator reports the raw tally of a brushed nominee instead.
     */

    @Test
    void rank_moreVotesTieBreak_countsABrushedNomineesVotesAsZero() {
        ScoringScheme scheme = scheme("1", "0", ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST,
                List.of(TieBreak.MORE_VOTES));

        List<RankedNominee> ranking = RankingCalculator.rank(scheme, List.of(GOLD), null,
                List.of(candidate(1, T0, true), candidate(2)), List.of(score(1, 1, "80"), score(1, 2, "80")),
                votes(1, 1000, 2, 10));

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(of(ranking, 1).tieBreak()).contains("more votes (10 vs 0)");
    }

    // ---- ties ------------------------------------------------------------------------------------

    /**
     * Nominee 1: expert 83, 400 of the highest 1000 votes; nominee 2: expert 80, 570 votes; both 76.55.
     * Nominee 3 leads with 100 and 1000 votes.
     */
    private static List<RankedNominee> tiedAtTheCutOff(List<TieBreak> rules, int quota) {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST,
                rules);
        return RankingCalculator.rank(scheme, List.of(tier("gold", quota)), null,
                List.of(candidate(1), candidate(2), candidate(3)),
                List.of(score(1, 1, "83"), score(1, 2, "80"), score(1, 3, "100")),
                votes(1, 400, 2, 570, 3, 1000));
    }

    @Test
    void rank_tieAtTheCutOff_defaultRules_higherExpertScoreWins() {
        List<RankedNominee> ranking = tiedAtTheCutOff(DEFAULT_RULES, 2);

        assertThat(of(ranking, 1).composite()).isEqualByComparingTo(of(ranking, 2).composite());
        assertThat(ids(ranking)).containsExactly(3L, 1L, 2L);
        assertThat(of(ranking, 1).selectedTier()).contains("gold");
        assertThat(of(ranking, 2).selectedTier()).isEmpty();
        assertThat(of(ranking, 2).waitlistPosition()).isEqualTo(1);
        assertThat(of(ranking, 2).tieBreak()).contains("higher expert score (83.0000 vs 80.0000)");
        assertThat(of(ranking, 1).tieBreak()).isEmpty();
        assertThat(of(ranking, 3).tieBreak()).isEmpty();
    }

    @Test
    void rank_tieAtTheCutOff_moreVotesFirst_moreVotesWins() {
        List<RankedNominee> ranking = tiedAtTheCutOff(List.of(TieBreak.MORE_VOTES, TieBreak.HIGHER_EXPERT_SCORE), 2);

        assertThat(ids(ranking)).containsExactly(3L, 2L, 1L);
        assertThat(of(ranking, 2).selectedTier()).contains("gold");
        assertThat(of(ranking, 1).selectedTier()).isEmpty();
        assertThat(of(ranking, 1).tieBreak()).contains("more votes (570 vs 400)");
    }

    @Test
    void rank_tieWithEqualExpertScores_defaultRules_earlierSubmissionWins() {
        Instant later = T0.plus(Duration.ofHours(3));
        // Nominee 1 has the lower id but submitted later: the submission decides, not the id.
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 1)), null,
                List.of(candidate(1, later, false), candidate(2, T0, false)),
                List.of(score(1, 1, "80"), score(1, 2, "80")), votes(1, 10, 2, 10));

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(of(ranking, 2).isSelected()).isTrue();
        assertThat(of(ranking, 1).tieBreak()).contains("earlier submission (2018-04-01 01:00:00 vs 2018-04-01 04:00:00)");
    }

    /** Two submissions within one second: the tie-break cites the fraction that tells them apart, not equal times. */
    @Test
    void rank_tieDecidedBySubmissionsWithinOneSecond_citesTheFractionThatDecided() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 1)), null,
                List.of(candidate(1, T0.plusMillis(300), false), candidate(2, T0, false)),
                List.of(score(1, 1, "80"), score(1, 2, "80")), votes(1, 10, 2, 10));

        assertThat(ids(ranking)).containsExactly(2L, 1L);
        assertThat(of(ranking, 1).tieBreak()).contains("earlier submission (2018-04-01 01:00:00 vs 2018-04-01 01:00:00.3)");
        assertThat(of(ranking, 1).tieBreakReason().orElseThrow().zh())
                .isEqualTo("申报较早（2018-04-01 01:00:00对2018-04-01 01:00:00.3）");
    }

    @Test
    void rank_tieWithEverythingEqual_earlierNominationIdWins() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 1)), null,
                List.of(candidate(2), candidate(1)), List.of(score(1, 1, "80"), score(1, 2, "80")),
                votes(1, 10, 2, 10));

        assertThat(ids(ranking)).containsExactly(1L, 2L);
        assertThat(of(ranking, 1).isSelected()).isTrue();
        assertThat(of(ranking, 2).tieBreak()).contains("earlier nomination (id 1 vs 2)");
    }

    @Test
    void rank_noTieBreakRules_nominationIdDecides() {
        ScoringScheme scheme = scheme("0.85", "0.15", ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST,
                List.of());

        List<RankedNominee> ranking = tiedAtTheCutOffWith(scheme);

        assertThat(ids(ranking)).containsExactly(3L, 1L, 2L);
        assertThat(of(ranking, 2).tieBreak()).contains("earlier nomination (id 1 vs 2)");
    }

    private static List<RankedNominee> tiedAtTheCutOffWith(ScoringScheme scheme) {
        return RankingCalculator.rank(scheme, List.of(tier("gold", 2)), null,
                List.of(candidate(2), candidate(1), candidate(3)),
                List.of(score(1, 1, "80"), score(1, 2, "83"), score(1, 3, "100")),
                votes(1, 570, 2, 400, 3, 1000));
    }

    @Test
    void rank_inputOrder_doesNotChangeTheRanking() {
        List<RankingCalculator.Candidate> candidates = List.of(candidate(1), candidate(2), candidate(3));
        List<ExpertScore> scores = List.of(score(1, 1, "83"), score(1, 2, "80"), score(1, 3, "100"));
        Map<NominationId, Long> tally = votes(1, 400, 2, 570, 3, 1000);

        List<RankedNominee> forward = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null, candidates, scores, tally);
        List<RankingCalculator.Candidate> reversedCandidates = new ArrayList<>(candidates);
        Collections.reverse(reversedCandidates);
        List<ExpertScore> reversedScores = new ArrayList<>(scores);
        Collections.reverse(reversedScores);
        List<RankedNominee> backward = RankingCalculator.rank(ziboWeights(), List.of(GOLD), null, reversedCandidates,
                reversedScores, tally);

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void rank_manyEqualCompositesAtTheCutOff_neverExceedTheQuota() {
        List<RankedNominee> ranking = equalField(10, List.of(tier("gold", 3)));

        assertThat(ranking).filteredOn(RankedNominee::isSelected).hasSize(3);
        assertThat(ids(ranking)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(ranking.subList(3, 10)).extracting(RankedNominee::waitlistPosition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ranking.get(0).tieBreak()).isEmpty();
        assertThat(ranking.subList(1, 10)).allSatisfy(n -> assertThat(n.tieBreak()).get().asString()
                .startsWith("earlier nomination"));
    }

    // ---- tiers, waitlist and cap -----------------------------------------------------------------

    @Test
    void rank_tiers_areFilledInOrder_thenTheRestFormAnOrderedWaitlist() {
        List<RankedNominee> ranking = distinctField(7, List.of(tier("gold", 2), tier("silver", 3)), null);

        assertThat(ranking).extracting(RankedNominee::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ranking).extracting(n -> n.selectedTier().orElse("-"))
                .containsExactly("gold", "gold", "silver", "silver", "silver", "-", "-");
        assertThat(ranking).extracting(RankedNominee::waitlistPosition).containsExactly(0, 0, 0, 0, 0, 1, 2);
        assertThat(ids(ranking)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void rank_fewerNomineesThanQuotas_selectsEveryone_withNoWaitlist() {
        List<RankedNominee> ranking = distinctField(3, List.of(tier("gold", 2), tier("silver", 3)), null);

        assertThat(ranking).extracting(n -> n.selectedTier().orElse("-")).containsExactly("gold", "gold", "silver");
        assertThat(ranking).allSatisfy(n -> assertThat(n.waitlistPosition()).isZero());
    }

    @Test
    void rank_programCap_limitsTheSelectionAcrossTiers() {
        List<RankedNominee> ranking = distinctField(7, List.of(tier("gold", 2), tier("silver", 3)), 3);

        assertThat(ranking).extracting(n -> n.selectedTier().orElse("-"))
                .containsExactly("gold", "gold", "silver", "-", "-", "-", "-");
        assertThat(ranking).extracting(RankedNominee::waitlistPosition).containsExactly(0, 0, 0, 1, 2, 3, 4);
    }

    @Test
    void rank_programCapBelowTheFirstTiersQuota_limitsThatTier() {
        List<RankedNominee> ranking = distinctField(4, List.of(tier("gold", 3), tier("silver", 3)), 1);

        assertThat(ranking).extracting(n -> n.selectedTier().orElse("-")).containsExactly("gold", "-", "-", "-");
    }

    @Test
    void rank_remainingCapZero_selectsNobody() {
        List<RankedNominee> ranking = distinctField(4, List.of(tier("gold", 2), tier("silver", 3)), 0);

        assertThat(ranking).noneMatch(RankedNominee::isSelected);
        assertThat(ranking).extracting(RankedNominee::waitlistPosition).containsExactly(1, 2, 3, 4);
    }

    @Test
    void rank_negativeRemainingCap_selectsNobody() {
        List<RankedNominee> ranking = distinctField(2, List.of(tier("gold", 2)), -5);

        assertThat(ranking).noneMatch(RankedNominee::isSelected);
    }

    @Test
    void rank_noCandidates_isEmpty() {
        assertThat(RankingCalculator.rank(ziboWeights(), List.of(GOLD), null, List.of(), List.of(), Map.of())).isEmpty();
    }

    @Test
    void rank_largeField_selectsExactlyTheQuotaAndWaitlistsTheRestInOrder() {
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        List<ExpertScore> scores = new ArrayList<>();
        Map<NominationId, Long> tally = new HashMap<>();
        for (long id = 1; id <= 150; id++) {
            candidates.add(candidate(id, T0.plusSeconds(id), false));
            scores.add(score(1, id, Long.toString(60 + id % 40)));
            scores.add(score(2, id, Long.toString(50 + id % 30)));
            tally.put(NominationId.of(id), id * 37 % 5000);
        }

        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(GOLD), 100, candidates, scores,
                tally);

        assertThat(ranking).hasSize(150);
        assertThat(ranking).filteredOn(RankedNominee::isSelected).hasSize(20);
        assertThat(ranking.subList(0, 20)).allMatch(RankedNominee::isSelected);
        assertThat(ranking.subList(20, 150)).extracting(RankedNominee::waitlistPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 130).boxed().toList());
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i).composite()).isLessThanOrEqualTo(ranking.get(i - 1).composite());
        }
    }

    @Test
    void rank_namedNominees_keepTheirTier_andTheOthersFillWhatIsLeft() {
        // Nominee 3 was named gold by an earlier decision; a later ranking puts 1 and 2 above it.
        List<RankingCalculator.Candidate> candidates = List.of(candidate(1), candidate(2),
                new RankingCalculator.Candidate(NominationId.of(3), ArtisanId.of(3), "工匠3", T0, false, Optional.of("gold")),
                candidate(4));
        List<ExpertScore> scores = List.of(score(1, 1, "95"), score(1, 2, "90"), score(1, 3, "85"), score(1, 4, "80"));

        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 2), tier("silver", 1)),
                (RankingCalculator.Cap) null, candidates, scores, Map.of(), java.time.ZoneOffset.UTC);

        assertThat(ranking).extracting(n -> n.nominationId().value(), n -> n.selectedTier().orElse("-")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "gold"), org.assertj.core.groups.Tuple.tuple(2L, "silver"),
                org.assertj.core.groups.Tuple.tuple(3L, "gold"), org.assertj.core.groups.Tuple.tuple(4L, "-"));
        assertThat(ranking.get(3).notSelectedBecause().orElseThrow().code())
                .isEqualTo(org.talentregistry.selection.SelectionMessage.TIER_QUOTAS_FILLED);
    }

    @Test
    void rank_notSelected_saysWhetherTheTierQuotasOrTheProgramCapLeftItOut() {
        List<RankingCalculator.Candidate> candidates = List.of(candidate(1), candidate(2), candidate(3));
        List<ExpertScore> scores = List.of(score(1, 1, "95"), score(1, 2, "90"), score(1, 3, "85"));

        List<RankedNominee> byQuota = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 1)),
                new RankingCalculator.Cap(100, 10, 2016), candidates, scores, Map.of(), java.time.ZoneOffset.UTC);
        List<RankedNominee> byCap = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 20)),
                new RankingCalculator.Cap(100, 99, 2016), candidates, scores, Map.of(), java.time.ZoneOffset.UTC);
        List<RankedNominee> capUsedUp = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 20)),
                new RankingCalculator.Cap(100, 100, 2016), candidates, scores, Map.of(), java.time.ZoneOffset.UTC);

        assertThat(byQuota.get(1).notSelectedBecause().orElseThrow().en()).isEqualTo("tier quotas filled: gold工匠 1 of 1");
        assertThat(byQuota.get(1).notSelectedBecause().orElseThrow().zh()).isEqualTo("各档次名额已满：gold工匠1名已满");
        assertThat(byCap.get(0).isSelected()).isTrue();
        assertThat(byCap.get(0).notSelectedBecause()).isEmpty();
        assertThat(byCap.get(1).notSelectedBecause().orElseThrow().en())
                .isEqualTo("program cap of 100: 99 granted since 2016; the 1 places left go to those ranked above");
        assertThat(capUsedUp).noneMatch(RankedNominee::isSelected);
        assertThat(capUsedUp.get(0).notSelectedBecause().orElseThrow().en())
                .isEqualTo("program cap of 100 reached: 100 granted since 2016");
        assertThat(capUsedUp.get(0).notSelectedBecause().orElseThrow().zh()).isEqualTo("项目总名额100名已满：2016年以来已命名100名");
    }

    @Test
    void tieBreakReasons_renderInChineseAndEnglish() {
        List<RankedNominee> ranking = RankingCalculator.rank(ziboWeights(), List.of(tier("gold", 1)), null,
                List.of(candidate(1), candidate(2)), List.of(score(1, 1, "80"), score(1, 2, "80")), Map.of());

        assertThat(ranking.get(1).tieBreakReason().orElseThrow().en()).isEqualTo("earlier nomination (id 1 vs 2)");
        assertThat(ranking.get(1).tieBreakReason().orElseThrow().zh()).isEqualTo("推荐编号较小（1对2）");
    }
}
