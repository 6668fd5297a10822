package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.jdbc.SelectionScenario.CLERK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.talentregistry.Message;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.StagePlan;

/**
 * Naming nominee by nominee on every database: deferral (暂缓命名) and supplementary naming (补充命名),
 * dropping with the waitlist moving up (with a notice of its own when the program requires one), a tier
 * per decision, quotas and the program cap across decisions under eight concurrent callers, and why a
 * nominee on the waitlist was left out. Each test works in a tenant of its own.
 */
abstract class NamingContractTest extends ScenarioContractTest {
    private static final int CALLERS = 8;

    private SelectionScenario.Round inNotice(HonorProgram program, int year, int... totals) {
        return scenario.new Round(program, year, totals.length).toNotice(totals);
    }

    private List<NominationId> artisansOf(List<Honor> honors, SelectionScenario.Round round) {
        return honors.stream().map(h -> round.nominees.stream().filter(n -> n.artisanId().equals(h.artisanId()))
                .findFirst().orElseThrow().id()).toList();
    }

    @Test
    void deferredNominee_isLeftOut_thenNamedByASupplementaryDecision_andRevokingOneDecisionRevokesItsHonorsOnly() {
        SelectionScenario.Round round = inNotice(scenario.define(StagePlan.standard(), null), 2018, 95, 90, 85, 80);
        round.afterNotice();

        assertThat(rounds.defer(CLERK, round.id(0), "涉嫌违纪，正在调查").status()).isEqualTo(NominationStatus.DEFERRED);
        List<Honor> first = rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));

        assertThat(artisansOf(first, round)).containsExactly(round.id(1), round.id(2));
        assertThat(first).extracting(Honor::tierCode).containsExactly("gold", "craftsman");
        assertThat(round.stage().stage()).isEqualTo(RoundStage.PARTLY_NAMED);
        Ranking ranking = rounds.ranking(round.round.id());
        assertThat(ranking.selected("gold")).extracting(RankedNominee::nominationId).containsExactly(round.id(0), round.id(1));
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.NOTHING_TO_NAME);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已无待命名的入选者");
                });

        List<Honor> supplementary = rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕20号"),
                List.of(round.id(0)));

        assertThat(supplementary).extracting(Honor::tierCode, Honor::certificateNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gold", "2018-gold-002"));
        assertThat(round.stage().stage()).isEqualTo(RoundStage.NAMED);
        assertThat(rounds.nomination(round.id(0)).status()).isEqualTo(NominationStatus.ACTIVE);
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕21号"),
                List.of(round.id(1))))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.ALREADY_NAMED));
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕21号")))
                .isInstanceOfSatisfying(RoundStageException.class, e -> assertThat(e.getMessage(Locale.CHINESE))
                        .contains("处于命名表彰阶段").contains("无，评选已结束"));

        scenario.registry.honors().revokeDecision(CLERK, "淄工发〔2018〕20号", new RevocationRequest(
                RevocationReason.FRAUD, "调查证实申报材料造假", LocalDate.now(scenario.clock), "淄博市总工会"));
        List<Honor> all = scenario.registry.honors().ofProgram(round.program.id());
        assertThat(all).filteredOn(Honor::isRevoked).extracting(h -> h.decision().number())
                .containsExactly("淄工发〔2018〕20号");
        assertThat(all).filteredOn(h -> !h.isRevoked()).hasSize(2);
    }

    @Test
    void droppedNominee_movesTheWaitlistUp_andThePromotedNomineeIsNamedWithoutANoticeWhenNoneIsRequired() {
        SelectionScenario.Round round = inNotice(scenario.define(StagePlan.standard(), null), 2018, 95, 90, 85, 80);
        round.afterNotice();
        assertThatThrownBy(() -> rounds.drop(CLERK, round.id(0), "调查属实"))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.NOT_DEFERRED));
        rounds.defer(CLERK, round.id(0), "涉嫌违纪，正在调查");
        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));

        assertThat(rounds.drop(CLERK, round.id(0), "调查属实，不予命名").status()).isEqualTo(NominationStatus.DROPPED);

        assertThat(rounds.ranking(round.round.id()).selected("gold")).extracting(RankedNominee::nominationId)
                .containsExactly(round.id(1), round.id(3));
        List<Honor> promoted = rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"));
        assertThat(artisansOf(promoted, round)).containsExactly(round.id(3));
        assertThat(round.stage().stage()).isEqualTo(RoundStage.NAMED);
        assertThat(scenario.registry.honors().ofProgram(round.program.id())).hasSize(3);
    }

    @Test
    void promotedNominee_needsANoticeOfItsOwn_whenTheProgramRequiresOne() {
        SelectionScenario.Round round = inNotice(scenario.define(StagePlan.standard().withNoticeForPromoted(true), null),
                2018, 95, 90, 85, 80);
        round.afterNotice();
        rounds.defer(CLERK, round.id(0), "涉嫌违纪，正在调查");
        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"));
        rounds.drop(CLERK, round.id(0), "调查属实，不予命名");

        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.PROMOTED_NOTICE);
                    assertThat(e.message().orElseThrow().code()).isEqualTo(SelectionMessage.PROMOTED_NOTICE_MISSING);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("由候补递补，命名前须单独公示");
                });
        LocalDate start = LocalDate.now(scenario.clock);
        List<NomineeNotice> notices = rounds.noticePromoted(CLERK, round.round.id(), start);
        assertThat(notices).extracting(NomineeNotice::nominationId).containsExactly(round.id(3));
        var objection = rounds.fileObjection(CLERK, round.id(3), "张三", "业绩存疑");
        rounds.decideObjection(CLERK, objection.id(), false, "经核实业绩属实");
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class,
                        e -> assertThat(e.message().orElseThrow().code()).isEqualTo(SelectionMessage.PROMOTED_NOTICE_NOT_OVER));

        scenario.afterDay(notices.get(0).end());
        List<Honor> named = rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"));
        assertThat(artisansOf(named, round)).containsExactly(round.id(3));
        assertThat(round.stage().stage()).isEqualTo(RoundStage.NAMED);
    }

    @Test
    void aTierPerDecision_andNamingTheSameNomineeTwice_orOneNotSelected_isRefused() {
        SelectionScenario.Round round = inNotice(scenario.define(StagePlan.standard(), null), 2018, 95, 90, 85, 80);
        round.afterNotice();
        Ranking ranking = rounds.ranking(round.round.id());
        List<NominationId> gold = ranking.selected("gold").stream().map(RankedNominee::nominationId).toList();

        rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕12号"), gold);
        assertThat(round.stage().stage()).isEqualTo(RoundStage.PARTLY_NAMED);
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"),
                List.of(round.id(0))))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.ALREADY_NAMED);
                    assertThat(e.getMessage()).contains("already named by decision 淄工发〔2018〕12号");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已由表彰决定淄工发〔2018〕12号命名");
                });
        assertThatThrownBy(() -> rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"),
                List.of(round.id(3))))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.NOT_SELECTED);
                    assertThat(e.getMessage()).contains("tier quotas filled: 金牌工匠 2 of 2, 工匠 1 of 1");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("各档次名额已满：金牌工匠2名已满、工匠1名已满");
                });

        List<Honor> craftsman = rounds.name(CLERK, round.round.id(), round.decision("淄工发〔2018〕13号"),
                List.of(round.id(2)));
        assertThat(craftsman).extracting(Honor::tierCode).containsExactly("craftsman");
        assertThat(round.stage().stage()).isEqualTo(RoundStage.NAMED);
        assertThat(scenario.registry.honors().ofDecision("淄工发〔2018〕12号")).extracting(Honor::tierCode)
                .containsExactly("gold", "gold");
    }

    @Test
    void eightConcurrentCallers_namingNomineeByNominee_grantEachSelectedNomineeOnce_withinTheQuotas() throws Exception {
        SelectionScenario.Round round = inNotice(scenario.define(StagePlan.standard(), null), 2018, 95, 90, 85, 80, 75);
        round.afterNotice();
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            NominationId nominee = round.id(i % 4);
            String number = "淄工发〔2018〕" + (12 + i) + "号";
            work.add(() -> {
                try {
                    rounds.name(CLERK, round.round.id(), round.decision(number), List.of(nominee));
                } catch (SelectionRefusedException e) {
                    assertThat(e.getRule()).isIn(Rule.ALREADY_NAMED, Rule.NOT_SELECTED);
                    refusals.add(e);
                } catch (RoundStageException e) {
                    // Once the three selected are named, the round is over: the waitlisted nominee meets that.
                    assertThat(e.getStage()).isEqualTo(RoundStage.NAMED);
                    assertThat(nominee).isEqualTo(round.id(3));
                    refusals.add(e);
                }
                return null;
            });
        }
        runTogether(work);

        List<Honor> honors = scenario.registry.honors().ofProgram(round.program.id());
        assertThat(artisansOf(honors, round)).containsExactlyInAnyOrder(round.id(0), round.id(1), round.id(2));
        assertThat(honors.stream().filter(h -> h.tierCode().equals("gold"))).hasSize(2);
        assertThat(honors.stream().filter(h -> h.tierCode().equals("craftsman"))).hasSize(1);
        assertThat(refusals).hasSize(CALLERS - 3);
        assertThat(round.stage().stage()).isEqualTo(RoundStage.NAMED);
    }

    @Test
    void eightConcurrentCallers_acrossRoundsAndDecisionsOfACappedProgram_neverExceedTheCap() throws Exception {
        HonorProgram program = scenario.define(StagePlan.standard(), 5);
        List<SelectionScenario.Round> years = new ArrayList<>();
        for (int year = 2018; year < 2022; year++) {
            years.add(inNotice(program, year, 95, 90, 85));
        }
        years.forEach(SelectionScenario.Round::afterNotice);
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            SelectionScenario.Round round = years.get(i / 2);
            // Per round: one caller names the gold nominees, the other the craftsman, each by a decision of its own.
            List<NominationId> nominees = i % 2 == 0 ? List.of(round.id(0), round.id(1)) : List.of(round.id(2));
            String number = "淄工发〔" + round.round.year() + "〕" + (10 + i) + "号";
            work.add(() -> {
                try {
                    rounds.name(CLERK, round.round.id(), round.decision(number), nominees);
                } catch (SelectionRefusedException e) {
                    refusals.add(e);
                } catch (RoundStageException e) {
                    // The other caller named all the cap left to the round: the round is over.
                    assertThat(e.getStage()).isEqualTo(RoundStage.NAMED);
                    refusals.add(e);
                }
                return null;
            });
        }
        runTogether(work);

        List<Honor> honors = scenario.registry.honors().ofProgram(program.id());
        assertThat(honors.size()).as("granted under a cap of 5").isLessThanOrEqualTo(5).isGreaterThanOrEqualTo(3);
        assertThat(refusals).isNotEmpty().allSatisfy(e -> {
            if (e instanceof SelectionRefusedException refused) {
                assertThat(refused.getRule()).isIn(Rule.PROGRAM_CAP_REACHED, Rule.NOT_SELECTED);
            }
        });
        assertThat(honors).as("the cap binds: only a whole round's naming can leave a place unused").hasSizeGreaterThanOrEqualTo(4);
        for (SelectionScenario.Round round : years) {
            long named = honors.stream().filter(h -> h.roundId().equals(round.round.id())).count();
            assertThat(named).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void programCapUsedUp_everyEntrySaysSo_andNamingIsRefusedWithTheCapsCode_notTheTierQuotas() {
        HonorProgram program = scenario.define(StagePlan.standard(), 3);
        SelectionScenario.Round y2018 = inNotice(program, 2018, 95, 90, 85, 80);
        Ranking first = rounds.ranking(y2018.round.id());
        Message quota = first.waitlist().get(0).notSelectedBecause().orElseThrow();
        assertThat(quota.code()).isEqualTo(SelectionMessage.TIER_QUOTAS_FILLED);
        y2018.afterNotice();
        rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号"));

        SelectionScenario.Round y2019 = inNotice(program, 2019, 95, 90);
        Ranking ranking = rounds.ranking(y2019.round.id());

        assertThat(ranking.selected()).isEmpty();
        assertThat(ranking.nominees()).allSatisfy(n -> {
            Message why = n.notSelectedBecause().orElseThrow();
            assertThat(why.code()).isEqualTo(SelectionMessage.PROGRAM_CAP_REACHED);
            assertThat(why.en()).isEqualTo("program cap of 3 reached: 3 granted since 2016");
            assertThat(why.zh()).isEqualTo("项目总名额3名已满：2016年以来已命名3名");
        });
        assertThat(ranking.explain(Locale.CHINESE).lines().toList().get(0))
                .endsWith("候补第1名（项目总名额3名已满：2016年以来已命名3名）");
        y2019.afterNotice();
        assertThatThrownBy(() -> rounds.name(CLERK, y2019.round.id(), y2019.decision("淄工发〔2019〕8号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.PROGRAM_CAP_REACHED);
                    assertThat(e.getMessage()).isEqualTo("program cap of 3 reached: 3 granted since 2016");
                });
    }

    @Test
    void programCapPartlyLeft_selectsWhatItLeaves_andSaysWhyTheRestWait() {
        HonorProgram program = scenario.define(StagePlan.standard(), 4);
        SelectionScenario.Round y2018 = inNotice(program, 2018, 95, 90, 85);
        y2018.afterNotice();
        rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号"));
        SelectionScenario.Round y2019 = inNotice(program, 2019, 95, 90, 85);

        Ranking ranking = rounds.ranking(y2019.round.id());

        assertThat(ranking.selected()).extracting(RankedNominee::nominationId).containsExactly(y2019.id(0));
        assertThat(ranking.waitlist()).allSatisfy(n -> assertThat(n.notSelectedBecause().orElseThrow().en())
                .isEqualTo("program cap of 4: 3 granted since 2016; the 1 places left go to those ranked above"));
        assertThat(ranking.waitlist().get(0).notSelectedBecause().orElseThrow().zh())
                .isEqualTo("项目总名额4名：2016年以来已命名3名，余下1个名额由排名在前者获得");
    }

    @Test
    void brushedNominee_showsTheVotesThatCountBesideTheVotesReceived() {
        SelectionScenario.Round round = scenario.new Round(scenario.define(StagePlan.standard(), null), 2018, 2);
        round.score(90, 80);
        rounds.closeExpertReview(CLERK, round.round.id());
        round.vote(0, 30).vote(1, 20);
        rounds.markBrushed(CLERK, round.id(0), "同一设备批量投票");

        RankedNominee brushed = rounds.ranking(round.round.id()).nominees().stream()
                .filter(n -> n.nominationId().equals(round.id(0))).findFirst().orElseThrow();

        assertThat(brushed.votes()).isEqualTo(30);
        assertThat(brushed.countedVotes()).isZero();
        Ranking ranking = rounds.ranking(round.round.id());
        assertThat(brushed.explain(ranking.expertWeight(), ranking.voteWeight())).contains("(30 votes received, 0 counted: brushed)");
        assertThat(brushed.explain(ranking.expertWeight(), ranking.voteWeight(), Locale.CHINESE))
                .contains("（得票30，计入0：认定刷票）");
    }

    private static void runTogether(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> w : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return w.call();
            }));
        }
        start.countDown();
        try {
            for (Future<Void> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } catch (ExecutionException e) {
            throw new AssertionError("a caller failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
