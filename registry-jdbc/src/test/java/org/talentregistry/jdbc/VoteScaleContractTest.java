package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.StagePlan;

/**
 * A nominee who leaves the running after the vote (objection upheld, site visit failed) must leave the others'
 * vote components alone, as a brushed one does: the waitlist then moves up in its published order.
 * Nominees by index: 0 = C (expert 95, 1000 votes), 1 = B (88, 100 votes), 2 = A (90, 1 vote), 3 = E (92, 0),
 * 4 = F (90, 0). Three places (gold 2, craftsman 1): C, E, A selected; waitlist F (76.5000), B (76.3000).
 */
abstract class VoteScaleContractTest extends ScenarioContractTest {
    private static RankedNominee line(Ranking ranking, NominationId id) {
        return ranking.nominees().stream().filter(n -> n.nominationId().equals(id)).findFirst().orElseThrow();
    }

    private SelectionScenario.Round votedRound(StagePlan plan) {
        SelectionScenario.Round round = scenario.new Round(scenario.define(plan, null), 2018, 5);
        round.score(95, 88, 90, 92, 90);
        rounds.closeExpertReview(CLERK, round.round.id());
        round.vote(0, 1000).vote(1, 100).vote(2, 1);
        rounds.closeVoting(CLERK, round.round.id());
        return round;
    }

    private static void assertWaitlistFB(Ranking before, SelectionScenario.Round round) {
        assertThat(line(before, round.id(4)).waitlistPosition()).as("F first on the waitlist").isEqualTo(1);
        assertThat(line(before, round.id(1)).waitlistPosition()).as("B second on the waitlist").isEqualTo(2);
    }

    @Test
    void upheldObjectionAgainstTheVoteLeader_movesUpTheNextOnTheWaitlist() {
        SelectionScenario.Round round = votedRound(StagePlan.standard());
        rounds.startNotice(CLERK, round.round.id(), LocalDate.now(scenario.clock));
        Ranking before = rounds.ranking(round.round.id());
        assertWaitlistFB(before, round);

        Objection objection = rounds.fileObjection(CLERK, round.id(0), "举报人赵某", "申报材料中的专利并非本人所有");
        rounds.decideObjection(CLERK, objection.id(), true, "经核实，材料造假");
        Ranking after = rounds.ranking(round.round.id());

        assertThat(line(after, round.id(4)).isSelected()).as("F, the next on the waitlist, moves up:%n%s",
                after.explain(Locale.ENGLISH)).isTrue();
        assertThat(line(after, round.id(1)).voteComponent()).as("B's vote component (100 votes) before: %s",
                line(before, round.id(1)).voteComponent()).isEqualByComparingTo(line(before, round.id(1)).voteComponent());
    }

    /** The README: "a failed nominee leaves the selection and the waitlist moves up". */
    @Test
    void failedSiteVisitOfTheVoteLeader_movesUpTheNextOnTheWaitlist() {
        SelectionScenario.Round round = votedRound(StagePlan.standard().withSiteVisit(true));
        rounds.startSiteVisits(CLERK, round.round.id());
        Ranking before = rounds.ranking(round.round.id());
        assertWaitlistFB(before, round);

        rounds.recordSiteVisit(CLERK, round.id(0), false, "实地核查发现申报业绩不实");
        Ranking after = rounds.ranking(round.round.id());

        assertThat(line(after, round.id(4)).isSelected()).as("F, the next on the waitlist, moves up:%n%s",
                after.explain(Locale.CHINESE)).isTrue();
    }
}
