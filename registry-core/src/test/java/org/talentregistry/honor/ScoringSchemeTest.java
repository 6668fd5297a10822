package org.talentregistry.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.honor.ScoringScheme.ExpertNormalization;
import org.talentregistry.honor.ScoringScheme.VoteNormalization;

class ScoringSchemeTest {
    private static final List<ReviewItem> ITEMS = List.of(new ReviewItem("skill", "技能水平", 60),
            new ReviewItem("innovation", "创新成果", 40));

    private static ScoringScheme scheme(String expertWeight, String voteWeight) {
        return new ScoringScheme(new BigDecimal(expertWeight), new BigDecimal(voteWeight), ITEMS, ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, List.of(TieBreak.HIGHER_EXPERT_SCORE), 1);
    }

    private static InvalidFieldException refusal(Executable construction) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, construction::execute);
        assertThat(e).as("construction should be refused").isNotNull();
        return e;
    }

    @Test
    void zibo_isExpert85Vote15_withThreeItemsOfHundredPoints() {
        ScoringScheme zibo = ScoringScheme.zibo();

        assertThat(zibo.expertWeight()).isEqualByComparingTo("0.85");
        assertThat(zibo.voteWeight()).isEqualByComparingTo("0.15");
        assertThat(zibo.items()).extracting(ReviewItem::code, ReviewItem::maxPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("skill", 40),
                        org.assertj.core.groups.Tuple.tuple("innovation", 30),
                        org.assertj.core.groups.Tuple.tuple("contribution", 30));
        assertThat(zibo.maxTotal()).isEqualTo(100);
        assertThat(zibo.expertNormalization()).isEqualTo(ExpertNormalization.NONE);
        assertThat(zibo.voteNormalization()).isEqualTo(VoteNormalization.RELATIVE_TO_HIGHEST);
        assertThat(zibo.tieBreaks()).containsExactly(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION);
        assertThat(zibo.minimumReviews()).isEqualTo(1);
    }

    @Test
    void maxTotal_isTheSumOfTheItemsMaxima() {
        assertThat(scheme("0.7", "0.3").maxTotal()).isEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource({"0.85, 0.15", "1, 0", "0, 1", "0.850, 0.15", "0.5, 0.50"})
    void constructor_weightsSummingToOne_areAccepted(String expert, String vote) {
        assertThat(scheme(expert, vote).expertWeight()).isEqualByComparingTo(expert);
    }

    @ParameterizedTest
    @CsvSource({"0.8, 0.15", "0.85, 0.16", "1.1, -0.1", "-0.5, 1.5", "0, 0", "1, 1"})
    void constructor_weightsNotNonNegativeOrNotSummingToOne_areRefusedNamingScoringWeights(String expert, String vote) {
        InvalidFieldException e = refusal(() -> scheme(expert, vote));

        assertThat(e.getField()).isEqualTo("scoring.weights");
        assertThat(e.getProblem()).contains(expert).contains(vote);
    }

    @Test
    void constructor_noItems_isRefusedNamingScoringItems() {
        assertThat(refusal(() -> new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO, List.of(), ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, List.of(), 1)).getField()).isEqualTo("scoring.items");
    }

    @Test
    void constructor_duplicateItemCode_isRefusedNamingScoringItems() {
        InvalidFieldException e = refusal(() -> new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO,
                List.of(new ReviewItem("skill", "技能水平", 40), new ReviewItem("skill", "技能", 60)), ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, List.of(), 1));

        assertThat(e.getField()).isEqualTo("scoring.items");
        assertThat(e.getProblem()).contains("skill");
    }

    @Test
    void constructor_repeatedTieBreak_isRefusedNamingScoringTieBreaks() {
        assertThat(refusal(() -> new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO, ITEMS, ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, List.of(TieBreak.MORE_VOTES, TieBreak.MORE_VOTES), 1)).getField())
                .isEqualTo("scoring.tieBreaks");
    }

    @Test
    void constructor_minimumReviewsBelowOne_isRefusedNamingScoringMinimumReviews() {
        assertThat(refusal(() -> new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO, ITEMS, ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, List.of(), 0)).getField()).isEqualTo("scoring.minimumReviews");
    }

    @Test
    void constructor_noTieBreaks_isAccepted() {
        assertThat(new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO, ITEMS, ExpertNormalization.Z_SCORE,
                VoteNormalization.SHARE_OF_TOTAL, List.of(), 3).tieBreaks()).isEmpty();
    }

    @Test
    void listsAreCopied_andUnmodifiable() {
        List<ReviewItem> items = new ArrayList<>(ITEMS);
        List<TieBreak> rules = new ArrayList<>(List.of(TieBreak.MORE_VOTES));
        ScoringScheme scheme = new ScoringScheme(BigDecimal.ONE, BigDecimal.ZERO, items, ExpertNormalization.NONE,
                VoteNormalization.RELATIVE_TO_HIGHEST, rules, 1);

        items.add(new ReviewItem("extra", "附加", 10));
        rules.add(TieBreak.EARLIER_SUBMISSION);

        assertThat(scheme.items()).hasSize(2);
        assertThat(scheme.tieBreaks()).containsExactly(TieBreak.MORE_VOTES);
        assertThatThrownBy(() -> scheme.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void zibo_isEqualEachTime() {
        assertThat(ScoringScheme.zibo()).isEqualTo(ScoringScheme.zibo()).hasSameHashCodeAs(ScoringScheme.zibo());
    }

    @Test
    void tieBreaks_eachHaveAChineseNameOfTheirOwn() {
        assertThat(java.util.Arrays.stream(TieBreak.values()).map(TieBreak::chineseName))
                .containsExactly("专家评审得分高者在前", "得票多者在前", "申报提交早者在前");
    }
}
