package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.spi.StoreWork;

/**
 * The whole selection cycle through the facade, on every database: stage rules, eligibility, expert
 * review, votes under concurrency, ranking and tie-breaks, notice and objections, naming under
 * concurrency, revocation and the talent pool. Each test works in a tenant of its own.
 */
abstract class SelectionRoundsContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("union-li", "李干事");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thursday 2018-03-01, 10:00 in Zibo. */
    private static final Instant START = Instant.parse("2018-03-01T02:00:00Z");
    private static final byte[] SECRET = "zibo-union-vote-secret-2018".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private MutableClock clock;
    private TalentRegistry registry;
    private SelectionRounds rounds;
    private int nextSequence;

    @BeforeEach
    void newTenant() {
        clock = new MutableClock(START, SHANGHAI);
        registry = TalentRegistry.builder(store).tenant(newTenantId()).clock(clock).voteSecret(SECRET).build();
        rounds = registry.rounds();
        nextSequence = 1;
    }

    // ---- scenario helpers ------------------------------------------------------------------------

    private static ProgramDefinition program(Integer cap) {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 5)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .tier(new HonorTier("craftsman", "工匠", 1, false))
                .programCap(cap)
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER))
                .criterion(new Criterion.InService("in-service", Severity.HARD))
                .criterion(new Criterion.MaximumAge("age", Severity.SOFT, 55))
                .channel(NominationChannel.SELF).channel(NominationChannel.EMPLOYER)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 50), new ReviewItem("contribution", "贡献", 50)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1))
                .build();
    }

    private Artisan artisan() {
        return registry.artisans().register(CLERK, Fixtures.mechanic(nextSequence++));
    }

    private Artisan artisan(ArtisanDetails details) {
        return registry.artisans().register(CLERK, details);
    }

    private Nomination nominate(SelectionRound round, Artisan artisan) {
        clock.advance(Duration.ofMinutes(1));
        return rounds.nominate(CLERK, round.id(), new NominationRequest(artisan.id(), NominationChannel.SELF,
                artisan.name(), Declarations.inServiceWithCleanRecord()));
    }

    private static Map<String, BigDecimal> points(int skill, int contribution) {
        return Map.of("skill", BigDecimal.valueOf(skill), "contribution", BigDecimal.valueOf(contribution));
    }

    /** A round in expert review with one nominee per given expert total (split over the two items). */
    private final class Cycle {
        final HonorProgram program;
        final SelectionRound round;
        final List<Nomination> nominees = new ArrayList<>();
        final Reviewer reviewer;

        Cycle(Integer cap, int year, int... expertTotals) {
            this(registry.programs().define(CLERK, program(cap)), year, expertTotals);
        }

        Cycle(HonorProgram program, int year, int... expertTotals) {
            this.program = program;
            this.round = rounds.open(CLERK, program.id(), year);
            for (int ignored : expertTotals) {
                nominees.add(nominate(round, artisan()));
            }
            rounds.closeNominations(CLERK, round.id());
            rounds.closeEligibilityReview(CLERK, round.id());
            reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);
            for (int i = 0; i < expertTotals.length; i++) {
                int total = expertTotals[i];
                rounds.score(CLERK, reviewer.id(), nominees.get(i).id(), points(total / 2, total - total / 2));
            }
        }

        NominationId id(int index) {
            return nominees.get(index).id();
        }

        Cycle toVoting() {
            rounds.closeExpertReview(CLERK, round.id());
            return this;
        }

        void vote(int index, int count, String prefix) {
            List<Ballot> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new Ballot(id(index), prefix + "." + (i / 250) + "." + (i % 250), clock.instant()));
            }
            assertThat(rounds.ingestVotes(round.id(), batch).accepted()).isEqualTo(count);
        }

        Cycle toNotice() {
            rounds.closeVoting(CLERK, round.id());
            rounds.startNotice(CLERK, round.id(), LocalDate.now(clock));
            return this;
        }

        List<Honor> name(String number) {
            SelectionRound inNotice = rounds.get(round.id());
            clock.set(inNotice.noticeEnd().orElseThrow().plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
            return rounds.name(CLERK, round.id(), decision(number));
        }

        NamingDecision decision(String number) {
            return new NamingDecision(number, LocalDate.now(clock), "淄博市总工会");
        }
    }

    // ---- rounds and stages -----------------------------------------------------------------------

    @Test
    void nominationsOf_listsAnArtisansNominationsInEveryRound_withTheirStanding_andNoneToAnotherTenant() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound first = rounds.open(CLERK, program.id(), 2018);
        SelectionRound second = rounds.open(CLERK, program.id(), 2019);
        Artisan artisan = artisan();
        Artisan other = artisan();
        Nomination withdrawn = nominate(first, artisan);
        nominate(first, other);
        Nomination standing = nominate(second, artisan);
        rounds.withdraw(CLERK, withdrawn.id(), "本人申请撤回");

        List<Nomination> listed = rounds.nominationsOf(artisan.id());

        assertThat(listed).extracting(Nomination::id).containsExactly(withdrawn.id(), standing.id());
        assertThat(listed).extracting(Nomination::roundId).containsExactly(first.id(), second.id());
        assertThat(listed).extracting(Nomination::status).containsExactly(NominationStatus.WITHDRAWN, NominationStatus.ACTIVE);
        TalentRegistry elsewhere = TalentRegistry.builder(store).tenant(newTenantId()).clock(clock).voteSecret(SECRET).build();
        assertThat(elsewhere.rounds().nominationsOf(artisan.id())).isEmpty();
        assertThatThrownBy(() -> rounds.nominationsOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("artisanId");
    }

    @Test
    void open_secondRoundForAYear_orAYearOutsideTheProgram_isRefused() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        rounds.open(CLERK, program.id(), 2018);

        assertThatThrownBy(() -> rounds.open(CLERK, program.id(), 2018))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.ROUND_EXISTS_FOR_YEAR));
        assertThatThrownBy(() -> rounds.open(CLERK, program.id(), 2021))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.YEAR_OUTSIDE_PROGRAM))
                .hasMessageContaining("2016-2020");
        assertThat(rounds.list(program.id())).extracting(SelectionRound::year).containsExactly(2018);
    }

    @Test
    void everyOperation_checksTheStage_andSaysWhichStageTheRoundIsIn() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination first = nominate(round, artisan());
        Reviewer reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);

        assertThatThrownBy(() -> rounds.score(CLERK, reviewer.id(), first.id(), points(40, 40)))
                .isInstanceOfSatisfying(RoundStageException.class, e -> {
                    assertThat(e.getStage()).isEqualTo(RoundStage.NOMINATIONS_OPEN);
                    assertThat(e.getAllowedStages()).containsExactly(RoundStage.EXPERT_REVIEW);
                });
        assertThat(rounds.castVote(round.id(), new Ballot(first.id(), "1.2.3.4", clock.instant())))
                .isEqualTo(VoteOutcome.ROUND_NOT_IN_VOTING);
        assertThatThrownBy(() -> rounds.closeVoting(CLERK, round.id())).isInstanceOf(RoundStageException.class)
                .hasMessageContaining("NOMINATIONS_OPEN");

        rounds.closeNominations(CLERK, round.id());
        Artisan late = artisan();
        assertThatThrownBy(() -> rounds.nominate(CLERK, round.id(), new NominationRequest(late.id(),
                NominationChannel.SELF, late.name(), Declarations.inServiceWithCleanRecord())))
                .isInstanceOfSatisfying(RoundStageException.class,
                        e -> assertThat(e.getStage()).isEqualTo(RoundStage.ELIGIBILITY_REVIEW));
        assertThat(rounds.nominations(round.id())).hasSize(1);

        rounds.closeEligibilityReview(CLERK, round.id());
        assertThatThrownBy(() -> rounds.withdraw(CLERK, first.id(), "改变主意"))
                .isInstanceOfSatisfying(RoundStageException.class, e -> assertThat(e.getStage()).isEqualTo(RoundStage.EXPERT_REVIEW));
        assertThatThrownBy(() -> rounds.startNotice(CLERK, round.id(), LocalDate.now(clock)))
                .isInstanceOfSatisfying(RoundStageException.class, e -> assertThat(e.getAllowedStages()).containsExactly(RoundStage.SCORING));

        SelectionRound cancelled = rounds.cancel(CLERK, round.id(), "经费未落实");
        assertThat(cancelled.stage()).isEqualTo(RoundStage.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("经费未落实");
        assertThatThrownBy(() -> rounds.cancel(CLERK, round.id(), "again")).isInstanceOf(RoundStageException.class);
    }

    @Test
    void revisingAProgram_neverChangesARoundAlreadyOpen() {
        HonorProgram v1 = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, v1.id(), 2018);
        HonorProgram v2 = registry.programs().revise(CLERK, v1.id(),
                program(null).toBuilder().clearTiers().tier(new HonorTier("gold", "金牌工匠", 5, true)).build());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(rounds.get(round.id()).programVersion()).isEqualTo(1);
        assertThat(registry.programs().get(v1.id(), 1).definition().tiers()).hasSize(2);
        assertThat(rounds.open(CLERK, v1.id(), 2019).programVersion()).isEqualTo(2);
    }

    // ---- nominations and eligibility -------------------------------------------------------------

    @Test
    void nominate_refusesAChannelTheProgramDoesNotAccept_aSecondNomination_andAnUnknownArtisan() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Artisan artisan = artisan();
        nominate(round, artisan);

        assertThatThrownBy(() -> rounds.nominate(CLERK, round.id(), new NominationRequest(artisan.id(),
                NominationChannel.ASSOCIATION, "淄博市汽车维修行业协会", Declarations.inServiceWithCleanRecord())))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.CHANNEL_NOT_ACCEPTED))
                .hasMessageContaining("协会推荐");
        assertThatThrownBy(() -> nominate(round, artisan))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.ALREADY_NOMINATED));
        assertThatThrownBy(() -> rounds.nominate(CLERK, round.id(), new NominationRequest(
                org.talentregistry.artisan.ArtisanId.of(999_999), NominationChannel.SELF, "某某", Declarations.inServiceWithCleanRecord())))
                .isInstanceOf(org.talentregistry.artisan.ArtisanNotFoundException.class);
    }

    @Test
    void closeNominations_givesEachNominationAVerdictWithOneLinePerCriterion_andFactsUsed() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination eligible = nominate(round, artisan());
        Artisan junior = artisan(Fixtures.mechanic(nextSequence++).toBuilder().certificates(List.of(
                Fixtures.certificate(SkillLevel.JUNIOR_WORKER, Fixtures.CAR_MECHANIC, "J2015-1", LocalDate.of(2015, 1, 1), null))).build());
        Nomination ineligible = nominate(round, junior);
        Artisan older = artisan(Fixtures.mechanic(1).toBuilder().residentId(Fixtures.residentId("370303", "19580512", 901)).build());
        Nomination flagged = nominate(round, older);

        rounds.closeNominations(CLERK, round.id());

        Nomination e = rounds.nomination(eligible.id());
        assertThat(e.verdict().orElseThrow().status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(e.verdict().orElseThrow().results()).extracting(r -> r.criterionId()).containsExactly("level", "in-service", "age");
        assertThat(e.verdict().orElseThrow().results().get(0).facts().en()).contains("technician (level 2)", "T2012-0033");
        assertThat(e.verdict().orElseThrow().results().get(0).facts().zh()).contains("技师", "T2012-0033");
        Nomination i = rounds.nomination(ineligible.id());
        assertThat(i.verdict().orElseThrow().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(i.verdict().orElseThrow().results().get(0).outcome()).isEqualTo(Outcome.NOT_MET);
        Nomination f = rounds.nomination(flagged.id());
        assertThat(f.verdict().orElseThrow().status()).isEqualTo(Eligibility.NEEDS_REVIEW);
        assertThat(f.verdict().orElseThrow().results().get(2).facts().en()).contains("aged 59");

        assertThatThrownBy(() -> rounds.closeEligibilityReview(CLERK, round.id()))
                .isInstanceOfSatisfying(SelectionRefusedException.class, x -> assertThat(x.getRule()).isEqualTo(Rule.OPEN_FLAGS))
                .hasMessageContaining(flagged.id().toString());
        assertThatThrownBy(() -> rounds.clearFlag(CLERK, eligible.id(), "age", "无"))
                .isInstanceOfSatisfying(SelectionRefusedException.class, x -> assertThat(x.getRule()).isEqualTo(Rule.NO_SUCH_FLAG));

        Nomination cleared = rounds.clearFlag(CLERK, flagged.id(), "age", "技艺传承突出，评审委员会同意");
        assertThat(cleared.verdict().orElseThrow().status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(cleared.verdict().orElseThrow().results().get(2).clearance().orElseThrow().reason()).contains("评审委员会同意");
        rounds.closeEligibilityReview(CLERK, round.id());
        assertThat(rounds.nominations(round.id())).filteredOn(Nomination::isInTheRunning).hasSize(2);
    }

    @Test
    void nominate_anArtisanWhoAlreadyHoldsTheProgramsHonor_isRefused() {
        Cycle first = new Cycle((Integer) null, 2018, 90);
        first.toVoting().toNotice();
        first.name("淄工发〔2018〕12号");
        Artisan honoree = registry.artisans().get(rounds.nomination(first.id(0)).artisanId());
        SelectionRound next = rounds.open(CLERK, first.program.id(), 2019);

        assertThatThrownBy(() -> nominate(next, honoree))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.ALREADY_HONORED))
                .hasMessageContaining("淄工发〔2018〕12号");
    }

    // ---- expert review ---------------------------------------------------------------------------

    @Test
    void reviewerOfTheCandidatesEmployer_cannotScore_untilTheConflictIsDismissedWithAReason() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination nominee = nominate(round, artisan());
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer colleague = rounds.addReviewer(CLERK, round.id(), "马工", Fixtures.carRepairShop().creditCode());
        Reviewer outsider = rounds.addReviewer(CLERK, round.id(), "周教授", Fixtures.glassesShop().creditCode());

        assertThat(rounds.conflicts(round.id())).singleElement().satisfies(c -> {
            assertThat(c.reviewerId()).isEqualTo(colleague.id());
            assertThat(c.reason()).contains("淄博张店汽车维修有限公司");
        });
        assertThatThrownBy(() -> rounds.score(CLERK, colleague.id(), nominee.id(), points(40, 40)))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.CONFLICT_OF_INTEREST));
        rounds.declareConflict(CLERK, outsider.id(), nominee.id(), "曾为候选人师傅");
        assertThatThrownBy(() -> rounds.score(CLERK, outsider.id(), nominee.id(), points(40, 40)))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.CONFLICT_OF_INTEREST));

        rounds.dismissConflict(CLERK, colleague.id(), nominee.id(), "不同门店，无隶属关系，经纪检核实");
        rounds.score(CLERK, colleague.id(), nominee.id(), points(40, 42));
        assertThat(rounds.conflicts(round.id())).filteredOn(c -> c.isStanding()).singleElement()
                .satisfies(c -> assertThat(c.reviewerId()).isEqualTo(outsider.id()));
        assertThat(registry.audit().forEntity("reviewer", colleague.id().toString()))
                .extracting(a -> a.action()).contains("conflict.dismissed");
    }

    @Test
    void aConflictDeclaredAfterTheReviewerScored_takesTheScoreOutOfTheRanking_andItsDismissalPutsItBack() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70);
        Reviewer master = rounds.addReviewer(CLERK, cycle.round.id(), "吴师傅", null);
        rounds.score(CLERK, master.id(), cycle.id(1), points(50, 50));
        rounds.declareConflict(CLERK, master.id(), cycle.id(1), "候选人是其徒弟");
        cycle.toVoting();

        RankedNominee apprentice = rounds.ranking(cycle.round.id()).nominee(cycle.id(1)).orElseThrow();
        assertThat(apprentice.reviews()).isEqualTo(1);
        assertThat(rounds.ranking(cycle.round.id()).nominees().get(0).nominationId()).isEqualTo(cycle.id(0));
    }

    @Test
    void aConflictDeclaredBeforeExpertReviewCloses_leavesANomineeShortOfReviews_andTheCloseSaysSo() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80);
        rounds.declareConflict(CLERK, cycle.reviewer.id(), cycle.id(0), "评审后发现系候选人亲属");

        assertThatThrownBy(() -> rounds.closeExpertReview(CLERK, cycle.round.id()))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.TOO_FEW_REVIEWS));
        rounds.dismissConflict(CLERK, cycle.reviewer.id(), cycle.id(0), "经核实非亲属关系");
        cycle.toVoting();
        assertThat(rounds.ranking(cycle.round.id()).nominee(cycle.id(0)).orElseThrow().reviews()).isEqualTo(1);
    }

    @Test
    void theConflictsOfARoundPastScoring_areThoseThatHeldWhileItWasScored_whateverEmployersChangeLater() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Artisan mechanic = artisan();
        Artisan optometrist = artisan(Fixtures.optometrist(nextSequence++));
        Nomination colleaguesNominee = nominate(round, mechanic);
        Nomination other = nominate(round, optometrist);
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer colleague = rounds.addReviewer(CLERK, round.id(), "马工", Fixtures.carRepairShop().creditCode());
        Reviewer outsider = rounds.addReviewer(CLERK, round.id(), "周教授", null);
        rounds.score(CLERK, colleague.id(), other.id(), points(40, 40));
        rounds.score(CLERK, outsider.id(), colleaguesNominee.id(), points(40, 42));
        rounds.score(CLERK, outsider.id(), other.id(), points(40, 41));
        List<Conflict> whileScored = rounds.conflicts(round.id());
        rounds.closeExpertReview(CLERK, round.id());

        // After the scoring: the mechanic leaves the reviewer's employer, the optometrist joins it.
        registry.artisans().update(CLERK, registry.artisans().get(mechanic.id())
                .edit(b -> b.employer(Fixtures.glassesShop())));
        registry.artisans().update(CLERK, registry.artisans().get(optometrist.id())
                .edit(b -> b.employer(Fixtures.carRepairShop())));
        List<Conflict> after = rounds.conflicts(round.id());

        assertThat(whileScored).singleElement().satisfies(c -> {
            assertThat(c.reviewerId()).isEqualTo(colleague.id());
            assertThat(c.nominationId()).isEqualTo(colleaguesNominee.id());
        });
        assertThat(after).isEqualTo(whileScored);
    }

    @Test
    void scoreAll_recordsAReviewersWholeSheet_orNoneOfIt_namingTheRefusedRow() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination first = nominate(round, artisan());
        Nomination optometrist = nominate(round, artisan(Fixtures.optometrist(nextSequence++)));
        Nomination second = nominate(round, artisan());
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer optician = rounds.addReviewer(CLERK, round.id(), "周教授", Fixtures.glassesShop().creditCode());
        SelectionRound other = rounds.open(CLERK, program.id(), 2019);
        Nomination elsewhere = nominate(other, artisan());

        Map<NominationId, Map<String, BigDecimal>> withConflict = new LinkedHashMap<>();
        withConflict.put(first.id(), points(40, 41));
        withConflict.put(optometrist.id(), points(44, 45));
        withConflict.put(second.id(), points(38, 39));
        assertThatThrownBy(() -> rounds.scoreAll(CLERK, optician.id(), withConflict))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.CONFLICT_OF_INTEREST);
                    assertThat(e.getMessage()).contains("周教授", optometrist.id().toString(), "was not recorded");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("评分表未记录", optometrist.id().toString());
                });
        Map<NominationId, Map<String, BigDecimal>> outOfScale = new LinkedHashMap<>();
        outOfScale.put(first.id(), points(40, 41));
        outOfScale.put(second.id(), points(38, 51));
        assertThatThrownBy(() -> rounds.scoreAll(CLERK, optician.id(), outOfScale))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.SCORE_OUT_OF_SCALE))
                .hasMessageContaining(second.id().toString()).hasMessageContaining("0 to 50");
        assertThatThrownBy(() -> rounds.scoreAll(CLERK, optician.id(), Map.of(elsewhere.id(), points(40, 40))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("sheet"))
                .hasMessageContaining(elsewhere.id().toString());
        assertThatThrownBy(() -> rounds.scoreAll(CLERK, optician.id(), Map.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("sheet"));
        // Nothing of the refused sheets was written: the first row was valid each time.
        assertThat(registry.audit().forEntity("nomination", first.id().toString()))
                .extracting(a -> a.action()).doesNotContain("score.recorded");

        Map<NominationId, Map<String, BigDecimal>> sheet = new LinkedHashMap<>();
        sheet.put(second.id(), points(38, 39));
        sheet.put(first.id(), points(40, 41));
        assertThat(rounds.scoreAll(CLERK, optician.id(), sheet))
                .extracting(ExpertScore::nominationId, ExpertScore::total)
                .containsExactly(tuple(second.id(), new BigDecimal("77")), tuple(first.id(), new BigDecimal("81")));
        for (Nomination scored : List.of(first, second)) {
            assertThat(registry.audit().forEntity("nomination", scored.id().toString()))
                    .extracting(a -> a.action()).containsOnlyOnce("score.recorded");
        }
        // A sheet replaces the reviewer's earlier scores, as score does.
        assertThat(rounds.scoreAll(CLERK, optician.id(), Map.of(first.id(), points(50, 50))))
                .singleElement().satisfies(score -> assertThat(score.total()).isEqualByComparingTo("100"));
    }

    @Test
    void conflicts_sameEmployer_isFoundForEveryNomineeOfEachReviewersEmployer() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination firstMechanic = nominate(round, artisan());
        Nomination optometrist = nominate(round, artisan(Fixtures.optometrist(nextSequence++)));
        Nomination secondMechanic = nominate(round, artisan());
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer fromTheGarage = rounds.addReviewer(CLERK, round.id(), "马工", Fixtures.carRepairShop().creditCode());
        Reviewer fromTheOptician = rounds.addReviewer(CLERK, round.id(), "周教授", Fixtures.glassesShop().creditCode());
        rounds.addReviewer(CLERK, round.id(), "吴高工", null);

        assertThat(rounds.conflicts(round.id()))
                .extracting(Conflict::reviewerId, Conflict::nominationId, Conflict::source)
                .containsExactlyInAnyOrder(
                        tuple(fromTheGarage.id(), firstMechanic.id(), Conflict.Source.SAME_EMPLOYER),
                        tuple(fromTheGarage.id(), secondMechanic.id(), Conflict.Source.SAME_EMPLOYER),
                        tuple(fromTheOptician.id(), optometrist.id(), Conflict.Source.SAME_EMPLOYER));
    }

    @Test
    void score_outsideTheScale_orWithoutEveryItem_isRefused_andTooFewReviewsBlockVoting() {
        HonorProgram program = registry.programs().define(CLERK, program(null).toBuilder()
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 50), new ReviewItem("contribution", "贡献", 50)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE), 2)).build());
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Nomination nominee = nominate(round, artisan());
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer one = rounds.addReviewer(CLERK, round.id(), "周教授", null);
        rounds.addReviewer(CLERK, round.id(), "吴高工", null);

        assertThatThrownBy(() -> rounds.score(CLERK, one.id(), nominee.id(), points(51, 10)))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.SCORE_OUT_OF_SCALE))
                .hasMessageContaining("0 to 50");
        assertThatThrownBy(() -> rounds.score(CLERK, one.id(), nominee.id(), Map.of("skill", BigDecimal.TEN)))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.SCORE_OUT_OF_SCALE));
        rounds.score(CLERK, one.id(), nominee.id(), points(45, 40));

        assertThatThrownBy(() -> rounds.closeExpertReview(CLERK, round.id()))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.TOO_FEW_REVIEWS))
                .hasMessageContaining("at least 2");
        assertThat(rounds.get(round.id()).stage()).isEqualTo(RoundStage.EXPERT_REVIEW);
    }

    // ---- voting ----------------------------------------------------------------------------------

    @Test
    void castVote_returnsTypedOutcomes_oneVotePerIpAddress_ipv6ByItsSlash64() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        var round = cycle.round.id();

        assertThat(rounds.castVote(round, new Ballot(cycle.id(0), "202.110.1.7", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(rounds.castVote(round, new Ballot(cycle.id(1), "202.110.1.7", clock.instant()))).isEqualTo(VoteOutcome.DUPLICATE);
        assertThat(rounds.castVote(round, new Ballot(cycle.id(0), "2408:8207:1:2::a", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(rounds.castVote(round, new Ballot(cycle.id(1), "2408:8207:1:2:ffff::1", clock.instant()))).isEqualTo(VoteOutcome.DUPLICATE);
        assertThat(rounds.castVote(round, new Ballot(cycle.id(1), "vote.example.com", clock.instant()))).isEqualTo(VoteOutcome.INVALID_VOTER);
        assertThat(rounds.castVote(round, new Ballot(NominationId.of(987_654), "1.1.1.1", clock.instant()))).isEqualTo(VoteOutcome.UNKNOWN_NOMINEE);

        assertThat(rounds.ranking(round).nominees()).extracting(RankedNominee::votes).containsExactly(2L, 0L);
    }

    /**
     * Casts made inside hosts' transactions (a web service's {@code @Transactional} around each vote) take no lock
     * on the round: one host's open transaction holds up no other host's cast of the round. Each such cast reads
     * the round again (what it read may be rolled back), and it had claimed the round's vote secret every time
     * with a {@code SELECT ... FOR UPDATE}, which queued every cast of the round behind every open one.
     */
    @Test
    void castsInHostsTransactions_doNotWaitForEachOther() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70, 60).toVoting();
        RoundId round = cycle.round.id();
        assertThat(rounds.castVote(round, new Ballot(cycle.id(0), "1.1.1.1", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
        // A pool of the hosts' own: the lock timeouts set below stay with its connections, not the tests' pool.
        try (HikariDataSource hosts = new HikariDataSource(db.poolLikeThis()); Connection first = hosts.getConnection();
                Connection second = hosts.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            for (Connection c : List.of(first, second)) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                try (Statement set = c.createStatement()) {
                    // A cast that waited for a lock fails at once instead.
                    set.execute(switch (database()) {
                        case H2 -> "SET LOCK_TIMEOUT 300";
                        case POSTGRESQL -> "SET lock_timeout = '300ms'";
                        case MARIADB, MYSQL -> "SET SESSION innodb_lock_wait_timeout = 1";
                    });
                }
            }
            SelectionRounds one = TalentRegistry.builder(store.joining(first)).tenant(registry.tenant()).clock(clock)
                    .voteSecret(SECRET).build().rounds();
            SelectionRounds two = TalentRegistry.builder(store.joining(second)).tenant(registry.tenant()).clock(clock)
                    .voteSecret(SECRET).build().rounds();

            assertThat(one.castVote(round, new Ballot(cycle.id(1), "2.2.2.2", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
            // The first host's transaction is still open.
            assertThat(two.castVote(round, new Ballot(cycle.id(2), "3.3.3.3", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
            assertThat(two.castVote(round, new Ballot(cycle.id(2), "1.1.1.1", clock.instant()))).isEqualTo(VoteOutcome.DUPLICATE);
            second.commit();
            first.rollback();
        }

        Ranking ranking = rounds.ranking(round);
        assertThat(List.of(0, 1, 2)).extracting(i -> ranking.nominee(cycle.id(i)).orElseThrow().votes())
                .as("the first host rolled back its vote").containsExactly(1L, 0L, 1L);
    }

    // ---- changes meeting a stage change in progress -------------------------------------------------------

    /** In a transaction of its own: locks the round and moves it to a stage, as the call that closes a stage does. */
    private StoreWork<Void> moving(RoundId round, RoundStage stage) {
        return s -> {
            s.rounds().find(round, true);
            s.rounds().setStage(round, stage);
            return null;
        };
    }

    @Test
    void aNomination_madeWhileNominationsClose_waitsForTheClose_andIsRefused() throws Exception {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        Artisan late = artisan();

        assertThatThrownBy(() -> whileUncommitted(registry.tenant(), moving(round.id(), RoundStage.ELIGIBILITY_REVIEW),
                () -> nominate(round, late))).isInstanceOf(RoundStageException.class);
        assertThat(rounds.nominations(round.id())).isEmpty();
    }

    @Test
    void aScore_givenWhileExpertReviewCloses_waitsForTheClose_andIsRefused() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70);
        BigDecimal before = expertComponent(cycle, 1);

        assertThatThrownBy(() -> whileUncommitted(registry.tenant(), moving(cycle.round.id(), RoundStage.PUBLIC_VOTING),
                () -> rounds.score(CLERK, cycle.reviewer.id(), cycle.id(1), points(50, 50))))
                .isInstanceOf(RoundStageException.class);
        assertThat(expertComponent(cycle, 1)).isEqualByComparingTo(before);
    }

    private BigDecimal expertComponent(Cycle cycle, int index) {
        return rounds.ranking(cycle.round.id()).nominees().stream().filter(n -> n.nominationId().equals(cycle.id(index)))
                .findFirst().orElseThrow().expertComponent();
    }

    @Test
    void brushing_markedWhileTheNoticeStarts_waitsForIt_andIsRefused() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        rounds.closeVoting(CLERK, cycle.round.id());

        assertThatThrownBy(() -> whileUncommitted(registry.tenant(), moving(cycle.round.id(), RoundStage.PUBLIC_NOTICE),
                () -> rounds.markBrushed(CLERK, cycle.id(0), "同一IP段集中投票"))).isInstanceOf(RoundStageException.class);
        assertThat(rounds.nominations(cycle.round.id())).noneMatch(Nomination::votesBrushed);
    }

    @Test
    void aBatchOfVotes_ingestedWhileVotingCloses_waitsForTheClose_andIsRefused_leavingTheTallyAsClosed() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        cycle.vote(0, 3, "10.9");

        assertThatThrownBy(() -> whileUncommitted(registry.tenant(), moving(cycle.round.id(), RoundStage.SCORING),
                () -> rounds.ingestVotes(cycle.round.id(), List.of(new Ballot(cycle.id(1), "10.9.8.1", clock.instant())))))
                .isInstanceOf(RoundStageException.class);
        assertThat(rounds.ranking(cycle.round.id()).nominees()).extracting(RankedNominee::votes)
                .containsExactlyInAnyOrder(3L, 0L);
    }

    @Test
    void aDecisionsHonorRoll_readsAsTheDecisionNamedItsHonorees_whateverTheirRecordsSayLater() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90).toVoting().toNotice();
        List<Honor> honors = cycle.name("淄工发〔2018〕12号");
        Artisan named = registry.artisans().get(honors.get(0).artisanId());
        registry.artisans().update(CLERK, named.edit(b -> b.name("王新名").employer(Fixtures.glassesShop())
                .occupation(org.talentregistry.artisan.Occupation.of("4-14-03-01", "眼镜验光员"))));

        List<org.talentregistry.honor.HonorRollEntry> roll = registry.honors().roll("淄工发〔2018〕12号");

        assertThat(roll).extracting(e -> e.honor().id()).containsExactlyInAnyOrderElementsOf(
                honors.stream().map(Honor::id).toList());
        assertThat(roll).filteredOn(e -> e.honor().artisanId().equals(named.id())).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo(named.name()).isNotEqualTo("王新名");
            assertThat(e.employerName()).isEqualTo(named.details().employer().name());
            assertThat(e.occupationName()).isEqualTo(named.details().occupation().name());
            assertThat(e.honor()).isEqualTo(registry.honors().get(e.honor().id()));
        });
        assertThat(registry.honors().roll("淄工发〔2019〕1号")).isEmpty();
        assertThat(registry.artisans().get(named.id()).name()).isEqualTo("王新名");
    }

    @Test
    void aNamedRoundsRanking_showsItsNomineesAsNamed_honoreesAsTheirHonorsKeepThem_whateverTheirRecordsSayLater() {
        // Tiers of 2 and 1: the first three are selected, the last two wait.
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90, 85, 80, 70).toVoting().toNotice();
        rename(cycle, 3, "改名甲");
        assertThat(rankedNames(cycle)).as("until named, the records' names")
                .containsEntry(cycle.id(3), "改名甲").containsEntry(cycle.id(0), nameOf(cycle, 0));
        Map<NominationId, String> atFirstNaming = rankedNames(cycle);

        SelectionRound inNotice = rounds.get(cycle.round.id());
        clock.set(inNotice.noticeEnd().orElseThrow().plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        rounds.name(CLERK, cycle.round.id(), cycle.decision("淄工发〔2018〕12号"), List.of(cycle.id(0)));
        assertThat(rounds.get(cycle.round.id()).stage()).isEqualTo(RoundStage.PARTLY_NAMED);
        rename(cycle, 0, "改名乙");
        rename(cycle, 1, "改名丙");
        rename(cycle, 4, "改名丁");

        assertThat(rankedNames(cycle)).as("partly named: every nominee as at the first naming").isEqualTo(atFirstNaming);

        rounds.name(CLERK, cycle.round.id(), cycle.decision("淄工发〔2018〕13号"));
        assertThat(rounds.get(cycle.round.id()).stage()).isEqualTo(RoundStage.NAMED);
        rename(cycle, 1, "改名戊");

        Map<NominationId, String> named = rankedNames(cycle);
        assertThat(named).as("the second naming's honoree as its honor keeps it, the others as at the first naming")
                .containsEntry(cycle.id(1), "改名丙")
                .containsEntry(cycle.id(0), atFirstNaming.get(cycle.id(0)))
                .containsEntry(cycle.id(2), atFirstNaming.get(cycle.id(2)))
                .containsEntry(cycle.id(3), "改名甲")
                .containsEntry(cycle.id(4), atFirstNaming.get(cycle.id(4)));
        assertThat(registry.honors().roll("淄工发〔2018〕13号")).extracting(org.talentregistry.honor.HonorRollEntry::name)
                .containsExactlyInAnyOrder("改名丙", atFirstNaming.get(cycle.id(2)));
        assertThat(registry.honors().roll("淄工发〔2018〕12号")).extracting(org.talentregistry.honor.HonorRollEntry::name)
                .containsExactly(atFirstNaming.get(cycle.id(0)));
        assertThat(rounds.ranking(cycle.round.id()).explain(java.util.Locale.CHINA)).contains("改名丙", "改名甲")
                .doesNotContain("改名乙", "改名丁", "改名戊");
        assertThat(nameOf(cycle, 0)).isEqualTo("改名乙");
        assertThat(nameOf(cycle, 1)).isEqualTo("改名戊");
    }

    @Test
    void theAccessExport_givesThePersonsOwnLineOfEachRankedRound_asNamed_orAsItStands() {
        Cycle named = new Cycle((Integer) null, 2018, 95, 90, 85, 80, 70).toVoting().toNotice();
        named.name("淄工发〔2018〕12号");
        Artisan waited = registry.artisans().get(named.nominees.get(3).artisanId());
        rename(named, 3, "改名己");
        // Nominated again the next year, that round now in public voting, and in 2020, still taking nominations.
        SelectionRound next = rounds.open(CLERK, named.program.id(), 2019);
        Nomination again = nominate(next, registry.artisans().get(waited.id()));
        Nomination other = nominate(next, artisan());
        rounds.closeNominations(CLERK, next.id());
        rounds.closeEligibilityReview(CLERK, next.id());
        Reviewer reviewer = rounds.addReviewer(CLERK, next.id(), "周教授", null);
        rounds.score(CLERK, reviewer.id(), again.id(), points(45, 45));
        rounds.score(CLERK, reviewer.id(), other.id(), points(30, 30));
        rounds.closeExpertReview(CLERK, next.id());
        nominate(rounds.open(CLERK, named.program.id(), 2020), registry.artisans().get(waited.id()));

        org.talentregistry.privacy.PersonalDataExport export = registry.personalData().export(CLERK, waited.id());

        assertThat(export.nominations()).hasSize(3);
        assertThat(export.roundRankings()).as("the 2020 round, still taking nominations, has no ranking")
                .extracting(l -> l.round().year(), l -> l.provisional(), l -> l.line().nominationId(), l -> l.line().name(),
                        l -> l.line().position(), l -> l.line().isSelected())
                .containsExactlyInAnyOrder(tuple(2018, false, named.id(3), waited.name(), 4, false),
                        tuple(2019, true, again.id(), "改名己", 1, true));
        assertThat(registry.audit().forEntity("artisan", waited.id().toString())).filteredOn(
                e -> e.action().equals("personalData.exported")).singleElement()
                .satisfies(e -> assertThat(e.after().orElseThrow()).contains("\"roundRankings\":2"));
    }

    private void rename(Cycle cycle, int index, String name) {
        Artisan artisan = registry.artisans().get(cycle.nominees.get(index).artisanId());
        registry.artisans().update(CLERK, artisan.edit(b -> b.name(name)));
    }

    private String nameOf(Cycle cycle, int index) {
        return registry.artisans().get(cycle.nominees.get(index).artisanId()).name();
    }

    private Map<NominationId, String> rankedNames(Cycle cycle) {
        Map<NominationId, String> names = new java.util.HashMap<>();
        rounds.ranking(cycle.round.id()).nominees().forEach(n -> names.put(n.nominationId(), n.name()));
        return names;
    }

    @Test
    void aNewVoteSecret_leavesARoundVotingUnderTheOldOne_stillRecognisingItsVoters_andARoundWithoutItsSecretTakesNoVote() {
        Cycle first = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        RoundId voting = first.round.id();
        assertThat(rounds.castVote(voting, new Ballot(first.id(0), "202.110.1.7", clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
        byte[] newSecret = "zibo-union-vote-secret-2019".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SelectionRounds rotated = TalentRegistry.builder(store).tenant(registry.tenant()).clock(clock).voteSecret(newSecret)
                .retiredVoteSecret(SECRET).build().rounds();
        SelectionRounds withoutTheOld = TalentRegistry.builder(store).tenant(registry.tenant()).clock(clock)
                .voteSecret(newSecret).build().rounds();

        // Keyed under the new secret alone, the voter would be new: the round refuses rather than count them twice.
        assertThatThrownBy(() -> withoutTheOld.castVote(voting, new Ballot(first.id(1), "202.110.1.7", clock.instant())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("voteSecret");
                    assertThat(e.getMessage()).contains("round " + voting, "retiredVoteSecret");
                    assertThat(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).contains("评选" + voting, "重复计票");
                });
        assertThatThrownBy(() -> withoutTheOld.ingestVotes(voting, List.of(new Ballot(first.id(1), "202.110.1.7", clock.instant()))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("voteSecret"));
        VoteOutcome again = rotated.castVote(voting, new Ballot(first.id(1), "202.110.1.7", clock.instant()));
        IngestSummary batch = rotated.ingestVotes(voting, List.of(new Ballot(first.id(1), "202.110.1.7", clock.instant()),
                new Ballot(first.id(1), "202.110.1.8", clock.instant())));
        Cycle next = new Cycle((Integer) null, 2019, 80, 70).toVoting();
        VoteOutcome firstOfNext = rotated.castVote(next.round.id(), new Ballot(next.id(0), "202.110.1.7", clock.instant()));
        VoteOutcome againInNext = withoutTheOld.castVote(next.round.id(), new Ballot(next.id(1), "202.110.1.7", clock.instant()));

        assertThat(again).isEqualTo(VoteOutcome.DUPLICATE);
        assertThat(batch.accepted()).isEqualTo(1);
        assertThat(batch.duplicates()).isEqualTo(1);
        assertThat(rounds.ranking(voting).nominees()).extracting(RankedNominee::votes).containsExactlyInAnyOrder(1L, 1L);
        // A round whose first vote came after the change is keyed under the new secret, which the old registry lacks.
        assertThat(firstOfNext).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(againInNext).isEqualTo(VoteOutcome.DUPLICATE);
        assertThatThrownBy(() -> rounds.castVote(next.round.id(), new Ballot(next.id(1), "202.110.1.9", clock.instant())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("voteSecret"));
        assertThat(rounds.ranking(next.round.id()).nominees()).extracting(RankedNominee::votes).containsExactlyInAnyOrder(1L, 0L);
        assertThatThrownBy(() -> TalentRegistry.builder(store).retiredVoteSecret("too-short".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("retiredVoteSecret"));
    }

    /**
     * Single casts and batches add to different rows on H2 (casts to stripe rows, batches to the nominee's
     * tally row): the ranking adds them up, and a batch re-sending a cast voter counts it once.
     */
    @Test
    void ranking_countsCastAndIngestedVotesOfANomineeTogether() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        var round = cycle.round.id();
        for (int i = 0; i < 20; i++) {
            assertThat(rounds.castVote(round, new Ballot(cycle.id(0), "10.1.0." + i, clock.instant()))).isEqualTo(VoteOutcome.ACCEPTED);
        }
        List<Ballot> batch = new ArrayList<>();
        for (int i = 10; i < 40; i++) {
            batch.add(new Ballot(cycle.id(i % 2), "10.1.0." + i, clock.instant()));
        }

        IngestSummary ingested = rounds.ingestVotes(round, batch);
        VoteOutcome castAfter = rounds.castVote(round, new Ballot(cycle.id(1), "10.1.0.99", clock.instant()));

        assertThat(ingested.accepted()).isEqualTo(20);
        assertThat(ingested.duplicates()).isEqualTo(10);
        assertThat(castAfter).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(rounds.ranking(round).nominees()).extracting(RankedNominee::votes).containsExactly(30L, 11L);
    }

    @Test
    void ingestVotes_countsDuplicatesWithinAndAcrossBatches_andReSendingABatchChangesNothing() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70).toVoting();
        List<Ballot> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(new Ballot(cycle.id(i % 2), "10.0." + (i / 200) + "." + (i % 200), clock.instant()));
        }
        batch.add(new Ballot(cycle.id(0), "10.0.0.1", clock.instant()));
        batch.add(new Ballot(cycle.id(0), "not-an-address", clock.instant()));
        batch.add(new Ballot(NominationId.of(999_999), "10.9.9.9", clock.instant()));

        IngestSummary first = rounds.ingestVotes(cycle.round.id(), batch);
        IngestSummary again = rounds.ingestVotes(cycle.round.id(), batch);

        assertThat(first.accepted()).isEqualTo(500);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.refused()).containsEntry(VoteOutcome.INVALID_VOTER, 1L).containsEntry(VoteOutcome.UNKNOWN_NOMINEE, 1L);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(501);
        assertThat(rounds.ranking(cycle.round.id()).nominees()).extracting(RankedNominee::votes).containsExactly(250L, 250L);
    }

    @Test
    void votesFromSixteenThreads_withThirtyPercentDuplicates_acceptExactlyTheDistinctVoters() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 70, 60, 50).toVoting();
        int distinct = 140_000;
        List<Ballot> ballots = new ArrayList<>();
        Random random = new Random(2018);
        for (int i = 0; i < distinct; i++) {
            ballots.add(new Ballot(cycle.id(i % 4), ipv4(i), clock.instant()));
        }
        for (int i = 0; i < 60_000; i++) {
            ballots.add(new Ballot(cycle.id(random.nextInt(4)), ipv4(random.nextInt(distinct)), clock.instant()));
        }
        Collections.shuffle(ballots, random);
        int threads = 16;
        int perThread = ballots.size() / threads;
        AtomicLong accepted = new AtomicLong();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Ballot> mine = ballots.subList(t * perThread, (t + 1) * perThread);
            boolean singleCasts = t == 0;
            work.add(() -> {
                if (singleCasts) {
                    for (Ballot b : mine.subList(0, 2_000)) {
                        if (rounds.castVote(cycle.round.id(), b) == VoteOutcome.ACCEPTED) {
                            accepted.incrementAndGet();
                        }
                    }
                    accepted.addAndGet(rounds.ingestVotes(cycle.round.id(), mine.subList(2_000, mine.size()).stream(), 2_000).accepted());
                } else {
                    accepted.addAndGet(rounds.ingestVotes(cycle.round.id(), mine.stream(), 2_000).accepted());
                }
                return null;
            });
        }
        runTogether(work);

        assertThat(accepted.get()).isEqualTo(distinct);
        assertThat(rounds.ranking(cycle.round.id()).nominees().stream().mapToLong(RankedNominee::votes).sum())
                .isEqualTo(distinct);
    }

    private static String ipv4(int i) {
        return "11." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }

    @Test
    void markBrushed_zeroesThatNomineesVoteComponent_andLeavesOthersUnchanged() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 80, 80).toVoting();
        cycle.vote(0, 1_000, "20.1");
        cycle.vote(1, 400, "20.2");
        cycle.vote(2, 200, "20.3");
        Ranking before = rounds.ranking(cycle.round.id());

        rounds.markBrushed(CLERK, cycle.id(0), "同一设备批量投票，经技术核查确认");
        Ranking after = rounds.ranking(cycle.round.id());

        RankedNominee brushed = after.nominees().stream().filter(n -> n.nominationId().equals(cycle.id(0))).findFirst().orElseThrow();
        assertThat(brushed.voteComponent()).isEqualByComparingTo("0");
        assertThat(brushed.votesBrushed()).isTrue();
        for (int i = 1; i < 3; i++) {
            NominationId id = cycle.id(i);
            assertThat(component(after, id)).isEqualByComparingTo(component(before, id));
        }
        assertThat(component(before, cycle.id(1))).isEqualByComparingTo("40");
        assertThat(registry.audit().forEntity("nomination", cycle.id(0).toString()))
                .extracting(a -> a.action()).contains("votes.brushed");
    }

    private static BigDecimal component(Ranking ranking, NominationId id) {
        return ranking.nominees().stream().filter(n -> n.nominationId().equals(id)).findFirst().orElseThrow().voteComponent();
    }

    // ---- ranking ---------------------------------------------------------------------------------

    @Test
    void ranking_breaksATieAtTheCutOffByExpertScore_thenSubmission_andNeverExceedsTheQuota() {
        Cycle cycle = new Cycle((Integer) null, 2018, 80, 90, 80, 60, 95).toVoting();
        cycle.vote(0, 1_000, "30.1");
        cycle.vote(2, 1_000, "30.3");
        cycle.vote(4, 1_000, "30.5");
        rounds.closeVoting(CLERK, cycle.round.id());
        // e: 0.85*95 + 15 = 95.75; a and c tie at 0.85*80 + 15 = 83 on the gold cut-off (a submitted
        // first); b: 0.85*90 = 76.5; d: 0.85*60 = 51.
        Ranking ranking = rounds.ranking(cycle.round.id());

        assertThat(ranking.provisional()).isFalse();
        assertThat(ranking.nominees()).extracting(RankedNominee::nominationId)
                .containsExactly(cycle.id(4), cycle.id(0), cycle.id(2), cycle.id(1), cycle.id(3));
        assertThat(ranking.selected("gold")).extracting(RankedNominee::nominationId).containsExactly(cycle.id(4), cycle.id(0));
        assertThat(ranking.selected("craftsman")).extracting(RankedNominee::nominationId).containsExactly(cycle.id(2));
        RankedNominee c = ranking.nominees().get(2);
        assertThat(c.composite()).isEqualByComparingTo(ranking.nominees().get(1).composite());
        assertThat(c.tieBreak().orElseThrow()).startsWith("earlier submission");
        assertThat(ranking.waitlist()).extracting(RankedNominee::waitlistPosition).containsExactly(1, 2);
        assertThat(ranking.explain()).contains("0.85 × 95.0000", "selected: gold", "waitlist #1");
    }

    @Test
    void ranking_namesEveryNomineeInTheRunning_asRegistered() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        SelectionRound round = rounds.open(CLERK, program.id(), 2018);
        List<Nomination> running = new ArrayList<>();
        for (String name : List.of("王建国", "李秀英", "张卫东", "刘淑芬")) {
            running.add(nominate(round, artisan(Fixtures.mechanic(nextSequence++).toBuilder().name(name).build())));
        }
        Artisan junior = artisan(Fixtures.mechanic(nextSequence++).toBuilder().name("赵小军").certificates(List.of(
                Fixtures.certificate(SkillLevel.JUNIOR_WORKER, Fixtures.CAR_MECHANIC, "J2015-1", LocalDate.of(2015, 1, 1), null))).build());
        nominate(round, junior);
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());

        Ranking ranking = rounds.ranking(round.id());

        assertThat(ranking.nominees()).extracting(RankedNominee::nominationId, RankedNominee::artisanId, RankedNominee::name)
                .containsExactlyInAnyOrderElementsOf(running.stream().map(n -> tuple(n.id(), n.artisanId(),
                        registry.artisans().get(n.artisanId()).name())).toList());
        assertThat(ranking.nominees()).extracting(RankedNominee::name).containsOnly("王建国", "李秀英", "张卫东", "刘淑芬");
    }

    // ---- notice, objections, naming ----------------------------------------------------------------

    @Test
    void upheldObjection_removesTheNominee_andPromotesTheWaitlist_andNamingWaitsForTheNoticeAndObjections() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90, 85, 80).toVoting().toNotice();
        SelectionRound inNotice = rounds.get(cycle.round.id());
        assertThat(inNotice.noticeStart()).contains(LocalDate.of(2018, 3, 1));
        assertThat(inNotice.noticeEnd()).contains(LocalDate.of(2018, 3, 7));

        Objection objection = rounds.fileObjection(CLERK, cycle.id(1), "赵某", "申报材料中的专利并非本人所有");
        clock.set(LocalDate.of(2018, 3, 8).atTime(10, 0).atZone(SHANGHAI).toInstant());
        assertThatThrownBy(() -> rounds.name(CLERK, cycle.round.id(), cycle.decision("淄工发〔2018〕12号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.OBJECTION_PENDING));
        assertThatThrownBy(() -> rounds.fileObjection(CLERK, cycle.id(0), "钱某", "过期"))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.OBJECTION_NOT_OPEN));

        rounds.decideObjection(CLERK, objection.id(), true, "经核实，专利权人为他人");
        assertThat(rounds.nomination(cycle.id(1)).status()).isEqualTo(NominationStatus.REMOVED);
        Ranking promoted = rounds.ranking(cycle.round.id());
        assertThat(promoted.selected("gold")).extracting(RankedNominee::nominationId).containsExactly(cycle.id(0), cycle.id(2));
        assertThat(promoted.selected("craftsman")).extracting(RankedNominee::nominationId).containsExactly(cycle.id(3));

        List<Honor> honors = cycle.name("淄工发〔2018〕12号");
        assertThat(honors).extracting(Honor::tierCode).containsExactly("gold", "gold", "craftsman");
        assertThat(honors).extracting(h -> h.decision().number()).containsOnly("淄工发〔2018〕12号");
        assertThat(rounds.get(cycle.round.id()).stage()).isEqualTo(RoundStage.NAMED);
        assertThat(registry.pool().sizeOn(LocalDate.now(clock))).isEqualTo(2);
    }

    @Test
    void name_beforeTheNoticeEnds_isRefused() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95).toVoting().toNotice();
        clock.set(LocalDate.of(2018, 3, 7).atTime(18, 0).atZone(SHANGHAI).toInstant());

        assertThatThrownBy(() -> rounds.name(CLERK, cycle.round.id(), cycle.decision("淄工发〔2018〕12号")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.NOTICE_NOT_OVER))
                .hasMessageContaining("2018-03-07");
        assertThat(registry.honors().ofProgram(cycle.program.id())).isEmpty();
    }

    @Test
    void twoCallersNamingTheSameRound_grantTheHonorsOnce() throws Exception {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90, 85, 80).toVoting().toNotice();
        clock.set(LocalDate.of(2018, 3, 9).atTime(10, 0).atZone(SHANGHAI).toInstant());
        List<Callable<Void>> work = new ArrayList<>();
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 2; i++) {
            String number = "淄工发〔2018〕" + (12 + i) + "号";
            work.add(() -> {
                try {
                    rounds.name(CLERK, cycle.round.id(), cycle.decision(number));
                } catch (RoundStageException | SelectionRefusedException e) {
                    refusals.add(e);
                }
                return null;
            });
        }
        runTogether(work);

        assertThat(refusals).hasSize(1);
        assertThat(registry.honors().ofProgram(cycle.program.id())).hasSize(3);
    }

    @Test
    void twoRoundsOfACappedProgramNamedAtOnce_neverExceedTheCap() throws Exception {
        HonorProgram program = registry.programs().define(CLERK, program(4));
        Cycle y2018 = new Cycle(program, 2018, 95, 90, 85).toVoting().toNotice();
        Cycle y2019 = new Cycle(program, 2019, 94, 89, 84).toVoting().toNotice();
        clock.set(LocalDate.of(2018, 3, 9).atTime(10, 0).atZone(SHANGHAI).toInstant());
        List<Callable<Void>> work = List.of(
                () -> {
                    rounds.name(CLERK, y2018.round.id(), y2018.decision("淄工发〔2018〕12号"));
                    return null;
                },
                () -> {
                    rounds.name(CLERK, y2019.round.id(), y2019.decision("淄工发〔2019〕8号"));
                    return null;
                });
        runTogether(work);

        List<Honor> honors = registry.honors().ofProgram(program.id());
        assertThat(honors).hasSize(4);
        assertThat(honors.stream().filter(h -> h.year() == 2018).count() + honors.stream().filter(h -> h.year() == 2019).count())
                .isEqualTo(4);
    }

    @Test
    void decisionNumber_usedByAnotherRound_isRefused() {
        HonorProgram program = registry.programs().define(CLERK, program(null));
        Cycle y2018 = new Cycle(program, 2018, 95).toVoting().toNotice();
        Cycle y2019 = new Cycle(program, 2019, 95).toVoting().toNotice();
        y2018.name("淄工发〔2018〕12号");

        assertThatThrownBy(() -> y2019.name("淄工发〔2018〕12号"))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> assertThat(e.getRule()).isEqualTo(Rule.DECISION_NUMBER_TAKEN));
        assertThat(rounds.get(y2019.round.id()).stage()).isEqualTo(RoundStage.PUBLIC_NOTICE);
    }

    // ---- revocation and the pool -----------------------------------------------------------------

    @Test
    void revoke_keepsTheHonorInHistory_endsItsBenefitsFromTheEffectiveDate_andThePoolMembership() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90).toVoting().toNotice();
        List<Honor> honors = cycle.name("淄工发〔2018〕12号");
        Honor honor = honors.get(0);
        LocalDate effective = LocalDate.of(2019, 6, 1);

        Honor revoked = registry.honors().revoke(CLERK, honor.id(),
                new RevocationRequest(RevocationReason.CRIMINAL_PUNISHMENT, "(2019)鲁0303刑初45号判决", effective, "淄博市总工会"));

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.isActiveOn(effective.minusDays(1))).isTrue();
        assertThat(revoked.isActiveOn(effective)).isFalse();
        assertThat(registry.honors().activeOn(honor.artisanId(), effective)).isEmpty();
        assertThat(registry.honors().ofArtisan(honor.artisanId())).hasSize(1);
        assertThat(registry.pool().ofArtisan(honor.artisanId())).singleElement()
                .satisfies(m -> assertThat(m.until()).contains(effective));
        assertThat(registry.pool().sizeOn(effective.minusDays(1))).isEqualTo(2);
        assertThat(registry.pool().sizeOn(effective)).isEqualTo(1);
        assertThatThrownBy(() -> registry.honors().revoke(CLERK, honor.id(),
                new RevocationRequest(RevocationReason.FRAUD, "again", effective, "淄博市总工会")))
                .isInstanceOfSatisfying(SelectionRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(Rule.ALREADY_REVOKED);
                    assertThat(e.getMessage()).isEqualTo("honor " + honor.id() + " was already revoked effective " + effective);
                    assertThat(e.getMessage(java.util.Locale.CHINESE))
                            .isEqualTo("荣誉" + honor.id() + "已于" + effective + "撤销，不能再次撤销");
                });
    }

    @Test
    void revokeDecision_revokesEveryHonorOfTheDecisionAtOnce() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90, 85).toVoting().toNotice();
        cycle.name("淄工发〔2018〕12号");
        LocalDate effective = LocalDate.of(2020, 1, 1);
        LocalDate decided = registry.honors().ofDecision("淄工发〔2018〕12号").get(0).decision().date();
        long inThePool = registry.pool().sizeOn(effective);
        assertThatThrownBy(() -> registry.honors().revokeDecision(CLERK, "淄工发〔2018〕12号",
                new RevocationRequest(RevocationReason.FRAUD, "评选过程存在严重违规", decided.minusDays(1), "中共淄博市委组织部")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("revocation.effectiveOn");
                    assertThat(e.getMessage(java.util.Locale.CHINESE)).contains("不能早于decision.date（" + decided + "）");
                });
        assertThat(registry.honors().ofDecision("淄工发〔2018〕12号")).noneMatch(Honor::isRevoked);
        assertThat(registry.pool().sizeOn(effective)).isEqualTo(inThePool).isPositive();

        List<Honor> revoked = registry.honors().revokeDecision(CLERK, "淄工发〔2018〕12号",
                new RevocationRequest(RevocationReason.FRAUD, "评选过程存在严重违规", effective, "中共淄博市委组织部"));

        assertThat(revoked).hasSize(3).allSatisfy(h -> assertThat(h.isActiveOn(effective)).isFalse());
        assertThat(registry.pool().sizeOn(effective)).isZero();
        assertThat(registry.audit().latest(20)).extracting(a -> a.action()).contains("decision.revoked", "honor.revoked");
    }

    @Test
    void purgeVoterKeys_onlyAfterNaming_keepsTheTally() {
        Cycle cycle = new Cycle((Integer) null, 2018, 95, 90).toVoting();
        cycle.vote(0, 300, "40.1");
        assertThatThrownBy(() -> rounds.purgeVoterKeys(CLERK, cycle.round.id())).isInstanceOf(RoundStageException.class);
        cycle.toNotice();
        cycle.name("淄工发〔2018〕12号");

        assertThat(rounds.purgeVoterKeys(CLERK, cycle.round.id())).isEqualTo(300);
        assertThat(rounds.ranking(cycle.round.id()).nominees().get(0).votes()).isEqualTo(300);
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
            throw new AssertionError("a worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
