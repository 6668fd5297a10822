package org.talentregistry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;

class RankingTest {
    private static final BigDecimal EXPERT_WEIGHT = new BigDecimal("0.85");
    private static final BigDecimal VOTE_WEIGHT = new BigDecimal("0.15");

    private static RankedNominee nominee(int position, String tier, int waitlist) {
        return new RankedNominee(position, NominationId.of(position), ArtisanId.of(position), "工匠" + position,
                new BigDecimal("80.0000"), 3, 100, false, new BigDecimal("50.0000"), new BigDecimal("75.5000"),
                Optional.ofNullable(tier), waitlist, Optional.empty(), Optional.empty());
    }

    private static Ranking ranking() {
        return new Ranking(RoundId.of(1), false, EXPERT_WEIGHT, VOTE_WEIGHT, List.of(nominee(1, "gold", 0),
                nominee(2, "gold", 0), nominee(3, "craftsman", 0), nominee(4, null, 1), nominee(5, null, 2)));
    }

    private static List<Integer> positions(List<RankedNominee> nominees) {
        return nominees.stream().map(RankedNominee::position).toList();
    }

    @Test
    void selected_isEverySelectedNominee_bestFirst() {
        assertThat(positions(ranking().selected())).containsExactly(1, 2, 3);
    }

    @Test
    void selectedForATier_isThatTiersNominees_only() {
        assertThat(positions(ranking().selected("gold"))).containsExactly(1, 2);
        assertThat(positions(ranking().selected("craftsman"))).containsExactly(3);
        assertThat(ranking().selected("silver")).isEmpty();
    }

    @Test
    void waitlist_isTheUnselectedNominees_inOrder() {
        assertThat(ranking().waitlist()).extracting(RankedNominee::waitlistPosition).containsExactly(1, 2);
        assertThat(positions(ranking().waitlist())).containsExactly(4, 5);
    }

    @Test
    void nominees_areCopiedAndUnmodifiable() {
        List<RankedNominee> nominees = new ArrayList<>(List.of(nominee(1, "gold", 0)));
        Ranking ranking = new Ranking(RoundId.of(1), true, EXPERT_WEIGHT, VOTE_WEIGHT, nominees);

        nominees.add(nominee(2, null, 1));

        assertThat(ranking.nominees()).hasSize(1);
        assertThatThrownBy(() -> ranking.nominees().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranking.selected().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void explain_hasOneLinePerNominee() {
        Ranking ranking = ranking();

        assertThat(ranking.explain().lines()).hasSize(5);
        assertThat(ranking.explain().lines().toList().get(3))
                .isEqualTo(ranking.nominees().get(3).explain(EXPERT_WEIGHT, VOTE_WEIGHT));
    }

    @Test
    void explain_emptyRanking_isEmpty() {
        assertThat(new Ranking(RoundId.of(1), true, EXPERT_WEIGHT, VOTE_WEIGHT, List.of()).explain()).isEmpty();
    }

    @Test
    void rankedNomineeExplain_selected_showsTheBreakdownAndTheTier() {
        RankedNominee nominee = new RankedNominee(3, NominationId.of(7), ArtisanId.of(7), "王建国", new BigDecimal("88.5000"),
                4, 5210, false, new BigDecimal("72.1000"), new BigDecimal("86.0400"), Optional.of("gold"), 0,
                Optional.empty(), Optional.empty());

        assertThat(nominee.isSelected()).isTrue();
        assertThat(nominee.explain(EXPERT_WEIGHT, VOTE_WEIGHT)).isEqualTo(
                "#3 王建国: 0.85 × 88.5000 (4 reviews) + 0.15 × 72.1000 (5210 votes) = 86.0400; selected: gold");
    }

    @Test
    void rankedNomineeExplain_waitlisted_showsTheWaitlistPlaceAndTheTieBreak() {
        RankedNominee nominee = new RankedNominee(21, NominationId.of(9), ArtisanId.of(9), "李秀英", new BigDecimal("80.0000"),
                5, 400, false, new BigDecimal("40.0000"), new BigDecimal("74.0000"), Optional.empty(), 1,
                Optional.of(Message.of(SelectionMessage.TIE_HIGHER_EXPERT_SCORE, new BigDecimal("83.0000"),
                        new BigDecimal("80.0000"))), Optional.empty());

        assertThat(nominee.isSelected()).isFalse();
        assertThat(nominee.explain(EXPERT_WEIGHT, VOTE_WEIGHT)).isEqualTo(
                "#21 李秀英: 0.85 × 80.0000 (5 reviews) + 0.15 × 40.0000 (400 votes) = 74.0000; waitlist #1;"
                        + " tie broken by higher expert score (83.0000 vs 80.0000)");
    }

    @Test
    void rankedNomineeExplain_brushed_saysTheVotesCountAsZero() {
        RankedNominee nominee = new RankedNominee(2, NominationId.of(4), ArtisanId.of(4), "赵刚", new BigDecimal("90.0000"),
                3, 12000, true, new BigDecimal("0.0000"), new BigDecimal("76.5000"), Optional.of("gold"), 0,
                Optional.empty(), Optional.empty());

        assertThat(nominee.explain(EXPERT_WEIGHT, VOTE_WEIGHT)).contains("(12000 votes received, 0 counted: brushed)")
                .contains("0.15 × 0.0000");
    }

    @Test
    void rankedNomineeExplain_largeCounts_areNotFormattedByTheDefaultLocale() {
        RankedNominee nominee = new RankedNominee(1, NominationId.of(1), ArtisanId.of(1), "王建国", new BigDecimal("1.5"),
                1, 440000, false, new BigDecimal("2.25"), new BigDecimal("1.6125"), Optional.of("gold"), 0,
                Optional.empty(), Optional.empty());

        assertThat(nominee.explain(EXPERT_WEIGHT, VOTE_WEIGHT)).contains("440000 votes").contains("× 1.5 ")
                .contains("× 2.25 ").doesNotContain("1,5").doesNotContain("440.000");
    }
}
