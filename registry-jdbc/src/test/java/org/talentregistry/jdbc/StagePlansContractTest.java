package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;
import static org.talentregistry.jdbc.SelectionScenario.points;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.privacy.MeritSummary;
import org.talentregistry.privacy.ObjectionAbout;
import org.talentregistry.privacy.PersonalDataExport;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.RoundStep;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SiteVisit;
import org.talentregistry.selection.StagePlan.VoteTiming;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.selection.VoteOutcome;

/**
 * Stage plans on every database: a round follows the plan of the program version it was opened under,
 * whether the vote runs after, while or before experts score, with an expert shortlist, with a site visit;
 * every stage refusal names the plan's next step in Chinese and English. Each test works in a tenant of its own.
 */
abstract class StagePlansContractTest extends ScenarioContractTest {
    @Test
    void plans_persistWithTheProgramVersion_andARoundFollowsTheVersionItWasOpenedUnder() {
        StagePlan shortlist = StagePlan.standard().withShortlist(30).withSiteVisit(true).withNoticeForPromoted(true);
        HonorProgram program = scenario.define(shortlist, 100);
        assertThat(scenario.registry.programs().get(program.id()).definition().plan()).isEqualTo(shortlist);

        SelectionScenario.Round round = scenario.new Round(program, 2018, 1);
        StagePlan voteFirst = StagePlan.standard().withVote(VoteTiming.BEFORE_EXPERT_REVIEW);
        scenario.registry.programs().revise(CLERK, program.id(),
                SelectionScenario.program(voteFirst, 100));

        assertThat(scenario.registry.programs().get(program.id(), 1).definition().plan()).isEqualTo(shortlist);
        assertThat(scenario.registry.programs().get(program.id()).definition().plan()).isEqualTo(voteFirst);
        assertThat(round.stage().stage()).as("still the shortlist plan's order").isEqualTo(RoundStage.EXPERT_REVIEW);
        assertThat(ProgramDefinition.zibo().plan()).isEqualTo(StagePlan.standard());
    }

    @Test
    void standardPlan_stageRefusal_namesTheNextStep_inChineseAndEnglish() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 2);

        assertThatThrownBy(() -> rounds.closeVoting(CLERK, round.round.id()))
                .isInstanceOfSatisfying(RoundStageException.class, e -> {
                    assertThat(e.getStage()).isEqualTo(RoundStage.EXPERT_REVIEW);
                    assertThat(e.getNextStep()).isEqualTo(RoundStep.CLOSE_EXPERT_REVIEW);
                    assertThat(e.getMessage()).contains("EXPERT_REVIEW").contains("closeVoting is allowed only in [PUBLIC_VOTING]")
                            .contains("next step under the program's plan: close expert review (closeExpertReview)");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("处于专家评审阶段").contains("仅可在[网络投票]阶段进行")
                            .contains("下一步是结束专家评审（closeExpertReview）");
                });
    }

    @Test
    void voteWhileExpertsScore_bothRunTogether_andBothCloseBeforeTheComposite() {
        StagePlan plan = StagePlan.standard().withVote(VoteTiming.WHILE_EXPERTS_SCORE);
        SelectionScenario.Round round = scenario.new Round(scenario.define(plan, null), 2018, 3);
        assertThat(round.stage().stage()).isEqualTo(RoundStage.PUBLIC_VOTING);

        round.score(90, 80).vote(1, 40).vote(2, 10);
        assertThat(rounds.ranking(round.round.id()).provisional()).isTrue();
        assertThatThrownBy(() -> rounds.closeExpertReview(CLERK, round.round.id()))
                .isInstanceOfSatisfying(RoundStageException.class,
                        e -> assertThat(e.getNextStep()).isEqualTo(RoundStep.CLOSE_VOTING));

        assertThat(rounds.closeVoting(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.EXPERT_REVIEW);
        assertThat(rounds.castVote(round.round.id(), new Ballot(round.id(0), "9.9.9.9", scenario.clock.instant())))
                .isEqualTo(VoteOutcome.ROUND_NOT_IN_VOTING);
        round.score(90, 80, 70);
        assertThat(rounds.ranking(round.round.id()).provisional()).isTrue();
        assertThat(rounds.closeExpertReview(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.SCORING);

        Ranking ranking = rounds.ranking(round.round.id());
        assertThat(ranking.provisional()).isFalse();
        // 0.85 × 80 + 0.15 × 100 = 83 beats 0.85 × 90 = 76.5: the votes counted.
        assertThat(ranking.nominees()).extracting(RankedNominee::nominationId).containsExactly(round.id(1), round.id(0),
                round.id(2));
        assertThat(ranking.nominees().get(0).composite()).isEqualByComparingTo("83");
    }

    @Test
    void voteFirst_expertsScoreOnlyAfterVotingCloses() {
        StagePlan plan = StagePlan.standard().withVote(VoteTiming.BEFORE_EXPERT_REVIEW);
        SelectionScenario.Round round = scenario.new Round(scenario.define(plan, null), 2018, 2);
        assertThat(round.stage().stage()).isEqualTo(RoundStage.PUBLIC_VOTING);
        round.vote(0, 5).vote(1, 50);
        var reviewer = rounds.addReviewer(CLERK, round.round.id(), "周教授", null);

        assertThatThrownBy(() -> rounds.score(CLERK, reviewer.id(), round.id(0), points(90)))
                .isInstanceOfSatisfying(RoundStageException.class, e -> {
                    assertThat(e.getAllowedStages()).containsExactly(RoundStage.EXPERT_REVIEW);
                    assertThat(e.getNextStep()).isEqualTo(RoundStep.CLOSE_VOTING);
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("结束网络投票");
                });

        assertThat(rounds.closeVoting(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.EXPERT_REVIEW);
        rounds.score(CLERK, reviewer.id(), round.id(0), points(90));
        rounds.score(CLERK, reviewer.id(), round.id(1), points(88));
        assertThat(rounds.closeExpertReview(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.SCORING);
        assertThat(rounds.ranking(round.round.id()).nominees()).extracting(RankedNominee::nominationId)
                .containsExactly(round.id(1), round.id(0));
        assertThat(rounds.startNotice(CLERK, round.round.id(), LocalDate.now(scenario.clock)).stage())
                .isEqualTo(RoundStage.PUBLIC_NOTICE);
    }

    @Test
    void shortlist_keepsTheBestExpertScores_andOnlyTheyGoToTheVote() {
        // 齐鲁工匠 2017 in small: experts shortlist 3 of 5, the public votes on them, 2 gold and 1 craftsman are named.
        StagePlan plan = StagePlan.standard().withShortlist(3);
        SelectionScenario.Round round = scenario.new Round(scenario.define(plan, null), 2018, 5);
        round.score(60, 90, 50, 80, 70);

        assertThat(rounds.closeExpertReview(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.PUBLIC_VOTING);
        assertThat(rounds.nominations(round.round.id())).extracting(Nomination::status).containsExactly(
                NominationStatus.NOT_SHORTLISTED, NominationStatus.ACTIVE, NominationStatus.NOT_SHORTLISTED,
                NominationStatus.ACTIVE, NominationStatus.ACTIVE);
        assertThat(rounds.castVote(round.round.id(), new Ballot(round.id(0), "1.2.3.4", scenario.clock.instant())))
                .isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);
        round.vote(4, 100);

        rounds.closeVoting(CLERK, round.round.id());
        Ranking ranking = rounds.ranking(round.round.id());
        assertThat(ranking.nominees()).extracting(RankedNominee::nominationId)
                .containsExactly(round.id(1), round.id(4), round.id(3));
        assertThat(ranking.selected()).hasSize(3);
        assertThat(NominationStatus.NOT_SHORTLISTED.zh()).isEqualTo("未入围");
        assertThat(NominationStatus.NOT_SHORTLISTED.en()).isEqualTo("not shortlisted");
    }

    @Test
    void shortlist_needsTheVoteAfterExpertReview() {
        assertThatThrownBy(() -> StagePlan.standard().withVote(VoteTiming.BEFORE_EXPERT_REVIEW).withShortlist(30))
                .isInstanceOf(org.talentregistry.InvalidFieldException.class).hasMessageContaining("program.plan.shortlist");
        assertThatThrownBy(() -> StagePlan.standard().withShortlist(0))
                .isInstanceOf(org.talentregistry.InvalidFieldException.class).hasMessageContaining("program.plan.shortlist");
    }

    @Test
    void siteVisit_standsBetweenTheCompositeAndTheNotice_andAFailedVisitMovesTheWaitlistUp() {
        StagePlan plan = StagePlan.standard().withSiteVisit(true);
        SelectionScenario.Round round = scenario.new Round(scenario.define(plan, null), 2018, 5);
        round.score(95, 90, 85, 80, 75);
        rounds.closeExpertReview(CLERK, round.round.id());
        rounds.closeVoting(CLERK, round.round.id());
        LocalDate today = LocalDate.now(scenario.clock);

        assertThatThrownBy(() -> rounds.startNotice(CLERK, round.round.id(), today))
                .isInstanceOfSatisfying(RoundStageException.class, e -> {
                    assertThat(e.getNextStep()).isEqualTo(RoundStep.START_SITE_VISITS);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("开始实地考察");
                });
        assertThat(rounds.startSiteVisits(CLERK, round.round.id()).stage()).isEqualTo(RoundStage.SITE_VISIT);
        assertThatThrownBy(() -> rounds.startNotice(CLERK, round.round.id(), today))
                .isInstanceOfSatisfying(SelectionRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(Rule.SITE_VISIT_PENDING))
                .hasMessageContaining(round.id(0).toString());

        rounds.recordSiteVisit(CLERK, round.id(0), true, "车间实操演示合格");
        rounds.recordSiteVisit(CLERK, round.id(1), false, "实地核查发现申报业绩不实");
        assertThatThrownBy(() -> rounds.recordSiteVisit(CLERK, round.id(4), true, "未入选"))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.NOT_SELECTED);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("只对入选者实地考察");
                });
        assertThat(rounds.nomination(round.id(1)).status()).isEqualTo(NominationStatus.VISIT_FAILED);
        assertThat(rounds.ranking(round.round.id()).selected()).extracting(RankedNominee::nominationId)
                .containsExactly(round.id(0), round.id(2), round.id(3));
        assertThatThrownBy(() -> rounds.startNotice(CLERK, round.round.id(), today))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.SITE_VISIT_PENDING);
                    assertThat(e.getMessage(Locale.CHINESE)).startsWith("以下候选人尚待实地考察");
                })
                .hasMessageContaining(round.id(3).toString()).hasMessageNotContaining("(" + round.id(0) + ")");

        rounds.recordSiteVisit(CLERK, round.id(2), true, "合格");
        rounds.recordSiteVisit(CLERK, round.id(3), true, "合格");
        assertThat(rounds.startNotice(CLERK, round.round.id(), today).stage()).isEqualTo(RoundStage.PUBLIC_NOTICE);
        assertThat(rounds.siteVisits(round.round.id())).extracting(SiteVisit::nominationId, SiteVisit::passed,
                SiteVisit::note).contains(org.assertj.core.groups.Tuple.tuple(round.id(1), false, "实地核查发现申报业绩不实"));
        assertThat(rounds.nomineeNotices(round.round.id())).extracting(n -> n.nominationId())
                .containsExactlyInAnyOrder(round.id(0), round.id(2), round.id(3));
    }

    @Test
    void theAccessExport_givesTheSiteVisitsMeritSummariesObjectionsAndNoticesOfThePersonsNominations_withoutTheObjector() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard().withSiteVisit(true), null), 2018, 3);
        round.score(95, 90, 85);
        rounds.closeExpertReview(CLERK, round.round.id());
        rounds.closeVoting(CLERK, round.round.id());
        rounds.startSiteVisits(CLERK, round.round.id());
        rounds.recordSiteVisit(CLERK, round.id(0), true, "车间实操演示合格");
        rounds.recordSiteVisit(CLERK, round.id(1), false, "实地核查发现申报业绩不实");
        rounds.recordSiteVisit(CLERK, round.id(2), true, "合格");
        rounds.recordMeritSummary(CLERK, round.id(0), "从事数控加工二十年，获省技术能手");
        rounds.recordMeritSummary(CLERK, round.id(2), "另一位候选人的事迹");
        rounds.startNotice(CLERK, round.round.id(), LocalDate.now(scenario.clock));
        rounds.fileObjection(CLERK, round.id(0), "举报人赵某", "申报材料中的专利并非本人所有");
        Objection dismissed = rounds.fileObjection(CLERK, round.id(0), "举报人钱某", "获奖证书存疑");
        rounds.decideObjection(CLERK, dismissed.id(), false, "经核实，证书真实");
        rounds.fileObjection(CLERK, round.id(2), "举报人孙某", "针对另一位候选人");
        ArtisanId person = rounds.nomination(round.id(0)).artisanId();

        PersonalDataExport export = scenario.registry.personalData().export(CLERK, person);

        assertThat(export.siteVisits()).extracting(SiteVisit::nominationId, SiteVisit::passed, SiteVisit::note)
                .containsExactly(tuple(round.id(0), true, "车间实操演示合格"));
        assertThat(export.meritSummaries()).containsExactly(
                new MeritSummary(round.id(0), "从事数控加工二十年，获省技术能手"));
        assertThat(export.objections()).extracting(ObjectionAbout::nominationId, ObjectionAbout::grounds,
                ObjectionAbout::status, o -> o.decisionReason().orElse(null)).containsExactlyInAnyOrder(
                        tuple(round.id(0), "申报材料中的专利并非本人所有",
                                Objection.Status.PENDING, null),
                        tuple(round.id(0), "获奖证书存疑",
                                Objection.Status.DISMISSED, "经核实，证书真实"));
        assertThat(export.toString()).doesNotContain("赵某", "钱某", "孙某", "另一位候选人");
        assertThat(export.nomineeNotices()).extracting(n -> n.nominationId()).containsExactly(round.id(0));
        assertThat(scenario.registry.audit().forEntity("artisan", person.toString())).filteredOn(
                e -> e.action().equals("personalData.exported")).singleElement()
                .satisfies(e -> assertThat(e.after().orElseThrow()).contains("\"siteVisits\":1", "\"meritSummaries\":1",
                        "\"objections\":2", "\"nomineeNotices\":1"));
    }

    @Test
    void aVoteCastBeforeTheRoundEnteredPublicVoting_isRefused_castOrIngested() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 2);
        round.score(95, 90);
        scenario.clock.advance(Duration.ofDays(3));
        Instant votingOpened = scenario.clock.instant();
        rounds.closeExpertReview(CLERK, round.round.id());
        scenario.clock.advance(Duration.ofHours(1));
        Instant early = votingOpened.minusSeconds(1);
        assertThat(early).isAfter(rounds.get(round.round.id()).openedAt());

        assertThat(rounds.castVote(round.round.id(), new Ballot(round.id(0), "64.0.0.1", early)))
                .isEqualTo(VoteOutcome.OUTSIDE_VOTING_PERIOD);
        IngestSummary summary = rounds.ingestVotes(round.round.id(), List.of(new Ballot(round.id(0), "64.0.0.2", early),
                new Ballot(round.id(1), "64.0.0.3", votingOpened)));

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.refused()).isEqualTo(Map.of(VoteOutcome.OUTSIDE_VOTING_PERIOD, 1L));
        assertThat(rounds.castVote(round.round.id(), new Ballot(round.id(0), "64.0.0.1", votingOpened)))
                .isEqualTo(VoteOutcome.ACCEPTED);
    }

    @Test
    void siteVisits_areRefusedUnderAPlanWithout() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 1);
        round.score(90);
        rounds.closeExpertReview(CLERK, round.round.id());
        rounds.closeVoting(CLERK, round.round.id());

        assertThatThrownBy(() -> rounds.startSiteVisits(CLERK, round.round.id()))
                .isInstanceOfSatisfying(RoundStageException.class,
                        e -> assertThat(e.getNextStep()).isEqualTo(RoundStep.START_NOTICE));
        assertThat(List.of(rounds.get(round.round.id()).stage())).containsExactly(RoundStage.SCORING);
    }
}
