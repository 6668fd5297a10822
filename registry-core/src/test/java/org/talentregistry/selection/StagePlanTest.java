package org.talentregistry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.StagePlan.VoteTiming;

class StagePlanTest {
    @Test
    void standard_isTodaysOrder_andZibosPlan() {
        assertThat(StagePlan.standard().stages()).containsExactly(RoundStage.NOMINATIONS_OPEN, RoundStage.ELIGIBILITY_REVIEW,
                RoundStage.EXPERT_REVIEW, RoundStage.PUBLIC_VOTING, RoundStage.SCORING, RoundStage.PUBLIC_NOTICE,
                RoundStage.PARTLY_NAMED, RoundStage.NAMED);
        assertThat(ProgramDefinition.zibo().plan()).isEqualTo(StagePlan.standard());
        assertThat(StagePlan.standard().after(RoundStage.EXPERT_REVIEW)).isEqualTo(RoundStage.PUBLIC_VOTING);
        assertThat(StagePlan.standard().after(RoundStage.PUBLIC_VOTING)).isEqualTo(RoundStage.SCORING);
    }

    @Test
    void voteFirst_andVoteWhileExpertsScore_putVotingBeforeExpertReview() {
        StagePlan first = StagePlan.standard().withVote(VoteTiming.BEFORE_EXPERT_REVIEW);
        StagePlan parallel = StagePlan.standard().withVote(VoteTiming.WHILE_EXPERTS_SCORE);

        assertThat(first.after(RoundStage.ELIGIBILITY_REVIEW)).isEqualTo(RoundStage.PUBLIC_VOTING);
        assertThat(first.after(RoundStage.PUBLIC_VOTING)).isEqualTo(RoundStage.EXPERT_REVIEW);
        assertThat(first.after(RoundStage.EXPERT_REVIEW)).isEqualTo(RoundStage.SCORING);
        assertThat(first.scoringStages()).containsExactly(RoundStage.EXPERT_REVIEW);
        assertThat(parallel.scoringStages()).containsExactlyInAnyOrder(RoundStage.EXPERT_REVIEW, RoundStage.PUBLIC_VOTING);
        assertThat(parallel.brushingStages()).containsExactlyInAnyOrder(RoundStage.PUBLIC_VOTING, RoundStage.EXPERT_REVIEW,
                RoundStage.SCORING);
    }

    @Test
    void siteVisit_standsBetweenScoringAndTheNotice_andIsTheNextStepFromScoring() {
        StagePlan plan = StagePlan.standard().withSiteVisit(true);

        assertThat(plan.after(RoundStage.SCORING)).isEqualTo(RoundStage.SITE_VISIT);
        assertThat(plan.after(RoundStage.SITE_VISIT)).isEqualTo(RoundStage.PUBLIC_NOTICE);
        assertThat(plan.nextStep(RoundStage.SCORING)).isEqualTo(RoundStep.START_SITE_VISITS);
        assertThat(StagePlan.standard().nextStep(RoundStage.SCORING)).isEqualTo(RoundStep.START_NOTICE);
        assertThat(plan.nextStep(RoundStage.NAMED)).isEqualTo(RoundStep.NONE);
        assertThatThrownBy(() -> plan.after(RoundStage.PUBLIC_NOTICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortlist_isOneToTheLimit_andNeedsTheVoteAfterExpertReview() {
        assertThat(StagePlan.standard().withShortlist(30).shortlist()).hasValue(30);
        assertThat(StagePlan.standard().shortlist()).isEmpty();
        assertThatThrownBy(() -> StagePlan.standard().withShortlist(StagePlan.MAX_SHORTLIST + 1))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("program.plan.shortlist");
        assertThatThrownBy(() -> StagePlan.standard().withShortlist(30).withVote(VoteTiming.WHILE_EXPERTS_SCORE))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("program.plan.shortlist");
    }

    @Test
    void equalPlans_areEqual_andDifferentOnesAreNot() {
        assertThat(StagePlan.standard().withShortlist(30).withSiteVisit(true))
                .isEqualTo(StagePlan.standard().withSiteVisit(true).withShortlist(30))
                .hasSameHashCodeAs(StagePlan.standard().withSiteVisit(true).withShortlist(30))
                .isNotEqualTo(StagePlan.standard().withShortlist(30));
        assertThat(StagePlan.standard().withNoticeForPromoted(true)).isNotEqualTo(StagePlan.standard());
        assertThat(StagePlan.standard().withSiteVisit(true).toString()).contains("SCORING > SITE_VISIT > PUBLIC_NOTICE");
    }

    @Test
    void stagesStepsAndStatuses_haveChineseAndEnglishNames() {
        assertThat(RoundStage.SITE_VISIT.zh()).isEqualTo("实地考察");
        assertThat(RoundStage.SITE_VISIT.en()).isEqualTo("SITE_VISIT");
        assertThat(RoundStep.START_NOTICE.zh()).isEqualTo("开始公示（startNotice）");
        assertThat(RoundStep.START_NOTICE.en()).isEqualTo("start the public notice (startNotice)");
        assertThat(NominationStatus.DEFERRED.zh()).isEqualTo("暂缓命名");
        assertThat(NominationStatus.DROPPED.render(Locale.US)).isEqualTo("dropped");
    }

    @Test
    void everySelectionMessage_rendersInBothLanguages_withItsArgumentsFilledIn() {
        Object[] args = {"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"};
        for (SelectionMessage code : SelectionMessage.values()) {
            Message message = Message.of(code, args);
            assertThat(message.zh()).as(code.name()).doesNotContain("{").isNotEqualTo(message.en());
            assertThat(message.en()).as(code.name()).doesNotContain("{").contains("A0");
        }
    }

    @Test
    void roundStageException_saysTheStageTheAllowedStagesAndTheNextStep() {
        RoundStageException e = new RoundStageException(RoundId.of(7), "score", RoundStage.PUBLIC_VOTING,
                Set.of(RoundStage.EXPERT_REVIEW), RoundStep.CLOSE_VOTING);

        assertThat(e.getMessage()).isEqualTo("round 7 is in stage PUBLIC_VOTING: score is allowed only in [EXPERT_REVIEW];"
                + " next step under the program's plan: close public voting (closeVoting)");
        assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("评选7处于网络投票阶段：score仅可在[专家评审]阶段进行；"
                + "按项目流程，下一步是结束网络投票（closeVoting）");
        assertThat(e.message().orElseThrow().code()).isEqualTo(SelectionMessage.STAGE_REFUSED);
    }
}
