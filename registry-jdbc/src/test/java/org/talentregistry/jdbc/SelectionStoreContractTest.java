package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.FlagClearance;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MembershipId;
import org.talentregistry.pool.PoolExit;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.spi.HonorStore;
import org.talentregistry.spi.StoreWork;

/**
 * The selection stores (programs, rounds, nominations, reviews, objections, honors, pool) as every database
 * must keep them, tested on the stores directly, run once per database by a subclass. Each test works in
 * a tenant of its own.
 */
abstract class SelectionStoreContractTest extends DatabaseContractTest {
    private static final Instant NOW = Instant.parse("2018-05-02T01:15:30.654321Z");
    private static final Actor CLERK = Actor.of("union-li", "李干事");
    private static final NamingDecision DECISION_2018 = new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 9, 28),
            "淄博市总工会");
    private static final NamingDecision DECISION_2019 = new NamingDecision("淄工发〔2019〕9号", LocalDate.of(2019, 9, 27),
            "淄博市总工会");

    private TenantId tenant;

    @BeforeEach
    void newTenant() {
        tenant = newTenantId();
    }

    private <T> T tx(StoreWork<T> work) {
        return store.inTransaction(tenant, work);
    }

    private HonorProgramId zibo() {
        return tx(s -> s.programs().insert(ProgramDefinition.zibo(), NOW));
    }

    private RoundId round(HonorProgramId programId, int year) {
        return tx(s -> s.rounds().insert(programId, 1, year, NOW));
    }

    private ArtisanId mechanic(int sequence) {
        return tx(s -> s.artisans().insert(Fixtures.mechanic(sequence), NOW));
    }

    private ArtisanId optometrist(int sequence) {
        return tx(s -> s.artisans().insert(Fixtures.optometrist(sequence), NOW));
    }

    private NominationId nominate(RoundId roundId, ArtisanId artisanId) {
        return tx(s -> s.nominations().insert(roundId, selfNomination(artisanId), NOW));
    }

    private static NominationRequest selfNomination(ArtisanId artisanId) {
        return new NominationRequest(artisanId, NominationChannel.SELF, "王建国", Declarations.inServiceWithCleanRecord());
    }

    private static Honor honor(HonorProgramId programId, RoundId roundId, int year, ArtisanId artisanId,
            NamingDecision decision, String certificate) {
        return new Honor(HonorId.of(1), programId, "淄博金牌工匠", "gold", "淄博金牌工匠", year, roundId, artisanId, decision,
                certificate, Optional.empty());
    }

    private static Honor withId(Honor h, HonorId id) {
        return new Honor(id, h.programId(), h.programName(), h.tierCode(), h.tierName(), h.year(), h.roundId(), h.artisanId(),
                h.decision(), h.certificateNumber(), h.revocation());
    }

    private static void assertOneWonAndOthersWereRefused(List<Object> outcomes, Class<?> winnerType,
            SelectionRefusedException.Rule rule) {
        assertThat(outcomes).filteredOn(winnerType::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !winnerType.isInstance(o)).hasSize(outcomes.size() - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(SelectionRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(rule)));
    }

    @Test
    void programs_insertVersionAndList_readBackEachVersionExactly() {
        ProgramDefinition zibo = ProgramDefinition.zibo();
        ProgramDefinition weifang = ProgramDefinition.zibo().toBuilder().name("潍坊金牌工匠").clearTiers()
                .tier(new HonorTier("gold", "潍坊金牌工匠", 10, true)).tier(new HonorTier("craft", "潍坊工匠", 30, true))
                .tier(new HonorTier("hand-made", "潍坊手造工匠", 20, false)).programCap(null).build();
        HonorProgramId first = tx(s -> s.programs().insert(zibo, NOW));
        HonorProgramId second = tx(s -> s.programs().insert(weifang, NOW));
        ProgramDefinition revised = zibo.toBuilder().noticeWorkingDays(7).repeatsAllowed(true).build();
        Instant later = NOW.plusSeconds(86_400);

        tx(s -> {
            s.programs().insertVersion(first, 2, revised, later);
            return null;
        });

        tx(s -> {
            assertThat(s.programs().current(first, false)).contains(new HonorProgram(first, 2, revised, later));
            assertThat(s.programs().current(first, true)).contains(new HonorProgram(first, 2, revised, later));
            assertThat(s.programs().version(first, 1)).contains(new HonorProgram(first, 1, zibo, NOW));
            assertThat(s.programs().version(first, 3)).isEmpty();
            assertThat(s.programs().list()).containsExactly(new HonorProgram(first, 2, revised, later),
                    new HonorProgram(second, 1, weifang, NOW));
            return null;
        });
    }

    @Test
    void programs_versionNotFollowingTheCurrentOne_isRefused_andWritesNothing() {
        HonorProgramId id = zibo();

        assertThatThrownBy(() -> tx(s -> {
            s.programs().insertVersion(id, 3, ProgramDefinition.zibo(), NOW);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("not at version 2");
        var version = tx(s -> s.programs().current(id, false)).orElseThrow().version();
        assertThat(version).isEqualTo(1);
    }

    @Test
    void rounds_insertFindListAndUpdate_roundTrip() {
        HonorProgramId programId = zibo();
        RoundId r2017 = round(programId, 2017);
        RoundId r2016 = tx(s -> s.rounds().insert(programId, 1, 2016, NOW.minusSeconds(3600)));

        tx(s -> {
            s.rounds().setStage(r2017, RoundStage.PUBLIC_NOTICE);
            s.rounds().setNotice(r2017, LocalDate.of(2017, 9, 4), LocalDate.of(2017, 9, 8));
            s.rounds().setStage(r2016, RoundStage.CANCELLED);
            s.rounds().setCancelReason(r2016, "疫情停办");
            return null;
        });

        SelectionRound expected2017 = new SelectionRound(r2017, programId, 1, 2017, RoundStage.PUBLIC_NOTICE,
                Optional.of(LocalDate.of(2017, 9, 4)), Optional.of(LocalDate.of(2017, 9, 8)), NOW, Optional.empty());
        SelectionRound expected2016 = new SelectionRound(r2016, programId, 1, 2016, RoundStage.CANCELLED, Optional.empty(),
                Optional.empty(), NOW.minusSeconds(3600), Optional.of("疫情停办"));
        tx(s -> {
            assertThat(s.rounds().find(r2017, false)).contains(expected2017);
            assertThat(s.rounds().find(r2017, true)).contains(expected2017);
            assertThat(s.rounds().find(programId, 2016)).contains(expected2016);
            assertThat(s.rounds().find(programId, 2018)).isEmpty();
            assertThat(s.rounds().list(programId)).containsExactly(expected2016, expected2017);
            return null;
        });
    }

    @Test
    void rounds_secondForTheSameYear_isRefused_andTheTransactionGoesOn() {
        HonorProgramId programId = zibo();
        RoundId first = round(programId, 2018);

        RoundId other = tx(s -> {
            assertThatThrownBy(() -> s.rounds().insert(programId, 1, 2018, NOW))
                    .isInstanceOfSatisfying(SelectionRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.ROUND_EXISTS_FOR_YEAR))
                    .hasMessageContaining("2018").hasMessageContaining("round " + first);
            return s.rounds().insert(programId, 1, 2019, NOW);
        });

        var rounds = tx(s -> s.rounds().list(programId));
        assertThat(rounds).extracting(SelectionRound::id).containsExactly(first, other);
    }

    @Test
    void rounds_sameYearFromTwoThreadsAtOnce_exactlyOneWins() throws Exception {
        HonorProgramId programId = zibo();

        List<Object> outcomes = racing(tenant, Collections.nCopies(2, s -> s.rounds().insert(programId, 1, 2018, NOW)));

        assertOneWonAndOthersWereRefused(outcomes, RoundId.class, SelectionRefusedException.Rule.ROUND_EXISTS_FOR_YEAR);
        var rounds = tx(s -> s.rounds().list(programId));
        assertThat(rounds).hasSize(1);
    }

    @Test
    void aRoundsVoteSecret_isNamedByTheFirstClaim_andEveryClaimAtOnceGetsThatOne() throws Exception {
        RoundId roundId = round(zibo(), 2018);
        List<String> ids = List.of("a1b2c3d4e5f60718", "0123456789abcdef", "fedcba9876543210");
        List<StoreWork<String>> claims = new ArrayList<>();
        for (String id : ids) {
            // Each reads the round first, as a cast does before it claims: in a repeatable-read transaction (a
            // host's, on InnoDB) its snapshot then predates the winner's commit.
            claims.add(s -> {
                s.rounds().find(roundId, false);
                return s.rounds().claimVoteSecret(roundId, id);
            });
        }

        List<Object> outcomes = racing(tenant, claims);
        String later = tx(s -> s.rounds().claimVoteSecret(roundId, "ffffffffffffffff"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(String.class));
        assertThat(new java.util.HashSet<>(outcomes)).hasSize(1);
        assertThat(ids).contains((String) outcomes.get(0));
        assertThat(later).isEqualTo(outcomes.get(0));
        assertThatThrownBy(() -> store.inTransaction(newTenantId(), s -> s.rounds().claimVoteSecret(roundId, "ffffffffffffffff")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nominations_insertFindAndList_roundTrip() {
        RoundId roundId = round(zibo(), 2018);
        ArtisanId mechanic = mechanic(11);
        ArtisanId optometrist = optometrist(12);
        NominationRequest byEmployer = new NominationRequest(optometrist, NominationChannel.EMPLOYER, "淄博明亮眼镜有限公司",
                new Declarations(null, "2015年轻微安全事故"));

        NominationId first = nominate(roundId, mechanic);
        NominationId second = tx(s -> s.nominations().insert(roundId, byEmployer, NOW.plusSeconds(60)));
        tx(s -> {
            s.nominations().setStatus(first, NominationStatus.WITHDRAWN);
            s.nominations().setVotesBrushed(second, true);
            return null;
        });

        Nomination expectedFirst = new Nomination(first, roundId, mechanic, NominationChannel.SELF, "王建国",
                Declarations.inServiceWithCleanRecord(), NOW, NominationStatus.WITHDRAWN, Optional.empty(), false);
        Nomination expectedSecond = new Nomination(second, roundId, optometrist, NominationChannel.EMPLOYER, "淄博明亮眼镜有限公司",
                new Declarations(null, "2015年轻微安全事故"), NOW.plusSeconds(60), NominationStatus.ACTIVE, Optional.empty(), true);
        tx(s -> {
            assertThat(s.nominations().find(first, false)).contains(expectedFirst);
            assertThat(s.nominations().find(second, true)).contains(expectedSecond);
            assertThat(s.nominations().find(roundId, optometrist)).contains(expectedSecond);
            assertThat(s.nominations().list(roundId)).containsExactly(expectedFirst, expectedSecond);
            return null;
        });
    }

    @Test
    void nominations_sameArtisanTwiceInARound_isRefused_butAnotherRoundTakesIt() {
        HonorProgramId programId = zibo();
        RoundId r2018 = round(programId, 2018);
        RoundId r2019 = round(programId, 2019);
        ArtisanId artisan = mechanic(11);
        NominationId first = nominate(r2018, artisan);

        assertThatThrownBy(() -> nominate(r2018, artisan))
                .isInstanceOfSatisfying(SelectionRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.ALREADY_NOMINATED))
                .hasMessageContaining("nomination " + first);
        nominate(r2019, artisan);

        var nominations = tx(s -> s.nominations().list(r2018));
        assertThat(nominations).hasSize(1);
    }

    @Test
    void nominations_sameArtisanFromThreadsAtOnce_exactlyOneWins() throws Exception {
        RoundId roundId = round(zibo(), 2018);
        ArtisanId artisan = mechanic(11);

        List<Object> outcomes = racing(tenant, Collections.nCopies(3,
                s -> s.nominations().insert(roundId, selfNomination(artisan), NOW)));

        assertOneWonAndOthersWereRefused(outcomes, NominationId.class, SelectionRefusedException.Rule.ALREADY_NOMINATED);
        var nominations = tx(s -> s.nominations().list(roundId));
        assertThat(nominations).hasSize(1);
    }

    @Test
    void verdict_roundTripsWithItsClearance_andIsReplacedAsAWhole() {
        RoundId roundId = round(zibo(), 2018);
        NominationId id = nominate(roundId, mechanic(11));
        FlagClearance clearance = new FlagClearance("技术骨干，委员会同意", CLERK, NOW.plusSeconds(5));
        Verdict verdict = new Verdict(LocalDate.of(2018, 5, 1), List.of(
                new CriterionResult("level", "skill level at or above 高级工 (hard)", Outcome.MET,
                        "level 技师 from certificate T2012-0033 valid on 2018-05-01", Optional.empty()),
                new CriterionResult("age", "aged 55 or under (soft: flagged, not refused)", Outcome.FLAGGED,
                        "aged 56 on 2018-05-01", Optional.of(clearance)),
                new CriterionResult("in-service", "in service (hard)", Outcome.FLAGGED, "not declared", Optional.empty())));

        tx(s -> {
            s.nominations().setVerdict(id, verdict);
            return null;
        });

        Verdict read = tx(s -> s.nominations().find(id, false)).orElseThrow().verdict().orElseThrow();
        assertThat(read).isEqualTo(verdict);
        assertThat(read.results().get(1).clearance()).contains(clearance);
        assertThat(read.status()).isEqualTo(Eligibility.NEEDS_REVIEW);

        Verdict noCriteria = new Verdict(LocalDate.of(2018, 5, 2), List.of());
        tx(s -> {
            s.nominations().setVerdict(id, noCriteria);
            return null;
        });
        var replaced = tx(s -> s.nominations().list(roundId)).get(0).verdict();
        assertThat(replaced).contains(noCriteria);
    }

    @Test
    void reviewers_roundTrip_withAndWithoutEmployer() {
        RoundId roundId = round(zibo(), 2018);
        String valid = Fixtures.creditCode("91370300MA3C0001X").value();
        String failingChecksum = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
        CreditCode pilotCode = CreditCode.withChecksumOverride(failingChecksum, "early pilot code, checked by the bureau");

        ReviewerId withEmployer = tx(s -> s.reviews().insertReviewer(roundId, "张教授", Fixtures.carRepairShop().creditCode()));
        ReviewerId withoutEmployer = tx(s -> s.reviews().insertReviewer(roundId, "刘高工", null));
        ReviewerId withPilotCode = tx(s -> s.reviews().insertReviewer(roundId, "赵工", pilotCode));

        tx(s -> {
            assertThat(s.reviews().reviewer(withEmployer)).contains(new Reviewer(withEmployer, roundId, "张教授",
                    Optional.of(Fixtures.carRepairShop().creditCode())));
            assertThat(s.reviews().reviewers(roundId)).extracting(Reviewer::id)
                    .containsExactly(withEmployer, withoutEmployer, withPilotCode);
            assertThat(s.reviews().reviewer(withoutEmployer).orElseThrow().employer()).isEmpty();
            assertThat(s.reviews().reviewer(withPilotCode).orElseThrow().employer().orElseThrow().overrideReason())
                    .contains("early pilot code, checked by the bureau");
            return null;
        });
    }

    @Test
    void conflicts_areSaved_andReplacedByTheirDismissal() {
        RoundId roundId = round(zibo(), 2018);
        NominationId mechanic = nominate(roundId, mechanic(11));
        NominationId optometrist = nominate(roundId, optometrist(12));
        ReviewerId reviewer = tx(s -> s.reviews().insertReviewer(roundId, "张教授", Fixtures.carRepairShop().creditCode()));
        Conflict declared = new Conflict(reviewer, optometrist, Conflict.Source.DECLARED, "曾为其导师", Optional.empty());
        Conflict computed = new Conflict(reviewer, mechanic, Conflict.Source.SAME_EMPLOYER, "同一单位", Optional.empty());
        Conflict dismissed = new Conflict(reviewer, mechanic, Conflict.Source.SAME_EMPLOYER, "同一单位",
                Optional.of("已于2017年离职"));

        tx(s -> {
            s.reviews().saveConflict(roundId, declared);
            s.reviews().saveConflict(roundId, computed);
            s.reviews().saveConflict(roundId, dismissed);
            return null;
        });

        var conflicts = tx(s -> s.reviews().conflicts(roundId));
        assertThat(conflicts).containsExactly(dismissed, declared);
    }

    @Test
    void scores_roundTripExactly_andAreReplaced() {
        RoundId roundId = round(zibo(), 2018);
        NominationId mechanic = nominate(roundId, mechanic(11));
        NominationId optometrist = nominate(roundId, optometrist(12));
        ReviewerId zhang = tx(s -> s.reviews().insertReviewer(roundId, "张教授", null));
        ReviewerId liu = tx(s -> s.reviews().insertReviewer(roundId, "刘高工", null));
        ExpertScore zhangMechanic = new ExpertScore(zhang, mechanic, Map.of("skill", new BigDecimal("35"),
                "innovation", new BigDecimal("27.5"), "contribution", new BigDecimal("28.125")), NOW);
        ExpertScore liuMechanic = new ExpertScore(liu, mechanic, Map.of("skill", new BigDecimal("3E+1"),
                "innovation", new BigDecimal("20.00"), "contribution", new BigDecimal("0")), NOW);
        ExpertScore zhangOptometrist = new ExpertScore(zhang, optometrist, Map.of("skill", new BigDecimal("31"),
                "innovation", new BigDecimal("22"), "contribution", new BigDecimal("25")), NOW);
        ExpertScore zhangMechanicRevised = new ExpertScore(zhang, mechanic, Map.of("skill", new BigDecimal("36.5"),
                "innovation", new BigDecimal("27")), NOW.plusSeconds(600));

        tx(s -> {
            s.reviews().saveScore(roundId, zhangMechanic);
            s.reviews().saveScore(roundId, liuMechanic);
            s.reviews().saveScore(roundId, zhangOptometrist);
            return null;
        });
        var scores = tx(s -> s.reviews().scores(roundId));
        assertThat(scores).containsExactly(zhangMechanic, liuMechanic, zhangOptometrist);
        var total = tx(s -> s.reviews().scores(mechanic)).get(0).total();
        assertThat(total).isEqualByComparingTo("90.625");

        tx(s -> {
            s.reviews().saveScore(roundId, zhangMechanicRevised);
            return null;
        });
        var mechanicScores = tx(s -> s.reviews().scores(mechanic));
        assertThat(mechanicScores).containsExactly(zhangMechanicRevised, liuMechanic);
        var optometristScores = tx(s -> s.reviews().scores(optometrist));
        assertThat(optometristScores).containsExactly(zhangOptometrist);
    }

    @Test
    void scores_thatTheColumnWouldRoundOrClip_areRefused_andNothingIsWritten() {
        RoundId roundId = round(zibo(), 2018);
        NominationId nominee = nominate(roundId, mechanic(11));
        ReviewerId zhang = tx(s -> s.reviews().insertReviewer(roundId, "张教授", null));

        for (String points : List.of("35.0001", "10000")) {
            assertThatThrownBy(() -> tx(s -> {
                s.reviews().saveScore(roundId, new ExpertScore(zhang, nominee,
                        Map.of("contribution", new BigDecimal("20"), "skill", new BigDecimal(points)), NOW));
                return null;
            })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skill").hasMessageContaining(points);
        }
        var scores = tx(s -> s.reviews().scores(roundId));
        assertThat(scores).isEmpty();
    }

    @Test
    void scores_savedFromThreadsAtOnce_leaveOneScore() throws Exception {
        RoundId roundId = round(zibo(), 2018);
        NominationId nominee = nominate(roundId, mechanic(11));
        ReviewerId zhang = tx(s -> s.reviews().insertReviewer(roundId, "张教授", null));
        ExpertScore score = new ExpertScore(zhang, nominee, Map.of("skill", new BigDecimal("35")), NOW);

        List<Object> outcomes = racing(tenant, Collections.nCopies(3, s -> {
            s.reviews().saveScore(roundId, score);
            return Boolean.TRUE;
        }));

        assertThat(outcomes).containsOnly(Boolean.TRUE);
        var scores = tx(s -> s.reviews().scores(roundId));
        assertThat(scores).containsExactly(score);
    }

    @Test
    void objections_insertFindListAndDecide_roundTrip() {
        RoundId roundId = round(zibo(), 2018);
        NominationId nominee = nominate(roundId, mechanic(11));
        ObjectionId first = tx(s -> s.objections().insert(roundId, nominee, "陈某", "获奖作品非本人完成", NOW));
        ObjectionId second = tx(s -> s.objections().insert(roundId, nominee, "周某", "工龄不足", NOW.plusSeconds(1)));

        tx(s -> {
            s.objections().decide(second, Objection.Status.DISMISSED, "经核查工龄属实");
            return null;
        });

        Objection pending = new Objection(first, nominee, "陈某", "获奖作品非本人完成", NOW, Objection.Status.PENDING,
                Optional.empty());
        Objection dismissed = new Objection(second, nominee, "周某", "工龄不足", NOW.plusSeconds(1), Objection.Status.DISMISSED,
                Optional.of("经核查工龄属实"));
        tx(s -> {
            assertThat(s.objections().find(first, true)).contains(pending);
            assertThat(s.objections().find(second, false)).contains(dismissed);
            assertThat(s.objections().list(roundId)).containsExactly(pending, dismissed);
            return null;
        });
    }

    @Test
    void honors_insertAndQuery_byArtisanProgramAndDecision() {
        HonorProgramId programId = zibo();
        RoundId r2018 = round(programId, 2018);
        RoundId r2019 = round(programId, 2019);
        ArtisanId mechanic = mechanic(11);
        ArtisanId optometrist = optometrist(12);
        Honor mechanic2018 = honor(programId, r2018, 2018, mechanic, DECISION_2018, "ZB2018-001");
        Honor optometrist2018 = honor(programId, r2018, 2018, optometrist, DECISION_2018, "ZB2018-002");
        Honor mechanic2019 = honor(programId, r2019, 2019, mechanic, DECISION_2019, "ZB2019-001");

        HonorId[] ids = tx(s -> new HonorId[] {s.honors().insert(mechanic2018), s.honors().insert(optometrist2018),
            s.honors().insert(mechanic2019)});

        Honor a = withId(mechanic2018, ids[0]);
        Honor b = withId(optometrist2018, ids[1]);
        Honor c = withId(mechanic2019, ids[2]);
        tx(s -> {
            assertThat(s.honors().find(ids[0], false)).contains(a);
            assertThat(s.honors().find(ids[1], true)).contains(b);
            assertThat(s.honors().ofArtisan(mechanic)).containsExactly(a, c);
            assertThat(s.honors().ofArtisans(List.of(optometrist, mechanic, optometrist))).containsExactly(a, c, b);
            assertThat(s.honors().ofArtisans(List.of())).isEmpty();
            assertThat(s.honors().ofProgram(programId)).containsExactly(a, b, c);
            assertThat(s.honors().ofDecision(DECISION_2018.number())).containsExactly(a, b);
            assertThat(s.honors().ofDecision("淄工发〔2020〕1号")).isEmpty();
            assertThat(s.honors().countOfProgram(programId)).isEqualTo(3);
            return null;
        });
    }

    @Test
    void honorsOfArtisans_ofSomeKinds_readsOnlyThoseProgramsAndTiers() {
        HonorProgramId gold = zibo();
        HonorProgramId other = tx(s -> s.programs().insert(ProgramDefinition.zibo().toBuilder().name("淄博市技术能手").build(), NOW));
        RoundId gold2018 = round(gold, 2018);
        RoundId gold2019 = round(gold, 2019);
        RoundId other2018 = round(other, 2018);
        ArtisanId mechanic = mechanic(11);
        ArtisanId optometrist = optometrist(12);
        Honor mechanicGold = honor(gold, gold2018, 2018, mechanic, DECISION_2018, "ZB2018-001");
        Honor optometristNominee = new Honor(HonorId.of(1), gold, "淄博金牌工匠", "nominee", "淄博金牌工匠提名奖", 2019, gold2019,
                optometrist, DECISION_2019, "ZB2019-001", Optional.empty());
        Honor mechanicOther = new Honor(HonorId.of(1), other, "淄博市技术能手", "expert", "淄博市技术能手", 2018, other2018,
                mechanic, new NamingDecision("淄人社发〔2018〕7号", LocalDate.of(2018, 5, 1), "淄博市人力资源和社会保障局"),
                "JN2018-001", Optional.empty());
        HonorId[] ids = tx(s -> new HonorId[] {s.honors().insert(mechanicGold), s.honors().insert(optometristNominee),
            s.honors().insert(mechanicOther)});
        Honor a = withId(mechanicGold, ids[0]);
        Honor b = withId(optometristNominee, ids[1]);
        Honor c = withId(mechanicOther, ids[2]);
        List<ArtisanId> both = List.of(optometrist, mechanic);

        tx(s -> {
            HonorStore honors = s.honors();
            assertThat(honors.ofArtisans(both, List.of(new HonorKind(gold, Set.of("gold"))))).containsExactly(a);
            assertThat(honors.ofArtisans(both, List.of(new HonorKind(gold, Set.of())))).containsExactlyInAnyOrder(a, b);
            assertThat(honors.ofArtisans(both, List.of(new HonorKind(gold, Set.of("gold", "nominee"))))).containsExactlyInAnyOrder(a, b);
            assertThat(honors.ofArtisans(both, List.of(new HonorKind(other, Set.of()), new HonorKind(gold, Set.of("nominee")))))
                    .containsExactlyInAnyOrder(c, b);
            assertThat(honors.ofArtisans(both, List.of(new HonorKind(other, Set.of("gold"))))).isEmpty();
            assertThat(honors.ofArtisans(both, List.of())).isEmpty();
            assertThat(honors.ofArtisans(List.of(optometrist), List.of(new HonorKind(gold, Set.of("gold"))))).isEmpty();
            // The citations read what the whole honors hold, repeats of an artisan given twice at most repeated.
            List<HonorCitation> cited = new ArrayList<>();
            honors.eachCitationOfArtisans(List.of(optometrist, mechanic, optometrist),
                    List.of(new HonorKind(other, Set.of()), new HonorKind(gold, Set.of("nominee"))), cited::add);
            assertThat(new LinkedHashSet<>(cited)).containsExactlyInAnyOrder(HonorCitation.of(c), HonorCitation.of(b));
            assertThat(cited).hasSizeBetween(2, 3);
            List<HonorCitation> none = new ArrayList<>();
            honors.eachCitationOfArtisans(both, List.of(), none::add);
            assertThat(none).isEmpty();
            return null;
        });
    }

    @Test
    void honorsOfArtisans_ofSomeKinds_throughAPoolThatHidesTheDriversStatements_stillReads() {
        HonorProgramId gold = zibo();
        RoundId r2018 = round(gold, 2018);
        ArtisanId mechanic = mechanic(11);
        HonorId id = tx(s -> s.honors().insert(honor(gold, r2018, 2018, mechanic, DECISION_2018, "ZB2018-001")));
        JdbcRegistryStore hiding = JdbcRegistryStore.builder(statementsNotUnwrappable(db.dataSource())).migrate(false).build();

        // Several runs: pgJDBC would prepare the statement on the server from the fifth.
        for (int run = 0; run < 7; run++) {
            List<Honor> found = hiding.withSession(tenant,
                    s -> s.honors().ofArtisans(List.of(mechanic), List.of(new HonorKind(gold, Set.of("gold")))));
            assertThat(found).extracting(Honor::id).containsExactly(id);
        }
    }

    /** A pool whose prepared statements, like those of some tracing proxies, unwrap to nothing. */
    private static DataSource statementsNotUnwrappable(DataSource target) {
        return proxy(DataSource.class, target, (method, result) -> result instanceof Connection c
                ? proxy(Connection.class, c, (m, r) -> r instanceof PreparedStatement p ? proxy(PreparedStatement.class, p, null) : r)
                : result);
    }

    /**
     * Delegates to a target, passing each result through {@code wrapResult}; with none, the proxy is a
     * statement that is no wrapper of anything.
     */
    private static <T> T proxy(Class<T> type, T target, BiFunction<Method, Object, Object> wrapResult) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (wrapResult == null && method.getName().equals("isWrapperFor")) {
                return false;
            }
            if (wrapResult == null && method.getName().equals("unwrap")) {
                throw new SQLException("not a wrapper");
            }
            try {
                Object result = method.invoke(target, args);
                return wrapResult == null ? result : wrapResult.apply(method, result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Test
    void honorsOfArtisans_acrossThousandsOfIds_findsEveryHonor() {
        HonorProgramId programId = zibo();
        RoundId roundId = round(programId, 2018);
        List<ArtisanId> honorees = List.of(mechanic(11), optometrist(12), mechanic(13));
        tx(s -> {
            for (int i = 0; i < honorees.size(); i++) {
                s.honors().insert(honor(programId, roundId, 2018, honorees.get(i), DECISION_2018, "ZB2018-00" + i));
            }
            return null;
        });
        List<ArtisanId> asked = new ArrayList<>(LongStream.rangeClosed(1, 2_500)
                .map(i -> honorees.get(0).value() + 5_000 + i).mapToObj(ArtisanId::of).toList());
        asked.add(700, honorees.get(2));
        asked.add(1_800, honorees.get(0));
        asked.add(honorees.get(1));

        List<Honor> found = tx(s -> s.honors().ofArtisans(asked));

        assertThat(found).extracting(Honor::artisanId).containsExactlyElementsOf(honorees);
    }

    @Test
    void revoke_isRecordedAndKept_aSecondIsRefused_andTheCountStays() {
        HonorProgramId programId = zibo();
        RoundId roundId = round(programId, 2018);
        HonorId id = tx(s -> s.honors().insert(honor(programId, roundId, 2018, mechanic(11), DECISION_2018, "ZB2018-001")));
        Revocation revocation = new Revocation(RevocationReason.FRAUD, "申报材料造假（淄纪〔2019〕3号）",
                LocalDate.of(2019, 3, 1), "淄博市总工会", CLERK);

        tx(s -> {
            s.honors().revoke(id, revocation);
            return null;
        });

        Honor revoked = tx(s -> s.honors().find(id, false)).orElseThrow();
        assertThat(revoked.revocation()).contains(revocation);
        assertThat(revoked.isActiveOn(LocalDate.of(2019, 2, 28))).isTrue();
        assertThat(revoked.isActiveOn(LocalDate.of(2019, 3, 1))).isFalse();
        assertThatThrownBy(() -> tx(s -> {
            s.honors().revoke(id, new Revocation(RevocationReason.MORAL_FAILING, "再次", LocalDate.of(2020, 1, 1),
                    "淄博市总工会", CLERK));
            return null;
        })).isInstanceOfSatisfying(SelectionRefusedException.class,
                e -> assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.ALREADY_REVOKED));
        var kept = tx(s -> s.honors().find(id, false)).orElseThrow().revocation();
        assertThat(kept).contains(revocation);
        var count = tx(s -> s.honors().countOfProgram(programId));
        assertThat(count).isEqualTo(1);
    }

    @Test
    void decisionNumber_ofAnotherRound_isRefused_andTheTransactionGoesOn() {
        HonorProgramId programId = zibo();
        RoundId r2018 = round(programId, 2018);
        RoundId r2019 = round(programId, 2019);
        tx(s -> s.honors().insert(honor(programId, r2018, 2018, mechanic(11), DECISION_2018, "ZB2018-001")));
        ArtisanId optometrist = optometrist(12);

        HonorId inserted = tx(s -> {
            assertThatThrownBy(() -> s.honors().insert(honor(programId, r2019, 2019, optometrist, DECISION_2018, "ZB2019-001")))
                    .isInstanceOfSatisfying(SelectionRefusedException.class,
                            e -> assertThat(e.getRule()).isEqualTo(SelectionRefusedException.Rule.DECISION_NUMBER_TAKEN))
                    .hasMessageContaining(DECISION_2018.number()).hasMessageContaining("round " + r2018);
            return s.honors().insert(honor(programId, r2018, 2018, optometrist, DECISION_2018, "ZB2018-002"));
        });

        var named = tx(s -> s.honors().ofDecision(DECISION_2018.number()));
        assertThat(named).hasSize(2).last()
                .extracting(Honor::id).isEqualTo(inserted);
    }

    @Test
    void decisionNumber_claimedByTwoRoundsAtOnce_goesToOne() throws Exception {
        HonorProgramId programId = zibo();
        RoundId r2018 = round(programId, 2018);
        RoundId r2019 = round(programId, 2019);
        ArtisanId artisan = mechanic(11);
        Honor of2018 = honor(programId, r2018, 2018, artisan, DECISION_2018, "ZB2018-001");
        Honor of2019 = honor(programId, r2019, 2019, artisan, DECISION_2018, "ZB2019-001");

        List<Object> outcomes = racing(tenant, List.of(s -> s.honors().insert(of2018), s -> s.honors().insert(of2019)));

        assertOneWonAndOthersWereRefused(outcomes, HonorId.class, SelectionRefusedException.Rule.DECISION_NUMBER_TAKEN);
        var named = tx(s -> s.honors().ofDecision(DECISION_2018.number()));
        assertThat(named).hasSize(1);
    }

    @Test
    void pool_membershipsHoldFromTheirDateUntilEnded() {
        HonorProgramId programId = zibo();
        RoundId r2018 = round(programId, 2018);
        RoundId r2019 = round(programId, 2019);
        ArtisanId mechanic = mechanic(11);
        ArtisanId optometrist = optometrist(12);
        HonorId[] ids = tx(s -> new HonorId[] {
            s.honors().insert(honor(programId, r2018, 2018, mechanic, DECISION_2018, "ZB2018-001")),
            s.honors().insert(honor(programId, r2018, 2018, optometrist, DECISION_2018, "ZB2018-002")),
            s.honors().insert(honor(programId, r2019, 2019, mechanic, DECISION_2019, "ZB2019-001"))});
        PoolSource.ByHonor m2018 = new PoolSource.ByHonor(ids[0], programId, "gold", 2018);
        PoolSource.ByHonor o2018 = new PoolSource.ByHonor(ids[1], programId, "gold", 2018);
        PoolSource.ByHonor m2019 = new PoolSource.ByHonor(ids[2], programId, "gold", 2019);
        MembershipId[] members = tx(s -> new MembershipId[] {
            s.pool().insert(mechanic, m2018, DECISION_2018.date(), CLERK),
            s.pool().insert(optometrist, o2018, DECISION_2018.date(), CLERK),
            s.pool().insert(mechanic, m2019, DECISION_2019.date(), CLERK)});
        PoolMembership mechanic2018 = new PoolMembership(members[0], mechanic, m2018, DECISION_2018.date(), Optional.empty(), CLERK);
        PoolMembership mechanic2019 = new PoolMembership(members[2], mechanic, m2019, DECISION_2019.date(), Optional.empty(), CLERK);
        LocalDate revokedOn = LocalDate.of(2020, 3, 1);
        PoolExit revoked = new PoolExit(LeaveReason.HONOR_REVOKED, revokedOn, Optional.of("FRAUD"), CLERK);

        int ended = tx(s -> s.pool().endByHonor(ids[1], revoked));
        int endedAgain = tx(s -> s.pool().endByHonor(ids[1], new PoolExit(LeaveReason.HONOR_REVOKED,
                revokedOn.plusDays(9), Optional.empty(), CLERK)));

        assertThat(ended).isEqualTo(1);
        assertThat(endedAgain).isZero();
        PoolMembership optometristEnded = new PoolMembership(members[1], optometrist, o2018, DECISION_2018.date(),
                Optional.of(revoked), CLERK);
        tx(s -> {
            assertThat(s.pool().activeOn(DECISION_2018.date().minusDays(1))).isEmpty();
            assertThat(s.pool().activeOn(DECISION_2018.date())).containsExactly(mechanic2018, optometristEnded);
            assertThat(s.pool().sizeOn(DECISION_2018.date())).isEqualTo(2);
            assertThat(s.pool().activeOn(LocalDate.of(2020, 2, 29)))
                    .containsExactly(mechanic2018, mechanic2019, optometristEnded);
            assertThat(s.pool().sizeOn(LocalDate.of(2020, 2, 29))).isEqualTo(2);
            assertThat(s.pool().activeOn(revokedOn)).containsExactly(mechanic2018, mechanic2019);
            assertThat(s.pool().sizeOn(revokedOn)).isEqualTo(1);
            assertThat(s.pool().ofArtisan(mechanic)).containsExactly(mechanic2018, mechanic2019);
            assertThat(s.pool().ofArtisan(optometrist)).containsExactly(optometristEnded);
            return null;
        });
    }

    @Test
    void tenants_doNotSeeEachOthersRoundsHonorsOrDecisionNumbers() {
        HonorProgramId programId = zibo();
        RoundId roundId = round(programId, 2018);
        ArtisanId artisan = mechanic(11);
        HonorId honorId = tx(s -> s.honors().insert(honor(programId, roundId, 2018, artisan, DECISION_2018, "ZB2018-001")));
        tx(s -> {
            s.pool().insert(artisan, new PoolSource.ByHonor(honorId, programId, "gold", 2018), DECISION_2018.date(), CLERK);
            return null;
        });
        TenantId weifang = newTenantId();

        store.inTransaction(weifang, s -> {
            assertThat(s.programs().current(programId, false)).isEmpty();
            assertThat(s.programs().list()).isEmpty();
            assertThat(s.rounds().find(roundId, false)).isEmpty();
            assertThat(s.rounds().find(programId, 2018)).isEmpty();
            assertThat(s.rounds().list(programId)).isEmpty();
            assertThat(s.honors().find(honorId, false)).isEmpty();
            assertThat(s.honors().ofArtisan(artisan)).isEmpty();
            assertThat(s.honors().ofArtisans(List.of(artisan))).isEmpty();
            assertThat(s.honors().ofProgram(programId)).isEmpty();
            assertThat(s.honors().ofDecision(DECISION_2018.number())).isEmpty();
            assertThat(s.honors().countOfProgram(programId)).isZero();
            assertThat(s.pool().sizeOn(LocalDate.of(2019, 1, 1))).isZero();
            assertThat(s.pool().endByHonor(honorId, new PoolExit(LeaveReason.HONOR_REVOKED, LocalDate.of(2019, 1, 1),
                    Optional.empty(), CLERK))).isZero();
            return null;
        });
        HonorId theirs = store.inTransaction(weifang, s -> {
            HonorProgramId theirProgram = s.programs().insert(ProgramDefinition.zibo(), NOW);
            RoundId theirRound = s.rounds().insert(theirProgram, 1, 2018, NOW);
            ArtisanId theirArtisan = s.artisans().insert(Fixtures.mechanic(11), NOW);
            return s.honors().insert(honor(theirProgram, theirRound, 2018, theirArtisan, DECISION_2018, "WF2018-001"));
        });

        var ours = tx(s -> s.honors().ofDecision(DECISION_2018.number()));
        assertThat(ours).extracting(Honor::id).containsExactly(honorId);
        var theirsByNumber = store.inTransaction(weifang, s -> s.honors().ofDecision(DECISION_2018.number()));
        assertThat(theirsByNumber)
                .extracting(Honor::id).containsExactly(theirs);
        var poolSize = tx(s -> s.pool().sizeOn(LocalDate.of(2019, 1, 1)));
        assertThat(poolSize).isEqualTo(1);
    }
}
