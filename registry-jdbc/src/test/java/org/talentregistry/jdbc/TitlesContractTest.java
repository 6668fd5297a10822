package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.privacy.PersonalDataExport;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.spi.ArtisanStore;
import org.talentregistry.spi.HonorStore;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.spi.StoreWork;
import org.talentregistry.title.PriorityCheck;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.PriorityScreen;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleVersion;

/**
 * Technician titles and priority through the facade, on every database. Honors are created through the
 * public API: a small program whose rounds name every nominee.
 */
abstract class TitlesContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("bureau-sun", "孙科长");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CHIEF = "zibo-chief-technician";
    private static final Declarations IN_SERVICE = Declarations.inServiceWithCleanRecord();
    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");
    private static final IssuingRegion WEIFANG = IssuingRegion.of("370700");
    private static final IssuingRegion SHANDONG = IssuingRegion.of("370000");
    private static final String MUNICIPAL = "municipal-chief-technician";
    private static final String QILU = "qilu-chief-technician";

    private MutableClock clock;
    private TenantId tenant;
    private TalentRegistry registry;
    private HonorProgram craftsman;
    private int nextSequence;
    private TitleRound provinceRound;
    private TitleRound cityRound;

    @BeforeEach
    void newTenant() {
        clock = new MutableClock(Instant.parse("2018-03-01T02:00:00Z"), SHANGHAI);
        tenant = newTenantId();
        registry = TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .voteSecret("bureau-test-secret-0123".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
        craftsman = registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().clearTiers()
                .tier(new HonorTier("gold", "淄博金牌工匠", 500, true)).programCap(null).clearCriteria().build());
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        nextSequence = 1;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Artisan artisan(String birthDate) {
        int sequence = nextSequence++ % 1000;
        ArtisanDetails details = Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", birthDate, sequence)).build();
        return registry.artisans().register(CLERK, details);
    }

    private Artisan artisan() {
        return artisan("19780512");
    }

    /** A technician registered in a district: 370303 张店区 (淄博), 370702 潍城区 (潍坊), 370102 历下区 (济南). */
    private Artisan artisanIn(String districtCode, String districtName) {
        int sequence = nextSequence++ % 1000;
        return registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19800101", sequence))
                .region(org.talentregistry.artisan.Region.of(districtCode, districtName)).build());
    }

    /** A round of a title held by a region, with applicants and scores. */
    private TitleRound roundOf(String title, IssuingRegion region, int year, Object... artisansAndScores) {
        TitleRound round = registry.titles().openRound(CLERK, title, region, year, LocalDate.of(year, 9, 1));
        for (int i = 0; i < artisansAndScores.length; i += 2) {
            clock.advance(Duration.ofMinutes(1));
            registry.titles().apply(CLERK, round.id(), ((Artisan) artisansAndScores[i]).id(),
                    new BigDecimal((String) artisansAndScores[i + 1]), IN_SERVICE);
        }
        return round;
    }

    /** A policy without conditions: rounds need one in force, these tests are not about priority. */
    private void noPriority(String title) {
        registry.titles().definePolicy(CLERK, new PriorityPolicy(title + "-p", 1, title, LocalDate.of(2000, 1, 1),
                Optional.empty(), BigDecimal.ZERO, List.of()));
    }

    /** 市首席技师, one title whose rounds every city of the province holds; 技师 or above, 20 a round, 4 years. */
    private void defineMunicipalAndProvincialTitles(Map<String, Integer> cityQuotas) {
        registry.titles().define(CLERK, new TechnicianTitle(MUNICIPAL, "市首席技师",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN)), 20, Optional.empty(),
                Optional.of(4), Map.of()));
        // 齐鲁首席技师: a municipal chief technician first; per-city quotas.
        registry.titles().define(CLERK, new TechnicianTitle(QILU, "齐鲁首席技师",
                List.of(new Criterion.HoldsTitle("municipal", Severity.HARD, MUNICIPAL)), 10, Optional.empty(),
                Optional.of(4), cityQuotas));
        noPriority(MUNICIPAL);
        noPriority(QILU);
    }

    /** Runs a craftsman round for a year that names every given artisan; returns their honors. */
    private List<Honor> honor(int year, String decision, List<Artisan> honorees) {
        return honor(craftsman, year, decision, honorees);
    }

    /** Runs a round of a program for a year that names every given artisan; returns their honors. */
    private List<Honor> honor(HonorProgram program, int year, String decision, List<Artisan> honorees) {
        clock.set(LocalDate.of(year, 3, 1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(CLERK, program.id(), year);
        List<org.talentregistry.selection.Nomination> nominations = new ArrayList<>();
        for (Artisan a : honorees) {
            nominations.add(rounds.nominate(CLERK, round.id(), new NominationRequest(a.id(), NominationChannel.SELF, a.name(), IN_SERVICE)));
        }
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);
        for (var n : nominations) {
            rounds.score(CLERK, reviewer.id(), n.id(), Map.of("skill", BigDecimal.valueOf(30),
                    "innovation", BigDecimal.valueOf(20), "contribution", BigDecimal.valueOf(20)));
        }
        rounds.closeExpertReview(CLERK, round.id());
        rounds.closeVoting(CLERK, round.id());
        rounds.startNotice(CLERK, round.id(), LocalDate.now(clock));
        SelectionRound inNotice = rounds.get(round.id());
        clock.set(inNotice.noticeEnd().orElseThrow().plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant());
        return rounds.name(CLERK, round.id(), new NamingDecision(decision, LocalDate.now(clock), "淄博市总工会"));
    }

    /** A second program, 淄博市技术能手, whose honors no policy here names. */
    private HonorProgram skilledWorkers() {
        return registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().name("淄博市技术能手").clearTiers()
                .tier(new HonorTier("expert", "淄博市技术能手", 500, true)).programCap(null).clearCriteria().build());
    }

    /** The tenant's priority checks, reading a bulk check's ids a few at a time. */
    private PriorityCheck chunkedBy(int ids) {
        return TalentRegistry.builder(store).tenant(tenant).clock(clock).bulkCheckChunk(ids).build().priority();
    }

    /** Revokes an honor for falsified application materials (申报材料造假), effective on a day. */
    private void revokeForFraud(Honor honor, LocalDate effective) {
        registry.honors().revoke(CLERK, honor.id(), new RevocationRequest(RevocationReason.FRAUD, "申报材料造假",
                effective, "淄博市总工会"));
    }

    private PriorityCondition.HoldsHonor holdsGold() {
        return new PriorityCondition.HoldsHonor("gold-medal", craftsman.id(), Set.of("gold"),
                "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor");
    }

    private static PriorityCondition.AgedAtMost agedAtMost45() {
        return new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under");
    }

    private PriorityPolicy policy(int version, LocalDate from, LocalDate until, PriorityCondition... conditions) {
        return registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", version, CHIEF, from,
                Optional.ofNullable(until), BigDecimal.ZERO, List.of(conditions)));
    }

    private TitleRound round(int year, LocalDate roundDate, Object... artisansAndScores) {
        TitleRound round = registry.titles().openRound(CLERK, CHIEF, ZIBO, year, roundDate);
        for (int i = 0; i < artisansAndScores.length; i += 2) {
            clock.advance(Duration.ofMinutes(1));
            registry.titles().apply(CLERK, round.id(), ((Artisan) artisansAndScores[i]).id(),
                    new BigDecimal((String) artisansAndScores[i + 1]), IN_SERVICE);
        }
        return round;
    }

    private static List<ArtisanId> order(TitleRanking ranking) {
        return ranking.applicants().stream().map(RankedApplicant::artisanId).toList();
    }

    private static RankedApplicant entry(TitleRanking ranking, Artisan a) {
        return ranking.applicants().stream().filter(r -> r.artisanId().equals(a.id())).findFirst().orElseThrow();
    }

    // ---- ranking and priority --------------------------------------------------------------------

    @Test
    void tieAmongEquals_isResolvedByPriority_andPriorityNeverLiftsOverABetterScore() {
        Artisan honoree = artisan();
        Artisan better = artisan();
        Artisan equal = artisan();
        honor(2018, "淄工发〔2018〕12号", List.of(honoree));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), equal, "88", honoree, "88", better, "90");

        TitleRanking ranking = registry.titles().ranking(round.id());

        assertThat(order(ranking)).containsExactly(better.id(), honoree.id(), equal.id());
        assertThat(entry(ranking, honoree).priority().hasPriority()).isTrue();
        assertThat(entry(ranking, equal).note().orElseThrow()).contains("priority to the applicant above");
        assertThat(entry(ranking, honoree).priority().explain(Locale.CHINESE))
                .contains("同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）");
    }

    @Test
    void anIneligibleApplicant_staysIneligible_despiteAnHonor() {
        Artisan junior = registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19800101", 701))
                .certificates(List.of(Fixtures.certificate(SkillLevel.SENIOR_WORKER, Fixtures.CAR_MECHANIC, "S1",
                        LocalDate.of(2010, 1, 1), null))).build());
        Artisan technician = artisan();
        honor(2018, "淄工发〔2018〕12号", List.of(junior));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), junior, "95", technician, "80");

        TitleRanking ranking = registry.titles().ranking(round.id());

        RankedApplicant j = entry(ranking, junior);
        assertThat(j.verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(j.priority().hasPriority()).isTrue();
        assertThat(j.selected()).isFalse();
        assertThat(j.position()).isZero();
        assertThat(ranking.selected()).extracting(RankedApplicant::artisanId).containsExactly(technician.id());
    }

    @Test
    void thePolicyVersionInForceOnTheDate_isUsed_andNamed() {
        Artisan young = artisan("19900101");
        policy(1, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1), holdsGold());
        policy(2, LocalDate.of(2023, 1, 1), null, holdsGold(), agedAtMost45());

        PriorityDecision in2022 = registry.priority().check(young.id(), CHIEF, LocalDate.of(2022, 12, 31));
        PriorityDecision in2023 = registry.priority().check(young.id(), CHIEF, LocalDate.of(2023, 1, 1));

        assertThat(in2022.policyVersion()).isEqualTo(1);
        assertThat(in2022.hasPriority()).isFalse();
        assertThat(in2023.policyVersion()).isEqualTo(2);
        assertThat(in2023.hasPriority()).isTrue();
        assertThat(in2023.explain(Locale.ENGLISH)).contains("zibo-chief version 2", "aged 33");
        assertThatThrownBy(() -> registry.priority().check(young.id(), CHIEF, LocalDate.of(2019, 6, 1)))
                .isInstanceOfSatisfying(org.talentregistry.title.TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(org.talentregistry.title.TitleRefusedException.Rule.NO_POLICY_IN_FORCE));
    }

    @Test
    void aRevokedHonor_givesPriorityBeforeItsRevocation_andNotAfter() {
        Artisan honoree = artisan();
        Honor honor = honor(2018, "淄工发〔2018〕12号", List.of(honoree)).get(0);
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        LocalDate revokedOn = LocalDate.of(2019, 6, 1);
        revokeForFraud(honor, revokedOn);

        PriorityDecision before = registry.priority().check(honoree.id(), CHIEF, revokedOn.minusDays(1));
        PriorityDecision after = registry.priority().check(honoree.id(), CHIEF, revokedOn);

        assertThat(before.hasPriority()).isTrue();
        assertThat(after.hasPriority()).isFalse();
        assertThat(after.explain(Locale.CHINESE)).contains("已于2019-06-01撤销");
    }

    @Test
    void twoPriorityConditions_applyInThePolicysOrder() {
        Artisan youngNoHonor = artisan("19900101");
        Artisan oldHonoree = artisan("19700101");
        Artisan oldNoHonor = artisan("19710101");
        honor(2018, "淄工发〔2018〕12号", List.of(oldHonoree));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), agedAtMost45());
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), oldNoHonor, "85", youngNoHonor, "85", oldHonoree, "85");

        assertThat(order(registry.titles().ranking(round.id())))
                .containsExactly(oldHonoree.id(), youngNoHonor.id(), oldNoHonor.id());
    }

    // ---- selection and awards --------------------------------------------------------------------

    @Test
    void selection_keepsTheRoundCap_andTheTitleLapsesAtTheEndOfItsTerm() {
        registry.titles().define(CLERK, new TechnicianTitle(CHIEF, "淄博市首席技师",
                TechnicianTitle.ziboChiefTechnician().criteria(), 2, Optional.of(2), Optional.of(4), Map.of()));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        Artisan a = artisan();
        Artisan b = artisan();
        Artisan c = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), a, "90", b, "85", c, "80");

        List<TitleAward> awards = registry.titles().select(CLERK, round.id());

        assertThat(awards).extracting(TitleAward::artisanId).containsExactly(a.id(), b.id());
        assertThat(entry(registry.titles().ranking(round.id()), c).note().orElseThrow()).contains("round cap of 2");
        assertThat(registry.titles().heldOn(a.id(), LocalDate.of(2023, 8, 31))).hasSize(1);
        assertThat(registry.titles().heldOn(a.id(), LocalDate.of(2023, 9, 1))).isEmpty();
        assertThat(registry.titles().awardsOf(a.id())).singleElement()
                .satisfies(t -> assertThat(t.endsOn()).contains(LocalDate.of(2023, 9, 1)));
        assertThatThrownBy(() -> registry.titles().select(CLERK, round.id()))
                .isInstanceOf(org.talentregistry.title.TitleRefusedException.class);
    }

    @Test
    void thePerPersonSelectionLimit_makesAThirdSelectionIneligible() {
        policy(1, LocalDate.of(2010, 1, 1), null, holdsGold());
        Artisan veteran = artisan();
        Artisan other = artisan();
        for (int year : new int[] {2013, 2017}) {
            TitleRound r = round(year, LocalDate.of(year, 9, 1), veteran, "90");
            assertThat(registry.titles().select(CLERK, r.id())).hasSize(1);
        }
        TitleRound third = round(2019, LocalDate.of(2019, 9, 1), veteran, "95", other, "80");

        TitleRanking ranking = registry.titles().ranking(third.id());

        RankedApplicant v = entry(ranking, veteran);
        assertThat(v.verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(v.verdict().explain()).contains("selected 2 times before 2019-09-01");
        assertThat(ranking.selected()).extracting(RankedApplicant::artisanId).containsExactly(other.id());
    }

    @Test
    void thePerPersonSelectionLimit_countsALaterRoundSelectedFirst() {
        policy(1, LocalDate.of(2010, 1, 1), null, holdsGold());
        Artisan veteran = artisan();
        Artisan other = artisan();
        assertThat(registry.titles().select(CLERK, round(2013, LocalDate.of(2013, 9, 1), veteran, "90").id())).hasSize(1);
        TitleRound earlier = round(2017, LocalDate.of(2017, 9, 1), veteran, "95", other, "80");
        TitleRound later = round(2019, LocalDate.of(2019, 9, 1), veteran, "95");
        assertThat(registry.titles().select(CLERK, later.id())).extracting(TitleAward::artisanId).containsExactly(veteran.id());

        TitleRanking ranking = registry.titles().ranking(earlier.id());
        List<TitleAward> awards = registry.titles().select(CLERK, earlier.id());

        // Two selections are the title's limit: 2013 and 2019. Before, 2017 counted only 2013 and selected a third.
        RankedApplicant v = entry(ranking, veteran);
        assertThat(v.verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(v.verdict().explain()).contains(
                "selected 1 times before 2017-09-01, and 1 times in rounds dated on or after it that are decided already");
        assertThat(v.verdict().explain(Locale.CHINESE)).contains("2017-09-01之前已入选1次，另在该日及以后日期、已确定的评选中入选1次");
        assertThat(awards).extracting(TitleAward::artisanId).containsExactly(other.id());
        assertThat(registry.titles().awardsOf(veteran.id())).hasSize(2);
        // The 2019 round's kept ranking still says what its selection saw.
        assertThat(entry(registry.titles().ranking(later.id()), veteran).verdict().explain()).contains("selected 1 times before 2019-09-01");
    }

    @Test
    void thePerPersonSelectionLimit_countsTheProvincesAwardOfTheTitleInACitysRound_asTheProvinceCountsTheCitys() {
        registry.titles().define(CLERK, new TechnicianTitle("chief-once", "首席技师（限入选一次）",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN)), 20, Optional.of(1),
                Optional.of(4), Map.of()));
        noPriority("chief-once");
        Artisan wang = artisan();
        TitleRound province = roundOf("chief-once", SHANDONG, 2020, wang, "90");
        TitleRound city = roundOf("chief-once", ZIBO, 2020, wang, "90");

        assertThat(registry.titles().select(CLERK, province.id())).hasSize(1);
        // Before, the city's round counted only the awards of its own region and below, and selected him again.
        assertThat(registry.titles().select(CLERK, city.id())).isEmpty();
        assertThat(entry(registry.titles().ranking(city.id()), wang).verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(registry.titles().awardsOf(wang.id())).hasSize(1);
    }

    /**
     * A host transaction at repeatable read reads from a snapshot: a selection made in it would not see the
     * province's award committed after the snapshot and would select the same person a second time.
     */
    @Test
    void aSelectionInAHostTransactionAtRepeatableRead_isRefused_andThePerPersonLimitHolds() throws Exception {
        Artisan wang = oneSelectionPerPersonWithTwoRounds();
        try (Connection host = db.dataSource().getConnection()) {
            TalentRegistry hosted = inHostTransaction(host, Connection.TRANSACTION_REPEATABLE_READ);
            // The host's transaction reads first, as a service does before it calls the registry.
            assertThat(hosted.titles().awardsOf(wang.id())).isEmpty();
            assertThat(registry.titles().select(CLERK, provinceRound.id())).hasSize(1);

            assertThatThrownBy(() -> hosted.titles().select(CLERK, cityRound.id()))
                    .isInstanceOfSatisfying(IsolationLevelException.class, e -> {
                        assertThat(e.getIsolationLevel()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
                        assertThat(e.getMessage()).contains("REPEATABLE READ").contains("READ COMMITTED")
                                .contains("可重复读").contains("读已提交");
                    });
            assertThat(hosted.titles().awardsOf(wang.id())).as("reads still join the host's transaction").isEmpty();
            host.commit();
        }
        assertThat(registry.titles().awardsOf(wang.id())).hasSize(1);
        assertThat(registry.titles().round(cityRound.id()).selected()).isFalse();
    }

    @Test
    void aSelectionInAHostTransactionAtReadCommitted_seesTheAwardCommittedMeanwhile() throws Exception {
        Artisan wang = oneSelectionPerPersonWithTwoRounds();
        try (Connection host = db.dataSource().getConnection()) {
            TalentRegistry hosted = inHostTransaction(host, Connection.TRANSACTION_READ_COMMITTED);
            assertThat(hosted.titles().awardsOf(wang.id())).isEmpty();
            assertThat(registry.titles().select(CLERK, provinceRound.id())).hasSize(1);

            assertThat(hosted.titles().select(CLERK, cityRound.id())).isEmpty();
            host.commit();
        }
        assertThat(registry.titles().awardsOf(wang.id())).hasSize(1);
    }

    @Test
    void aSelectionInAHostJdbiTransactionAtRepeatableRead_isRefused_andOnAHandleWithoutOne_runsAtReadCommitted() {
        Artisan wang = oneSelectionPerPersonWithTwoRounds();
        Jdbi hostJdbi = Jdbi.create(db.dataSource());
        TalentRegistry hosted = TalentRegistry.builder(JdbcRegistryStore.builder(hostJdbi).migrate(false).build())
                .tenant(tenant).clock(clock).build();

        hostJdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            assertThat(hosted.titles().awardsOf(wang.id())).isEmpty();
            assertThat(registry.titles().select(CLERK, provinceRound.id())).hasSize(1);
            assertThatThrownBy(() -> hosted.titles().select(CLERK, cityRound.id())).isInstanceOf(IsolationLevelException.class);
        });
        // A handle of the host's at repeatable read that is in no transaction: the call's own runs at read committed.
        hostJdbi.useHandle(handle -> {
            handle.setTransactionIsolationLevel(TransactionIsolationLevel.REPEATABLE_READ);
            assertThat(hosted.titles().select(CLERK, cityRound.id())).isEmpty();
            assertThat(handle.getTransactionIsolationLevel()).isEqualTo(TransactionIsolationLevel.REPEATABLE_READ);
        });
        assertThat(registry.titles().awardsOf(wang.id())).hasSize(1);
        assertThat(registry.titles().round(cityRound.id()).selected()).isTrue();
    }

    @Test
    void aSelectionOnAJoinedConnectionInAutoCommitMode_atRepeatableRead_runsAtReadCommitted() throws Exception {
        Artisan wang = oneSelectionPerPersonWithTwoRounds();
        assertThat(registry.titles().select(CLERK, provinceRound.id())).hasSize(1);
        try (Connection host = db.dataSource().getConnection()) {
            host.setAutoCommit(true);
            host.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            TalentRegistry hosted = TalentRegistry.builder(store.joining(host)).tenant(tenant).clock(clock).build();

            assertThat(hosted.titles().select(CLERK, cityRound.id())).isEmpty();
            assertThat(host.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        }
        assertThat(registry.titles().awardsOf(wang.id())).hasSize(1);
    }

    /** This tenant's registry joined to a host's transaction on the connection, at the level given. */
    private TalentRegistry inHostTransaction(Connection host, int isolationLevel) throws SQLException {
        host.setAutoCommit(false);
        host.setTransactionIsolation(isolationLevel);
        return TalentRegistry.builder(store.joining(host)).tenant(tenant).clock(clock).build();
    }

    /** A title that selects a person once, and a province's and a city's round of it with the same applicant. */
    private Artisan oneSelectionPerPersonWithTwoRounds() {
        registry.titles().define(CLERK, new TechnicianTitle("chief-once", "首席技师（限入选一次）",
                List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN)), 20, Optional.of(1),
                Optional.of(4), Map.of()));
        noPriority("chief-once");
        Artisan wang = artisan();
        provinceRound = roundOf("chief-once", SHANDONG, 2020, wang, "90");
        cityRound = roundOf("chief-once", ZIBO, 2020, wang, "90");
        return wang;
    }

    @Test
    void theAccessExport_ofAnApplicantToARoundWithoutAPolicyInForce_givesTheApplication_andTheLineOnceThereIsOne() {
        Artisan applicant = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), applicant, "90");
        assertThatThrownBy(() -> registry.titles().ranking(round.id())).isInstanceOfSatisfying(TitleRefusedException.class,
                e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_POLICY_IN_FORCE));

        PersonalDataExport export = registry.personalData().export(CLERK, applicant.id());

        assertThat(export.titleApplications()).hasSize(1);
        assertThat(export.titleRankings()).isEmpty();
        policy(1, LocalDate.of(2010, 1, 1), null, holdsGold());
        assertThat(registry.personalData().export(CLERK, applicant.id()).titleRankings()).singleElement()
                .satisfies(l -> {
                    assertThat(l.round().id()).isEqualTo(round.id());
                    assertThat(l.line().position()).isEqualTo(1);
                });
    }

    // ---- cancelling a round ----------------------------------------------------------------------

    @Test
    void aSelectedRound_keepsTheRankingItsSelectionWasMadeOn_whateverIsRevokedCorrectedOrRenamedSince() {
        Artisan honoree = artisan("19700101");
        Artisan young = artisan("19900101");
        Artisan junior = registry.artisans().register(CLERK, Fixtures.mechanic(1).toBuilder()
                .residentId(Fixtures.residentId("370303", "19800101", 702))
                .certificates(List.of(Fixtures.certificate(SkillLevel.SENIOR_WORKER, Fixtures.CAR_MECHANIC, "S2",
                        LocalDate.of(2010, 1, 1), null))).build());
        Honor honor = honor(2018, "淄工发〔2018〕12号", List.of(honoree)).get(0);
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), agedAtMost45());
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), young, "88", honoree, "88", junior, "95");
        TitleRanking asSelected = registry.titles().ranking(round.id());
        List<TitleAward> awards = registry.titles().select(CLERK, round.id());

        // Since the selection: the honor that put the honoree first is revoked from before the round date, the
        // young technician is renamed, and the junior's technician certificate is recorded, dated before the round.
        revokeForFraud(honor, LocalDate.of(2019, 1, 1));
        registry.artisans().update(CLERK, registry.artisans().get(young.id()).edit(b -> b.name("王晓明")));
        registry.artisans().update(CLERK, registry.artisans().get(junior.id()).edit(b -> b.certificates(List.of(
                Fixtures.certificate(SkillLevel.TECHNICIAN, Fixtures.CAR_MECHANIC, "T2", LocalDate.of(2015, 1, 1), null)))));
        TitleRanking kept = registry.titles().ranking(round.id());

        assertThat(asSelected.selected()).extracting(RankedApplicant::artisanId).containsExactly(honoree.id(), young.id());
        assertThat(kept.selected()).extracting(RankedApplicant::artisanId)
                .containsExactlyElementsOf(awards.stream().map(TitleAward::artisanId).toList());
        assertThat(said(kept)).containsExactlyElementsOf(said(asSelected));
        assertThat(kept.rules().version()).isEqualTo(asSelected.rules().version());
        RankedApplicant first = entry(kept, honoree);
        assertThat(first.priority().explain(Locale.CHINESE)).contains("持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）");
        assertThat(first.priority().results().get(0).honor()).hasValueSatisfying(h -> {
            assertThat(h.id()).isEqualTo(honor.id());
            assertThat(h.revokedFrom()).isEmpty();
        });
        assertThat(entry(kept, young).name()).isEqualTo(young.name()).isNotEqualTo("王晓明");
        assertThat(entry(kept, junior).verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(entry(kept, young).note(Locale.CHINESE)).isEqualTo(entry(asSelected, young).note(Locale.CHINESE));

        // A round not yet selected is ranked from the facts on record now: the same three a year later.
        TitleRound next = round(2020, LocalDate.of(2020, 9, 1), young, "88", honoree, "88", junior, "95");
        TitleRanking now = registry.titles().ranking(next.id());
        assertThat(order(now)).containsExactly(junior.id(), young.id(), honoree.id());
        assertThat(entry(now, young).name()).isEqualTo("王晓明");
        assertThat(entry(now, honoree).priority().explain(Locale.ENGLISH)).contains("revoked");
    }

    @Test
    void aRoundSelectedBeforeRankingsWereKept_isRankedAgainFromTheFactsOnRecord() throws Exception {
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        Artisan first = artisan();
        Artisan second = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), first, "90", second, "85");
        registry.titles().select(CLERK, round.id());
        // As a release before V023 left a selected round: no ranking kept.
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            long id = round.id().value();
            st.executeUpdate("DELETE FROM tr_title_ranked_line WHERE round_id = " + id);
            st.executeUpdate("UPDATE tr_title_application SET ranked_order = NULL, ranked_position = NULL,"
                    + " ranked_name = NULL, ranked_selected = NULL, ranked_reason = NULL WHERE round_id = " + id);
            st.executeUpdate("UPDATE tr_title_round SET ranked_rules_version = NULL, ranked_policy_id = NULL,"
                    + " ranked_policy_version = NULL WHERE id = " + id);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        registry.artisans().update(CLERK, registry.artisans().get(second.id()).edit(b -> b.name("李新名")));

        TitleRanking again = registry.titles().ranking(round.id());

        assertThat(again.round().selected()).isTrue();
        assertThat(order(again)).containsExactly(first.id(), second.id());
        assertThat(entry(again, second).name()).isEqualTo("李新名");
    }

    @Test
    void aSelection_madeWhileAVersionOverItsDateIsDefined_waitsForIt_andIsDecidedUnderIt() throws Exception {
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        Artisan applicant = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), applicant, "90");
        TechnicianTitle rules = TechnicianTitle.ziboChiefTechnician();
        TechnicianTitle renamed = new TechnicianTitle(CHIEF, "淄博市首席技师（2019年修订）", rules.criteria(), rules.roundCap(),
                rules.maxSelectionsPerPerson(), rules.termYears(), Map.of());

        // As defineVersion does: the title locked, the open version ended, the new one written, then a commit.
        List<TitleAward> awards = whileUncommitted(tenant, s -> {
            s.titles().title(CHIEF, true);
            s.titles().saveVersion(new TitleVersion(1, org.talentregistry.AcceptedValues.EARLIEST_DATE,
                    Optional.of(LocalDate.of(2019, 1, 1)), rules));
            s.titles().saveVersion(new TitleVersion(2, LocalDate.of(2019, 1, 1), Optional.empty(), renamed));
            return null;
        }, () -> registry.titles().select(CLERK, round.id()));

        assertThat(awards).singleElement().satisfies(a -> {
            assertThat(a.rulesVersion()).isEqualTo(2);
            assertThat(a.titleName()).isEqualTo("淄博市首席技师（2019年修订）");
        });
        assertThat(registry.titles().ranking(round.id()).rules().version()).isEqualTo(2);
    }

    @Test
    void theRulesARoundWasDecidedUnder_areNotReplacedByDefine_butANewVersionFromALaterDateIsTaken() {
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        Artisan applicant = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), applicant, "90");
        registry.titles().select(CLERK, round.id());
        TechnicianTitle rules = TechnicianTitle.ziboChiefTechnician();
        TechnicianTitle changed = new TechnicianTitle(CHIEF, "淄博市首席技师（改）", rules.criteria(), 3,
                rules.maxSelectionsPerPerson(), rules.termYears(), Map.of());
        long events = registry.audit().forEntity("title", CHIEF).size();

        assertThatThrownBy(() -> registry.titles().define(CLERK, changed))
                .isInstanceOfSatisfying(org.talentregistry.title.TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(org.talentregistry.title.TitleRefusedException.Rule.RULES_DECIDED_A_ROUND);
                    assertThat(e.getMessage()).contains("round " + round.id(), "version 1", "defineVersion");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已按第1版规则确定");
                });
        assertThat(registry.titles().get(CHIEF)).isEqualTo(rules);
        assertThat(registry.titles().versions(CHIEF)).extracting(TitleVersion::rules).containsExactly(rules);
        assertThat(registry.audit().forEntity("title", CHIEF)).hasSize((int) events);
        assertThat(registry.titles().ranking(round.id()).header(Locale.CHINESE)).contains("淄博市首席技师").doesNotContain("（改）");
        TitleVersion next = registry.titles().defineVersion(CLERK, changed, LocalDate.of(2020, 1, 1), Optional.empty());
        assertThat(next.version()).isEqualTo(2);
        assertThat(registry.titles().rulesInForce(CHIEF, LocalDate.of(2019, 9, 1)).rules()).isEqualTo(rules);
    }

    @Test
    void aPolicyThatWouldGovernASelectedRoundsDate_isRefused_butOneFromALaterDateIsTaken() {
        PriorityPolicy first = policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        Artisan applicant = artisan();
        TitleRound round = round(2019, LocalDate.of(2019, 9, 1), applicant, "90");
        registry.titles().select(CLERK, round.id());

        assertThatThrownBy(() -> policy(2, LocalDate.of(2019, 1, 1), null, agedAtMost45()))
                .isInstanceOfSatisfying(org.talentregistry.title.TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(org.talentregistry.title.TitleRefusedException.Rule.POLICY_COVERS_DECIDED_ROUND);
                    assertThat(e.getMessage()).contains("round " + round.id(), "2019-09-01");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已按其他政策确定的评选");
                });
        PriorityPolicy later = policy(2, LocalDate.of(2019, 9, 2), null, agedAtMost45());
        // One in force on the date, but not the one in force then (a later validFrom governs): taken.
        PriorityPolicy earlierStillRuled = policy(3, LocalDate.of(2017, 1, 1), null, agedAtMost45());

        assertThat(registry.titles().policyInForce(CHIEF, LocalDate.of(2019, 9, 1))).isEqualTo(first);
        assertThat(registry.titles().policyInForce(CHIEF, LocalDate.of(2019, 9, 2))).isEqualTo(later);
        assertThat(earlierStillRuled.version()).isEqualTo(3);
    }

    /** What a ranking says of each applicant, in order, in Chinese and English. */
    private static List<String> said(TitleRanking ranking) {
        List<String> lines = new ArrayList<>();
        lines.add(ranking.header(Locale.CHINESE));
        lines.add(ranking.header(Locale.ENGLISH));
        for (RankedApplicant a : ranking.applicants()) {
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                lines.add(a.position() + " " + a.artisanId() + " " + a.name() + " " + a.score() + " " + a.selected() + " "
                        + a.note(locale).orElse("-") + "\n" + a.verdict().explain(locale) + "\n" + a.priority().explain(locale));
            }
        }
        return lines;
    }

    @Test
    void aCancelledRound_takesNoApplicationAndMakesNoSelection_keepsItsApplications_andLeavesItsYearToANewRound() {
        noPriority(CHIEF);
        Artisan wang = artisan();
        Artisan li = artisan();
        TitleRound first = round(2024, LocalDate.of(2024, 9, 1), wang, "88");
        clock.set(LocalDate.of(2024, 6, 3).atTime(9, 0).atZone(SHANGHAI).toInstant());

        TitleRound cancelled = registry.titles().cancelRound(CLERK, first.id(), "  评选公告有误，重新组织\n（人社局通知）");

        assertThat(cancelled.cancelledOn()).contains(LocalDate.of(2024, 6, 3));
        assertThat(cancelled.cancelReason()).contains("评选公告有误，重新组织\n（人社局通知）");
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.isOpen()).isFalse();
        assertThat(registry.titles().round(first.id())).isEqualTo(cancelled);
        assertThat(registry.audit().forEntity("titleRound", first.id().toString()))
                .filteredOn(e -> e.action().equals("titleRound.cancelled")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(CLERK);
                    assertThat(e.after()).hasValueSatisfying(after -> assertThat(after).contains("2024-06-03"));
                    assertThat(e.note()).contains("评选公告有误，重新组织\n（人社局通知）");
                });
        assertThatThrownBy(() -> registry.titles().apply(CLERK, first.id(), li.id(), new BigDecimal("90"), IN_SERVICE))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_CANCELLED);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已于 2024-06-03 撤销", "评选公告有误");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("was cancelled on 2024-06-03");
                });
        assertThatThrownBy(() -> registry.titles().select(CLERK, first.id()))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_CANCELLED));
        assertThatThrownBy(() -> registry.titles().cancelRound(CLERK, first.id(), "再次撤销"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_CANCELLED));
        assertThatThrownBy(() -> registry.titles().withdrawApplication(CLERK, first.id(), wang.id(), "撤回"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_CANCELLED));
        assertThat(order(registry.titles().ranking(first.id()))).containsExactly(wang.id());
        assertThat(registry.titles().awardsOf(wang.id())).isEmpty();

        TitleRound again = round(2024, LocalDate.of(2024, 10, 8), wang, "88", li, "90");
        List<TitleAward> awards = registry.titles().select(CLERK, again.id());

        assertThat(awards).extracting(TitleAward::artisanId).containsExactly(li.id(), wang.id());
        assertThat(registry.titles().rounds(CHIEF))
                .extracting(TitleRound::id, TitleRound::roundDate, TitleRound::isCancelled, TitleRound::selected)
                .containsExactly(tuple(first.id(), LocalDate.of(2024, 9, 1), true, false),
                        tuple(again.id(), LocalDate.of(2024, 10, 8), false, true));
        assertThatThrownBy(() -> registry.titles().openRound(CLERK, CHIEF, ZIBO, 2024, LocalDate.of(2024, 11, 1)))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR));
    }

    @Test
    void applicationsOf_listsAnArtisansStandingApplicationsInEveryRound_andNoneToAnotherTenant() {
        noPriority(CHIEF);
        Artisan wang = artisan();
        Artisan li = artisan();
        TitleRound first = round(2023, LocalDate.of(2023, 9, 1), wang, "90", li, "85");
        TitleRound second = round(2024, LocalDate.of(2024, 9, 1), wang, "92.5");
        TitleRound third = round(2025, LocalDate.of(2025, 9, 1), wang, "80");
        registry.titles().withdrawApplication(CLERK, third.id(), wang.id(), "本人申请撤回");

        List<TitleApplication> listed = registry.titles().applicationsOf(wang.id());

        assertThat(listed).extracting(TitleApplication::roundId).containsExactly(first.id(), second.id());
        assertThat(listed).extracting(a -> a.score().stripTrailingZeros().toPlainString()).containsExactly("90", "92.5");
        assertThat(registry.titles().applicationsOf(li.id())).extracting(TitleApplication::roundId).containsExactly(first.id());
        TalentRegistry elsewhere = TalentRegistry.builder(store).tenant(newTenantId()).clock(clock).build();
        assertThat(elsewhere.titles().applicationsOf(wang.id())).isEmpty();
        assertThatThrownBy(() -> registry.titles().applicationsOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("artisanId");
    }

    @Test
    void aWithdrawnApplication_leavesTheRankingAndTheSelection_isAudited_andTheArtisanMayApplyAgain() {
        noPriority(CHIEF);
        Artisan wang = artisan();
        Artisan li = artisan();
        Artisan zhao = artisan();
        TitleRound round = round(2024, LocalDate.of(2024, 9, 1), wang, "95", li, "88", zhao, "80");
        assertThatThrownBy(() -> registry.titles().withdrawApplication(CLERK, round.id(), wang.id(), " "))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(order(registry.titles().ranking(round.id()))).containsExactly(wang.id(), li.id(), zhao.id());

        TitleApplication withdrawn = registry.titles().withdrawApplication(CLERK, round.id(),
                wang.id(), "本人申请撤回（调离本市）");

        assertThat(withdrawn.artisanId()).isEqualTo(wang.id());
        assertThat(withdrawn.score()).isEqualTo(new BigDecimal("95"));
        assertThat(order(registry.titles().ranking(round.id()))).containsExactly(li.id(), zhao.id());
        assertThat(registry.audit().forEntity("titleRound", round.id().toString()))
                .filteredOn(e -> e.action().equals("titleApplication.withdrawn")).singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).hasValueSatisfying(before -> assertThat(before).contains(wang.id().toString(), "95"));
                    assertThat(e.note()).contains("本人申请撤回（调离本市）");
                });
        assertThatThrownBy(() -> registry.titles().withdrawApplication(CLERK, round.id(), wang.id(), "再次撤回"))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NOT_APPLIED);
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("人员 " + wang.id() + " 未在职称评选 " + round.id() + " 中申报");
                });

        registry.titles().apply(CLERK, round.id(), wang.id(), new BigDecimal("70"), IN_SERVICE);
        List<TitleAward> awards = registry.titles().select(CLERK, round.id());

        assertThat(awards).extracting(TitleAward::artisanId).containsExactly(li.id(), zhao.id(), wang.id());
        assertThatThrownBy(() -> registry.titles().withdrawApplication(CLERK, round.id(), li.id(), "选定后撤回"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_SELECTED));
        assertThat(registry.titles().ranking(round.id()).applicants()).hasSize(3);
    }

    @Test
    void aSelectedRound_isNotCancelled_andABadCancellationIsRefusedNamingWhy_andNothingIsWritten() {
        noPriority(CHIEF);
        Artisan wang = artisan();
        TitleRound selected = round(2023, LocalDate.of(2023, 9, 1), wang, "88");
        registry.titles().select(CLERK, selected.id());
        TitleRound open = round(2024, LocalDate.of(2024, 9, 1), wang, "85");
        int events = registry.audit().latest(1_000).size();

        assertThatThrownBy(() -> registry.titles().cancelRound(CLERK, selected.id(), "误选"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_SELECTED));
        for (String blank : new String[] {null, "", " \t "}) {
            assertThatThrownBy(() -> registry.titles().cancelRound(CLERK, open.id(), blank))
                    .as(String.valueOf(blank))
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.getField()).isEqualTo("reason"));
        }
        assertThatThrownBy(() -> registry.titles().cancelRound(CLERK, open.id(), "理".repeat(501)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThatThrownBy(() -> registry.titles().cancelRound(CLERK,
                TitleRoundId.of(open.id().value() + 1_000), "不存在的评选"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_SUCH_ROUND));
        assertThatThrownBy(() -> registry.titles().rounds("no-such-title"))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_SUCH_TITLE));

        assertThat(registry.titles().round(open.id()).isOpen()).isTrue();
        assertThat(registry.titles().round(selected.id())).satisfies(r -> {
            assertThat(r.selected()).isTrue();
            assertThat(r.cancelledOn()).isEmpty();
        });
        assertThat(registry.audit().latest(1_000)).hasSize(events);
        assertThat(registry.titles().cancelRound(CLERK, open.id(), "理".repeat(500)).cancelReason())
                .contains("理".repeat(500));
    }

    // ---- revoking a title -------------------------------------------------------------------------

    @Test
    void aRevokedTitle_isNoLongerHeldFromItsEffectiveDay_failsALaterPrerequisite_andStaysOnRecordSayingSo() {
        defineMunicipalAndProvincialTitles(Map.of());
        Artisan wang = artisanIn("370303", "张店区");
        Artisan li = artisanIn("370303", "张店区");
        List<TitleAward> awards = registry.titles().select(CLERK, roundOf(MUNICIPAL, ZIBO, 2020, wang, "90", li, "85").id());
        TitleAward wangs = awards.get(0);
        RevocationRequest fraud = new RevocationRequest(
                RevocationReason.FRAUD, "申报材料造假（淄人社字〔2021〕12号）", LocalDate.of(2021, 3, 1),
                "淄博市人力资源和社会保障局");
        RevocationRequest beforeTheAward = new RevocationRequest(RevocationReason.FRAUD, "申报材料造假",
                wangs.startsOn().minusDays(1), "淄博市人力资源和社会保障局");
        assertThatThrownBy(() -> registry.titles().revokeAward(CLERK, wangs.id(), beforeTheAward))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("revocation.effectiveOn");
                    assertThat(e.getMessage()).contains("award.startsOn " + wangs.startsOn());
                });
        assertThat(registry.titles().awardsOf(wang.id())).containsExactly(wangs);

        TitleAward revoked = registry.titles().revokeAward(CLERK, wangs.id(), fraud);

        assertThat(wangs.artisanId()).isEqualTo(wang.id());
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revocation().orElseThrow().recordedBy()).isEqualTo(CLERK);
        assertThat(revoked.heldUntil()).contains(LocalDate.of(2021, 3, 1));
        assertThat(revoked.endsOn()).isEqualTo(wangs.endsOn());
        assertThat(registry.titles().awardsOf(wang.id())).containsExactly(revoked);
        assertThat(registry.titles().heldOn(wang.id(), LocalDate.of(2021, 2, 28))).containsExactly(revoked);
        assertThat(registry.titles().heldOn(wang.id(), LocalDate.of(2021, 3, 1))).isEmpty();
        assertThat(revoked.render(Locale.CHINESE)).contains("已自 2021-03-01 起撤销");
        assertThat(revoked.render(Locale.ENGLISH)).contains("revoked from 2021-03-01");
        assertThat(registry.audit().forEntity("titleAward", wangs.id().toString()))
                .filteredOn(e -> e.action().equals("title.revoked")).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("申报材料造假（淄人社字〔2021〕12号）"));
        // 齐鲁首席技师 asks for a municipal chief technician's title on its round date: his was revoked, hers holds.
        TitleRanking qilu = registry.titles().ranking(roundOf(QILU, SHANDONG, 2022, wang, "95", li, "80").id());
        assertThat(entry(qilu, wang).verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(entry(qilu, li).verdict().status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(entry(qilu, li).verdict().explain()).contains("2024-09-01");
        assertThatThrownBy(() -> registry.titles().revokeAward(CLERK, wangs.id(), fraud))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ALREADY_REVOKED);
                    assertThat(e.getMessage(Locale.CHINESE)).contains("已自 2021-03-01 起撤销");
                });
        assertThatThrownBy(() -> registry.titles().revokeAward(CLERK,
                TitleAwardId.of(wangs.id().value() + 1_000), fraud))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_SUCH_AWARD));
    }

    // ---- rounds by region ------------------------------------------------------------------------

    @Test
    void oneTitleInOneYear_zibosAndWeifangsRounds_areHeldApart_eachWithItsOwnApplicants() {
        defineMunicipalAndProvincialTitles(Map.of());
        Artisan zibo = artisanIn("370303", "张店区");
        Artisan weifang = artisanIn("370702", "潍城区");

        TitleRound ziboRound = roundOf(MUNICIPAL, ZIBO, 2023, zibo, "90");
        TitleRound weifangRound = roundOf(MUNICIPAL, WEIFANG, 2023, weifang, "88");

        assertThat(registry.titles().round(ziboRound.id()).region()).isEqualTo(ZIBO);
        assertThat(registry.titles().round(weifangRound.id()).region()).isEqualTo(WEIFANG);
        assertThatThrownBy(() -> registry.titles().apply(CLERK, weifangRound.id(), zibo.id(), new BigDecimal("99"), IN_SERVICE))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.OUTSIDE_REGION);
                    assertThat(e.getMessage()).isEqualTo("artisan " + zibo.id() + " is registered in region 370303, outside"
                            + " the region of the round, city 370700");
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("人员 " + zibo.id()
                            + " 的登记地区 370303 不在本次评选的地区市（区划代码 370700）之内");
                });
        assertThatThrownBy(() -> registry.titles().openRound(CLERK, MUNICIPAL, WEIFANG, 2023, LocalDate.of(2023, 10, 1)))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR));
        assertThat(order(registry.titles().ranking(weifangRound.id()))).containsExactly(weifang.id());
        assertThat(registry.titles().select(CLERK, ziboRound.id())).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo(ZIBO);
            assertThat(a.zh()).isEqualTo("市（区划代码 370300）授予市首席技师，自 2023-09-01 起持有，2027-09-01 起不再持有，依评选办法第1版");
        });
        assertThat(registry.titles().select(CLERK, weifangRound.id())).extracting(TitleAward::region).containsExactly(WEIFANG);
    }

    @Test
    void provincialRound_seesEveryCitysApplicantsAndTitles_andKeepsPerCityQuotasByTheApplicantsCity() {
        defineMunicipalAndProvincialTitles(Map.of("3703", 1, "3707", 1));
        Artisan zibo1 = artisanIn("370303", "张店区");
        Artisan zibo2 = artisanIn("370304", "博山区");
        Artisan weifang1 = artisanIn("370702", "潍城区");
        Artisan weifang2 = artisanIn("370703", "寒亭区");
        Artisan jinan = artisanIn("370102", "历下区");
        registry.titles().select(CLERK, roundOf(MUNICIPAL, ZIBO, 2022, zibo1, "90", zibo2, "89").id());
        registry.titles().select(CLERK, roundOf(MUNICIPAL, WEIFANG, 2022, weifang1, "91").id());
        registry.titles().select(CLERK, roundOf(MUNICIPAL, IssuingRegion.of("370100"), 2022, jinan, "80").id());

        TitleRound qilu = roundOf(QILU, SHANDONG, 2024, zibo1, "95", zibo2, "94", weifang2, "93", weifang1, "90", jinan, "80");
        TitleRanking ranking = registry.titles().ranking(qilu.id());

        assertThat(ranking.round().region()).isEqualTo(SHANDONG);
        assertThat(ranking.selected()).extracting(RankedApplicant::artisanId).containsExactly(zibo1.id(), weifang1.id(), jinan.id());
        RankedApplicant overQuota = entry(ranking, zibo2);
        assertThat(overQuota.selected()).isFalse();
        assertThat(overQuota.note()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("not selected: the quota of 1 for city 370300 is reached"));
        assertThat(overQuota.note(Locale.CHINESE)).hasValueSatisfying(n -> assertThat(n)
                .startsWith("未入选：市（区划代码 370300）的名额 1 名已满"));
        RankedApplicant noPrerequisite = entry(ranking, weifang2);
        assertThat(noPrerequisite.verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(entry(ranking, weifang1).verdict().status()).isEqualTo(Eligibility.ELIGIBLE);
        List<TitleAward> awards = registry.titles().select(CLERK, qilu.id());
        assertThat(awards).extracting(TitleAward::region).containsOnly(SHANDONG);
        assertThat(awards.get(0).en()).isEqualTo("awarded 齐鲁首席技师 by province 370000, held from 2024-09-01, no longer from"
                + " 2028-09-01, under rules version 1");
    }

    @Test
    void aCitysRound_countsOnlyTitlesAwardedWithinTheCity_whileTheProvinceCountsEveryCitys() {
        defineMunicipalAndProvincialTitles(Map.of());
        // A Zibo round of a title that requires 市首席技师: a municipal title from Weifang does not count in Zibo.
        registry.titles().define(CLERK, new TechnicianTitle("zibo-leading-technician", "淄博市领军技师",
                List.of(new Criterion.HoldsTitle("municipal", Severity.HARD, MUNICIPAL)), 5, Optional.empty(),
                Optional.empty(), Map.of()));
        noPriority("zibo-leading-technician");
        Artisan mover = artisanIn("370702", "潍城区");
        registry.titles().select(CLERK, roundOf(MUNICIPAL, WEIFANG, 2022, mover, "90").id());
        Artisan moved = registry.artisans().update(CLERK, mover.edit(b -> b.region(
                org.talentregistry.artisan.Region.of("370303", "张店区"))));

        TitleRound ziboRound = roundOf("zibo-leading-technician", ZIBO, 2024, moved, "90");
        TitleRound provincial = roundOf(QILU, SHANDONG, 2024, moved, "90");

        assertThat(entry(registry.titles().ranking(ziboRound.id()), moved).verdict().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(entry(registry.titles().ranking(provincial.id()), moved).verdict().status()).isEqualTo(Eligibility.ELIGIBLE);
    }

    // ---- versions of a title's rules -------------------------------------------------------------

    /** 淄博市首席技师 by its 2018 rules: 技师 or above and front line, at most 1 a round here, a three-year term. */
    private static TechnicianTitle rules2018() {
        TechnicianTitle rules2023 = TechnicianTitle.ziboChiefTechnician();
        return new TechnicianTitle(CHIEF, rules2023.name(), rules2023.criteria().subList(0, 2), 1, Optional.of(2),
                Optional.of(3), Map.of());
    }

    @Test
    void eachRound_isDecidedUnderTheRulesVersionInForceOnItsDate_andOldRoundsKeepTheRulesOfTheirTime() {
        policy(1, LocalDate.of(2010, 1, 1), null, holdsGold());
        TitleVersion v2018 = registry.titles().defineVersion(CLERK, rules2018(), LocalDate.of(2018, 1, 1), Optional.empty());
        TitleVersion v2023 = registry.titles().defineVersion(CLERK, TechnicianTitle.ziboChiefTechnician(),
                LocalDate.of(2023, 1, 1), Optional.empty());
        Artisan a = artisan();
        Artisan b = artisan();
        Artisan c = artisan();

        TitleRound r2019 = round(2019, LocalDate.of(2019, 9, 1), a, "90", b, "85");
        List<TitleAward> in2019 = registry.titles().select(CLERK, r2019.id());
        TitleRound r2024 = round(2024, LocalDate.of(2024, 9, 1), b, "90", c, "85");
        List<TitleAward> in2024 = registry.titles().select(CLERK, r2024.id());

        assertThat(registry.titles().versions(CHIEF)).extracting(TitleVersion::version, TitleVersion::validFrom,
                TitleVersion::validUntil).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(1800, 1, 1), Optional.of(LocalDate.of(2018, 1, 1))),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2023, 1, 1))),
                        org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2023, 1, 1), Optional.empty()));
        assertThat(v2018.version()).isEqualTo(2);
        assertThat(in2019).singleElement().satisfies(w -> {
            assertThat(w.rulesVersion()).isEqualTo(2);
            assertThat(w.endsOn()).contains(LocalDate.of(2022, 9, 1));
        });
        assertThat(in2024).hasSize(2).allSatisfy(w -> {
            assertThat(w.rulesVersion()).isEqualTo(v2023.version());
            assertThat(w.endsOn()).contains(LocalDate.of(2028, 9, 1));
        });
        TitleRanking old = registry.titles().ranking(r2019.id());
        assertThat(old.rules()).isEqualTo(registry.titles().rulesInForce(CHIEF, LocalDate.of(2019, 9, 1)));
        assertThat(old.rules().rules().roundCap()).isEqualTo(1);
        assertThat(old.header(Locale.CHINESE)).isEqualTo("职称评选 " + r2019.id() + "（市（区划代码 370300），2019年度），评审日期"
                + " 2019-09-01，适用淄博市首席技师评选办法第2版（自 2018-01-01 起施行，2023-01-01 起失效）");
        assertThat(registry.titles().ranking(r2024.id()).header(Locale.ENGLISH)).isEqualTo("Title round " + r2024.id()
                + " of city 370300, 2024, decided on 2024-09-01 under 淄博市首席技师 rules version 3, in force from 2023-01-01");
        assertThat(registry.titles().get(CHIEF)).isEqualTo(TechnicianTitle.ziboChiefTechnician());
    }

    @Test
    void aVersionOverlappingAnother_isRefusedNamingTheFieldAndTheVersion_andNothingIsWritten() {
        TechnicianTitle outstanding = TechnicianTitle.ziboOutstandingContribution();
        String code = outstanding.code();
        registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2023, 1, 1)));
        List<TitleVersion> before = registry.titles().versions(code);

        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2020, 1, 1), Optional.empty()))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.VERSION_OVERLAPS);
                    assertThat(e.getMessage()).isEqualTo("title zibo-outstanding-technician: the new version overlaps"
                            + " 淄博市有突出贡献的技师 rules version 1, in force from 2018-01-01 until 2023-01-01; change its validFrom");
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("职称 zibo-outstanding-technician：新版本与淄博市有突出贡献的技师"
                            + "评选办法第1版（自 2018-01-01 起施行，2023-01-01 起失效）的施行期重叠，请调整 validFrom");
                });
        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2016, 1, 1),
                Optional.of(LocalDate.of(2019, 1, 1))))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> assertThat(e.getMessage()).endsWith("change its validUntil"));
        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2024, 1, 1))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.getField()).isEqualTo("validUntil"));
        assertThat(registry.titles().versions(code)).isEqualTo(before);
        assertThat(registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2016, 1, 1),
                Optional.of(LocalDate.of(2018, 1, 1))).version()).isEqualTo(2);
        assertThat(registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2023, 1, 1), Optional.empty()).version())
                .isEqualTo(3);
        assertThat(registry.titles().rulesInForce(code, LocalDate.of(2017, 6, 1)).version()).isEqualTo(2);
        // A bounded version inside the open-ended one would end that one for good, leaving no rules after it.
        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, outstanding, LocalDate.of(2025, 1, 1),
                Optional.of(LocalDate.of(2026, 1, 1))))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.VERSION_OVERLAPS));
        assertThat(registry.titles().rulesInForce(code, LocalDate.of(2030, 1, 1)).version()).isEqualTo(3);
    }

    @Test
    void twoVersionsOfATitleNotYetDefined_definedAtOnce_areBothKept() throws Exception {
        // Before, neither call had a row to lock: both numbered their version 1, and the second wrote over the first.
        for (int attempt = 0; attempt < 5; attempt++) {
            TechnicianTitle rules = new TechnicianTitle("raced-" + attempt, "同时定义的职称",
                    List.of(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN)), 20,
                    Optional.empty(), Optional.of(4), Map.of());
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var bounded = pool.submit(() -> {
                    start.await();
                    return registry.titles().defineVersion(CLERK, rules, LocalDate.of(2018, 1, 1),
                            Optional.of(LocalDate.of(2020, 1, 1)));
                });
                var open = pool.submit(() -> {
                    start.await();
                    return registry.titles().defineVersion(CLERK, rules, LocalDate.of(2020, 1, 1), Optional.empty());
                });
                bounded.get(60, java.util.concurrent.TimeUnit.SECONDS);
                open.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(registry.titles().versions(rules.code())).extracting(TitleVersion::validFrom)
                    .containsExactlyInAnyOrder(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1));
            assertThat(registry.titles().rulesInForce(rules.code(), LocalDate.of(2019, 6, 1)).validFrom())
                    .isEqualTo(LocalDate.of(2018, 1, 1));
        }
    }

    @Test
    void aVersionTakingEffectBeforeADecidedRound_isRefused_soThatTheRoundKeepsItsRules() {
        policy(1, LocalDate.of(2010, 1, 1), null, holdsGold());
        TitleRound decided = round(2024, LocalDate.of(2024, 9, 1), artisan(), "90");
        registry.titles().select(CLERK, decided.id());

        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, rules2018(), LocalDate.of(2024, 1, 1), Optional.empty()))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.VERSION_COVERS_DECIDED_ROUND);
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("职称 zibo-chief-technician：自 2024-01-01 施行的新版本将改变评选 "
                            + decided.id() + "（2024-09-01）的规则，该评选已按第1版确定");
                });
        assertThat(registry.titles().versions(CHIEF)).singleElement().satisfies(v -> assertThat(v.validUntil()).isEmpty());
        assertThat(registry.titles().defineVersion(CLERK, rules2018(), LocalDate.of(2025, 1, 1), Optional.empty()).version())
                .isEqualTo(2);
        assertThat(registry.titles().ranking(decided.id()).rules().version()).isEqualTo(1);
    }

    @Test
    void aRoundDateWithoutRulesInForce_isRefused() {
        registry.titles().defineVersion(CLERK, new TechnicianTitle("qilu-outstanding", "山东省突出贡献技师", List.of(), 10,
                Optional.empty(), Optional.empty(), Map.of("3703", 2)), LocalDate.of(2020, 1, 1), Optional.empty());

        assertThatThrownBy(() -> registry.titles().openRound(CLERK, "qilu-outstanding", SHANDONG, 2019, LocalDate.of(2019, 9, 1)))
                .isInstanceOfSatisfying(TitleRefusedException.class, e -> {
                    assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_RULES_IN_FORCE);
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("职称 qilu-outstanding 在 2019-09-01 没有施行中的评选办法");
                });
        assertThat(registry.titles().rulesInForce("qilu-outstanding", LocalDate.of(2020, 1, 1)).version()).isEqualTo(1);
    }

    // ---- the bulk check --------------------------------------------------------------------------

    @Test
    void theBulkCheck_agreesWithTheSingleCheck_forEveryArtisanOfAGeneratedPopulation() {
        Random random = new Random(4);
        List<Artisan> population = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // Sequence numbers repeat every 1000 artisans; the month keeps those resident IDs apart.
            population.add(artisan(String.format(Locale.ROOT, "19%02d%02d%02d", 60 + i % 18, 1 + i / 1000, 10 + (i / 18) % 18)));
        }
        List<Artisan> honorees = population.subList(0, 300);
        List<Honor> honors = honor(2018, "淄工发〔2018〕12号", honorees);
        for (Honor h : honors.subList(0, 40)) {
            registry.honors().revoke(CLERK, h.id(), new RevocationRequest(RevocationReason.MORAL_FAILING, "违反职业道德",
                    LocalDate.of(2020, 3, 1 + random.nextInt(20)), "淄博市总工会"));
        }
        // Honors of a program the policy does not name, some to gold medallists: the bulk check does not read
        // them, the single check does, and both must decide alike.
        honor(skilledWorkers(), 2019, "淄人社发〔2019〕3号", population.subList(250, 350));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), agedAtMost45());
        LocalDate asOf = LocalDate.of(2020, 3, 10);
        List<ArtisanId> ids = new ArrayList<>(population.stream().map(Artisan::id).toList());
        ArtisanId unknown = ArtisanId.of(9_999_999);
        ids.add(unknown);

        List<PriorityDecision> bulk;
        try (Stream<PriorityDecision> decisions = registry.priority().checkAll(ids.stream(), CHIEF, asOf)) {
            bulk = decisions.toList();
        }

        assertThat(bulk).hasSize(population.size() + 1);
        for (int i = 0; i < population.size(); i++) {
            assertThat(bulk.get(i)).isEqualTo(registry.priority().check(population.get(i).id(), CHIEF, asOf));
        }
        // 300 gold honors beside 2,001 ids are few: the check above read every honor of the kind once. Chunks of
        // 999 ids are too small to ask, and read their artisans' honors; a chunk of 1,500 reads every honor, and
        // the last chunk, of 501, decides from what the first read. The decisions are the same.
        try (Stream<PriorityDecision> decisions = chunkedBy(999).checkAll(ids.stream(), CHIEF, asOf)) {
            assertThat(decisions.toList()).isEqualTo(bulk);
        }
        try (Stream<PriorityDecision> decisions = chunkedBy(1_500).checkAll(ids.stream(), CHIEF, asOf)) {
            assertThat(decisions.toList()).isEqualTo(bulk);
        }
        assertThat(bulk.stream().filter(d -> d.results().get(0).met()).count()).isBetween(260L, 300L);
        PriorityDecision nobody = bulk.get(population.size());
        assertThat(nobody.artisanId()).isEqualTo(unknown);
        assertThat(nobody.hasPriority()).isFalse();
        assertThat(nobody.explain(Locale.ENGLISH)).contains("holds no such honor", "no birth date on record");
        assertThat(nobody.explain(Locale.CHINESE)).contains("登记册中无此人");
    }

    @Test
    void theBulkCheck_underAnHonorPolicy_decidesOncePerIdInTheirOrder() {
        Artisan honoree = artisan();
        Artisan plain = artisan();
        Artisan revoked = artisan();
        List<Honor> honors = honor(2018, "淄工发〔2018〕12号", List.of(honoree, revoked));
        revokeForFraud(honors.get(1), LocalDate.of(2019, 6, 1));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        ArtisanId unknown = ArtisanId.of(9_999_999);
        List<ArtisanId> ids = List.of(plain.id(), unknown, honoree.id(), revoked.id(), plain.id(), honoree.id());

        List<PriorityDecision> bulk;
        try (Stream<PriorityDecision> decisions = registry.priority().checkAll(ids.stream(), CHIEF, LocalDate.of(2019, 9, 1))) {
            bulk = decisions.toList();
        }

        assertThat(bulk).extracting(PriorityDecision::artisanId).containsExactlyElementsOf(ids);
        assertThat(bulk).extracting(PriorityDecision::hasPriority).containsExactly(false, false, true, false, false, true);
        assertThat(bulk.get(1).explain(Locale.ENGLISH)).contains("holds no such honor");
        assertThat(bulk.get(2).explain(Locale.CHINESE)).contains("同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）");
        assertThat(bulk.get(3).explain(Locale.CHINESE)).contains("已于2019-06-01撤销");
    }

    @Test
    void theBulkCheck_inChunksOfThree_decidesEachIdInOrder_asTheSingleCheckDoes_acrossProgramsRevocationsAndLaterHonors() {
        Artisan holder = artisan();
        Artisan revokedEarly = artisan();
        Artisan revokedLate = artisan();
        Artisan both = artisan();
        Artisan expertOnly = artisan();
        Artisan namedLater = artisan();
        Artisan plain = artisan();
        List<Honor> gold2018 = honor(2018, "淄工发〔2018〕12号", List.of(holder, revokedEarly, revokedLate, both));
        revokeForFraud(gold2018.get(1), LocalDate.of(2019, 6, 1));
        revokeForFraud(gold2018.get(2), LocalDate.of(2020, 1, 1));
        HonorProgram skilled = skilledWorkers();
        honor(skilled, 2019, "淄人社发〔2019〕3号", List.of(both, expertOnly));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), new PriorityCondition.HoldsHonor("skilled-worker",
                skilled.id(), Set.of(), "持有淄博市技术能手称号", "holds the Zibo Skilled Worker honor"));
        honor(2020, "淄工发〔2020〕8号", List.of(namedLater));
        LocalDate asOf = LocalDate.of(2019, 9, 1);
        ArtisanId unknown = ArtisanId.of(9_999_999);
        // Repeats on both sides of a chunk's end, and an id the tenant has no artisan for.
        List<ArtisanId> ids = List.of(holder.id(), unknown, revokedEarly.id(), revokedLate.id(), both.id(), expertOnly.id(),
                namedLater.id(), holder.id(), plain.id(), both.id());

        List<PriorityDecision> chunked;
        try (Stream<PriorityDecision> decisions = chunkedBy(3).checkAll(ids.stream(), CHIEF, asOf)) {
            chunked = decisions.toList();
        }
        List<PriorityDecision> whole;
        try (Stream<PriorityDecision> decisions = registry.priority().checkAll(ids.stream(), CHIEF, asOf)) {
            whole = decisions.toList();
        }

        assertThat(chunked).extracting(PriorityDecision::artisanId).containsExactlyElementsOf(ids);
        assertThat(chunked).isEqualTo(whole);
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals(unknown)) {
                assertThat(chunked.get(i)).isEqualTo(registry.priority().check(ids.get(i), CHIEF, asOf));
            }
        }
        assertThat(chunked).extracting(d -> d.results().get(0).met(), d -> d.results().get(1).met()).containsExactly(
                tuple(true, false), tuple(false, false), tuple(false, false), tuple(true, false), tuple(true, true),
                tuple(false, true), tuple(false, false), tuple(true, false), tuple(false, false), tuple(true, true));
        assertThat(chunked.get(0).results().get(0).honor()).contains(HonorCitation.of(gold2018.get(0)));
        assertThat(chunked.get(2).explain(Locale.ENGLISH)).contains("was revoked effective 2019-06-01");
        assertThat(chunked.get(2).explain(Locale.CHINESE)).contains("已于2019-06-01撤销");
        assertThat(chunked.get(3).results().get(0).honor())
                .contains(HonorCitation.of(registry.honors().ofArtisan(revokedLate.id()).get(0)));
        assertThat(chunked.get(6).explain(Locale.ENGLISH)).contains("淄工发〔2020〕8号", "was granted only on 2020-");
        assertThat(chunked.get(6).explain(Locale.CHINESE)).contains("才授予");
        assertThat(chunked.get(5).explain(Locale.CHINESE)).contains("持有淄博市技术能手称号");
        assertThat(chunked.get(8).explain(Locale.ENGLISH)).contains("holds no such honor");
    }

    @Test
    void theBulkCheck_ofMoreIdsThanPostgreSqlJoins_withRepeats_decidesAsTheSingleCheckDoes() {
        Artisan holder = artisan();
        Artisan revoked = artisan();
        Artisan plain = artisan();
        List<Honor> gold2018 = honor(2018, "淄工发〔2018〕12号", List.of(holder, revoked));
        revokeForFraud(gold2018.get(1), LocalDate.of(2019, 6, 1));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        LocalDate asOf = LocalDate.of(2019, 9, 1);
        // More than PostgreSQL's Dialect.joinsIdSetsFrom() (300,000), so that its read joins the ids: the
        // holders come three times each, among ids the tenant has no artisan for.
        List<ArtisanId> ids = new ArrayList<>();
        for (int i = 0; i < 300_005; i++) {
            ids.add(switch (i % 100_000) {
                case 7 -> holder.id();
                case 8 -> revoked.id();
                case 9 -> plain.id();
                default -> ArtisanId.of(50_000_000L + i);
            });
        }

        List<PriorityDecision> bulk;
        try (Stream<PriorityDecision> decisions = registry.priority().checkAll(ids.stream(), CHIEF, asOf)) {
            bulk = decisions.toList();
        }

        assertThat(bulk).hasSize(ids.size());
        assertThat(bulk).filteredOn(PriorityDecision::hasPriority).hasSize(3)
                .allSatisfy(d -> assertThat(d).isEqualTo(registry.priority().check(holder.id(), CHIEF, asOf)));
        for (int i : new int[] {7, 8, 9, 100_007, 200_008, 200_009}) {
            assertThat(bulk.get(i)).isEqualTo(registry.priority().check(ids.get(i), CHIEF, asOf));
        }
        assertThat(bulk.get(200_008).results().get(0).honor()).contains(
                HonorCitation.of(registry.honors().ofArtisan(revoked.id()).get(0)));
        assertThat(bulk.get(200_008).explain(Locale.CHINESE)).contains("已于2019-06-01撤销");
        // Two honors beside 300,005 ids are few, so the check read every honor of the kind. The read by artisan,
        // which a tenant of many honors gets, joins the ids on PostgreSQL from 300,000: each honor comes once per
        // time its holder is given, and an honor of a program the policy does not name never.
        honor(skilledWorkers(), 2019, "淄人社发〔2019〕3号", List.of(plain));
        List<HonorCitation> read = new ArrayList<>();
        store.withSession(tenant, s -> {
            s.honors().eachCitationOfArtisans(ids, List.of(holdsGold().kind()), read::add);
            return null;
        });
        assertThat(read).extracting(HonorCitation::artisanId).containsOnly(holder.id(), revoked.id());
        assertThat(read).containsOnly(HonorCitation.of(registry.honors().ofArtisan(holder.id()).get(0)),
                HonorCitation.of(registry.honors().ofArtisan(revoked.id()).get(0)));
    }

    @Test
    void theStore_countsHonorsOfKindsUpToABound_andReadsEveryOneOfThem_revokedIncluded() {
        Artisan first = artisan();
        Artisan second = artisan();
        Artisan third = artisan();
        List<Honor> gold = honor(2018, "淄工发〔2018〕12号", List.of(first, second, third));
        revokeForFraud(gold.get(1), LocalDate.of(2019, 6, 1));
        honor(skilledWorkers(), 2019, "淄人社发〔2019〕3号", List.of(first));
        HonorKind kind = holdsGold().kind();
        List<HonorCitation> expected = gold.stream().map(h -> HonorCitation.of(registry.honors().get(h.id()))).toList();

        store.withSession(tenant, s -> {
            assertThat(s.honors().countOfKinds(List.of(kind), 10)).isEqualTo(3);
            assertThat(s.honors().countOfKinds(List.of(kind), 2)).isEqualTo(2);
            assertThat(s.honors().countOfKinds(List.of(), 10)).isZero();
            List<HonorCitation> read = new ArrayList<>();
            s.honors().eachCitationOfKinds(List.of(kind), read::add);
            assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
            return null;
        });
    }

    @Test
    void theBulkCheck_readsNoHonorOfAProgramThePolicyDoesNotName() {
        Artisan skilledOnly = artisan();
        HonorProgram skilled = skilledWorkers();
        honor(skilled, 2018, "淄人社发〔2018〕3号", List.of(skilledOnly));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());

        List<PriorityDecision> bulk;
        try (Stream<PriorityDecision> decisions = chunkedBy(1).checkAll(
                Stream.of(skilledOnly.id(), skilledOnly.id()), CHIEF, LocalDate.of(2019, 9, 1))) {
            bulk = decisions.toList();
        }

        assertThat(bulk).hasSize(2).allSatisfy(d -> {
            assertThat(d.hasPriority()).isFalse();
            assertThat(d.results().get(0).honor()).isEmpty();
            assertThat(d.explain(Locale.ENGLISH)).contains("holds no such honor");
        });
    }

    // ---- the screen -----------------------------------------------------------------------------

    /** Asserts that a screen answers, position by position, what the bulk check's decisions say. */
    private static void assertScreenAgrees(PriorityScreen screen, List<PriorityDecision> bulk) {
        assertThat(screen.size()).isEqualTo(bulk.size());
        for (int i = 0; i < bulk.size(); i++) {
            PriorityDecision d = bulk.get(i);
            assertThat(screen.artisanId(i)).isEqualTo(d.artisanId());
            assertThat(screen.hasPriority(i)).as("priority at %s", i).isEqualTo(d.hasPriority());
            for (int c = 0; c < d.results().size(); c++) {
                assertThat(screen.meets(i, c)).as("condition %s at %s", c, i).isEqualTo(d.results().get(c).met());
            }
        }
        assertThat(screen.withPriority().toArray()).containsExactly(
                java.util.stream.IntStream.range(0, bulk.size()).filter(i -> bulk.get(i).hasPriority()).toArray());
        assertThat(screen.countWithPriority()).isEqualTo((int) bulk.stream().filter(PriorityDecision::hasPriority).count());
    }

    @Test
    void theScreen_answersAsTheBulkCheckDecides_readingEveryHolderOrTheHoldersAmongItsIds() {
        Random random = new Random(5);
        List<Artisan> population = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            population.add(artisan(String.format(Locale.ROOT, "19%02d%02d%02d", 60 + i % 18, 1 + i / 1000, 10 + (i / 18) % 18)));
        }
        List<Honor> honors = honor(2018, "淄工发〔2018〕12号", population.subList(0, 300));
        for (Honor h : honors.subList(0, 40)) {
            registry.honors().revoke(CLERK, h.id(), new RevocationRequest(RevocationReason.MORAL_FAILING, "违反职业道德",
                    LocalDate.of(2020, 3, 1 + random.nextInt(20)), "淄博市总工会"));
        }
        honor(skilledWorkers(), 2019, "淄人社发〔2019〕3号", population.subList(250, 350));
        honor(2020, "淄工发〔2020〕5号", population.subList(1_900, 1_950));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), agedAtMost45());
        LocalDate asOf = LocalDate.of(2020, 3, 10);
        List<ArtisanId> ids = new ArrayList<>(population.stream().map(Artisan::id).toList());
        ids.add(ArtisanId.of(9_999_999));
        ids.add(population.get(5).id());

        // 350 gold honors beside 2,002 ids are few: the screen reads every holder of the kind. 900 ids are too
        // few to ask, and the screen reads the holders among them.
        for (List<ArtisanId> screened : List.of(ids, ids.subList(1_100, 2_000))) {
            List<PriorityDecision> bulk;
            try (Stream<PriorityDecision> decisions = registry.priority().checkAll(screened.stream(), CHIEF, asOf)) {
                bulk = decisions.toList();
            }
            PriorityScreen screen = registry.priority().screen(screened, CHIEF, asOf);

            assertScreenAgrees(screen, bulk);
            assertThat(screen.policy().version()).isEqualTo(1);
            assertThat(screen.asOf()).isEqualTo(asOf);
            for (int i = 0; i < screened.size(); i += 97) {
                assertThat(screen.decision(i)).isEqualTo(bulk.get(i));
            }
        }
        PriorityScreen screen = registry.priority().screen(ids, CHIEF, asOf);
        assertThat(screen.countWithPriority()).isBetween(400, 1_000);
        assertThat(java.util.stream.IntStream.range(0, ids.size()).filter(i -> screen.meets(i, 0)).count()).isBetween(250L, 351L);
        assertThat(screen.decision(ids.size() - 2).explain(Locale.CHINESE)).contains("登记册中无此人");
        assertThat(screen).hasToString("PriorityScreen[zibo-chief-technician, zibo-chief v1, 2020-03-10, "
                + screen.countWithPriority() + " of 2002 with priority]");
    }

    @Test
    void theScreen_acrossProgramsRevocationsAndLaterHonors_withRepeats_answersAsTheSingleCheckDecides() {
        Artisan holder = artisan();
        Artisan revokedEarly = artisan();
        Artisan revokedToday = artisan();
        Artisan both = artisan();
        Artisan expertOnly = artisan();
        Artisan namedLater = artisan();
        Artisan plain = artisan();
        List<Honor> gold2018 = honor(2018, "淄工发〔2018〕12号", List.of(holder, revokedEarly, revokedToday, both));
        LocalDate asOf = LocalDate.of(2019, 9, 1);
        revokeForFraud(gold2018.get(1), LocalDate.of(2019, 6, 1));
        revokeForFraud(gold2018.get(2), asOf);
        HonorProgram skilled = skilledWorkers();
        honor(skilled, 2019, "淄人社发〔2019〕3号", List.of(both, expertOnly));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), new PriorityCondition.HoldsHonor("skilled-worker",
                skilled.id(), Set.of(), "持有淄博市技术能手称号", "holds the Zibo Skilled Worker honor"));
        honor(2020, "淄工发〔2020〕8号", List.of(namedLater));
        ArtisanId unknown = ArtisanId.of(9_999_999);
        List<ArtisanId> ids = List.of(holder.id(), unknown, revokedEarly.id(), revokedToday.id(), both.id(), expertOnly.id(),
                namedLater.id(), holder.id(), plain.id(), both.id());

        PriorityScreen screen = registry.priority().screen(ids, CHIEF, asOf);

        assertThat(java.util.stream.IntStream.range(0, ids.size()).mapToObj(i -> tuple(screen.meets(i, 0), screen.meets(i, 1))))
                .containsExactly(tuple(true, false), tuple(false, false), tuple(false, false), tuple(false, false),
                        tuple(true, true), tuple(false, true), tuple(false, false), tuple(true, false), tuple(false, false),
                        tuple(true, true));
        assertThat(screen.withPriority().toArray()).containsExactly(0, 4, 5, 7, 9);
        assertThat(screen.meeting(0).toArray()).containsExactly(0, 4, 7, 9);
        assertThat(screen.meeting(1).toArray()).containsExactly(4, 5, 9);
        assertThatThrownBy(() -> screen.meeting(2)).isInstanceOf(IndexOutOfBoundsException.class);
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals(unknown)) {
                assertThat(screen.decision(i)).isEqualTo(registry.priority().check(ids.get(i), CHIEF, asOf));
            }
        }
        assertThat(screen.decision(3).explain(Locale.CHINESE)).contains("已于2019-09-01撤销");
        assertThatThrownBy(() -> screen.meets(10, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> screen.meets(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        // The day before, the honor revoked on the screen's date still counts, and the one named in 2020 does not yet.
        PriorityScreen dayBefore = registry.priority().screen(ids, CHIEF, asOf.minusDays(1));
        assertThat(dayBefore.meets(3, 0)).isTrue();
        assertThat(dayBefore.meets(6, 0)).isFalse();
    }

    @Test
    void theScreen_keepsItsAnswers_whileADecisionAskedLaterReadsTheRecordAsItIsThen() {
        Artisan holder = artisan();
        List<Honor> gold = honor(2018, "淄工发〔2018〕12号", List.of(holder));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        LocalDate asOf = LocalDate.of(2019, 9, 1);
        PriorityScreen screen = registry.priority().screen(List.of(holder.id()), CHIEF, asOf);

        revokeForFraud(gold.get(0), LocalDate.of(2019, 6, 1));

        assertThat(screen.hasPriority(0)).isTrue();
        assertThat(screen.decision(0).hasPriority()).isFalse();
        assertThat(screen.decision(0).explain(Locale.ENGLISH)).contains("was revoked effective 2019-06-01");
        assertThat(registry.priority().screen(List.of(holder.id()), CHIEF, asOf).hasPriority(0)).isFalse();
    }

    @Test
    void theScreen_refusesANullId_andADateOutOfRange_namingTheField() {
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        List<ArtisanId> withNull = new ArrayList<>(List.of(artisan().id()));
        withNull.add(null);

        assertThatThrownBy(() -> registry.priority().screen(withNull, CHIEF, LocalDate.of(2019, 9, 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("artisanIds"));
        assertThatThrownBy(() -> registry.priority().screen(List.of(), CHIEF, LocalDate.of(1799, 12, 31)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("asOf"));
        assertThatThrownBy(() -> registry.priority().screen(List.of(), CHIEF, LocalDate.of(2017, 1, 1)))
                .isInstanceOfSatisfying(TitleRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(TitleRefusedException.Rule.NO_POLICY_IN_FORCE));
        assertThat(registry.priority().screen(List.of(), CHIEF, LocalDate.of(2019, 9, 1)).size()).isZero();
    }

    @Test
    void theStore_readsTheHoldersOfAKindActiveOnADate_everyOneOrAmongIds() {
        Artisan first = artisan();
        Artisan second = artisan();
        Artisan third = artisan();
        Artisan later = artisan();
        List<Honor> gold = honor(2018, "淄工发〔2018〕12号", List.of(first, second, third));
        revokeForFraud(gold.get(1), LocalDate.of(2019, 6, 1));
        honor(skilledWorkers(), 2019, "淄人社发〔2019〕3号", List.of(third, later));
        honor(2020, "淄工发〔2020〕8号", List.of(later));
        HonorKind kind = holdsGold().kind();
        LocalDate named2020 = registry.honors().ofArtisan(later.id()).stream().filter(kind::includes).findFirst()
                .orElseThrow().decision().date();

        store.withSession(tenant, s -> {
            List<Long> every = new ArrayList<>();
            assertThat(s.honors().eachHolderOfKind(kind, LocalDate.of(2019, 5, 31), 100, every::add)).isTrue();
            assertThat(every).containsExactlyInAnyOrder(first.id().value(), second.id().value(), third.id().value());
            every.clear();
            assertThat(s.honors().eachHolderOfKind(kind, LocalDate.of(2019, 6, 1), 100, every::add)).isTrue();
            assertThat(every).containsExactlyInAnyOrder(first.id().value(), third.id().value());
            every.clear();
            assertThat(s.honors().eachHolderOfKind(kind, named2020, 100, every::add)).isTrue();
            assertThat(every).containsExactlyInAnyOrder(first.id().value(), third.id().value(), later.id().value());
            // Three holders are more than two: the store gives up (H2 before reading, having counted).
            assertThat(s.honors().eachHolderOfKind(kind, named2020, 2, id -> { })).isFalse();
            List<Long> among = new ArrayList<>();
            s.honors().eachHolderAmong(List.of(second.id(), third.id(), later.id(), ArtisanId.of(9_999_999)), kind,
                    named2020.minusDays(1), among::add);
            assertThat(among).containsOnly(third.id().value());
            return null;
        });
    }

    @Test
    void theScreen_whereEveryHolderIsNotRead_readsTheHoldersAmongItsIds_andAnswersAlike() {
        Artisan holder = artisan();
        Artisan revoked = artisan();
        List<Honor> gold = honor(2018, "淄工发〔2018〕12号", List.of(holder, revoked));
        revokeForFraud(gold.get(1), LocalDate.of(2019, 6, 1));
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold());
        LocalDate asOf = LocalDate.of(2019, 9, 1);
        // 1,500 ids, enough for the screen to try reading every holder; the store below declines, as a store with
        // more holders than twice the ids does, and one that does not implement the read.
        List<ArtisanId> ids = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            ids.add(i == 700 ? holder.id() : i == 701 ? revoked.id() : ArtisanId.of(50_000_000L + i));
        }
        PriorityCheck declining = TalentRegistry.builder(everyHolderDeclined(store)).tenant(tenant).clock(clock).build()
                .priority();

        PriorityScreen screen = declining.screen(ids, CHIEF, asOf);

        assertThat(screen.withPriority().toArray()).containsExactly(700);
        assertThat(screen.decision(701).explain(Locale.CHINESE)).contains("已于2019-06-01撤销");
        assertThat(registry.priority().screen(ids, CHIEF, asOf).withPriority().toArray()).containsExactly(700);
    }

    @Test
    void theScreen_ofAnAgeCondition_countsTheYearsAsTheBulkCheckDoes_onTheBoundaryAndTheLeapDay_onBothReads() {
        Artisan turns46Today = artisan("19740310");
        Artisan is45 = artisan("19740311");
        Artisan leapDay = artisan("19720229");
        Artisan older = artisan("19600101");
        Artisan young = artisan("19900101");
        policy(1, LocalDate.of(2018, 1, 1), null, holdsGold(), agedAtMost45());
        // 1,200 ids, enough for the screen to read the tenant's young artisans instead of the ids' birth dates.
        List<ArtisanId> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            ids.add(ArtisanId.of(60_000_000L + i));
        }
        List<Artisan> people = List.of(turns46Today, is45, leapDay, older, young);
        for (int i = 0; i < people.size(); i++) {
            ids.set(100 * i + 7, people.get(i).id());
        }
        PriorityCheck declining = TalentRegistry.builder(everyHolderDeclined(store)).tenant(tenant).clock(clock).build()
                .priority();

        // On 2020-03-10 one born 1974-03-10 is 46, one born a day later 45. On 2018-02-28 one born on
        // 1972-02-29 is still 45, and on 2018-03-01 is 46.
        for (LocalDate asOf : List.of(LocalDate.of(2020, 3, 10), LocalDate.of(2018, 2, 28), LocalDate.of(2018, 3, 1))) {
            List<PriorityDecision> bulk;
            try (Stream<PriorityDecision> decisions = registry.priority().checkAll(ids.stream(), CHIEF, asOf)) {
                bulk = decisions.toList();
            }
            for (PriorityCheck check : List.of(registry.priority(), declining)) {
                assertScreenAgrees(check.screen(ids, CHIEF, asOf), bulk);
            }
        }
        PriorityScreen screen = registry.priority().screen(ids, CHIEF, LocalDate.of(2020, 3, 10));
        assertThat(screen.meeting(1).mapToObj(screen::artisanId)).containsExactlyInAnyOrder(is45.id(), young.id());
        assertThat(registry.priority().screen(ids, CHIEF, LocalDate.of(2018, 2, 28)).meeting(1).toArray())
                .containsExactly(7, 107, 207, 407);
        assertThat(registry.priority().screen(ids, CHIEF, LocalDate.of(2018, 3, 1)).meeting(1).toArray())
                .containsExactly(7, 107, 407);
        assertThat(declining.screen(ids, CHIEF, LocalDate.of(2018, 3, 1)).meeting(1).toArray())
                .containsExactly(7, 107, 407);
    }

    @Test
    void theStore_readsTheArtisansBornAfterADay_notThoseBornOnIt_upToABound() {
        Artisan onTheDay = artisan("19740310");
        Artisan dayAfter = artisan("19740311");
        Artisan later = artisan("19900101");
        artisan("19600101");

        if (database() == Database.H2) {
            // H2 reads each row whole: it declines, and the screen reads the ids' birth dates.
            store.withSession(tenant, s -> {
                assertThat(s.artisans().eachBornAfter(LocalDate.of(1974, 3, 10), 3, id -> { })).isFalse();
                return null;
            });
            return;
        }
        store.withSession(tenant, s -> {
            List<Long> born = new ArrayList<>();
            assertThat(s.artisans().eachBornAfter(LocalDate.of(1974, 3, 10), 3, born::add)).isTrue();
            assertThat(born).containsExactlyInAnyOrder(dayAfter.id().value(), later.id().value());
            born.clear();
            assertThat(s.artisans().eachBornAfter(LocalDate.of(1974, 3, 9), 3, born::add)).isTrue();
            assertThat(born).containsExactlyInAnyOrder(onTheDay.id().value(), dayAfter.id().value(), later.id().value());
            // Three are more than two: the store says so.
            assertThat(s.artisans().eachBornAfter(LocalDate.of(1974, 3, 9), 2, id -> { })).isFalse();
            return null;
        });
        store.withSession(newTenantId(), s -> {
            assertThat(s.artisans().eachBornAfter(LocalDate.of(1900, 1, 1), 10, id -> {
                throw new AssertionError("another tenant's artisan " + id);
            })).isTrue();
            return null;
        });
    }

    /**
     * A store whose honors decline to read every holder of a kind and whose artisans decline to read every young
     * artisan, as the SPI's defaults do.
     */
    private static RegistryStore everyHolderDeclined(RegistryStore store) {
        return new RegistryStore() {
            @Override
            public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
                return store.inTransaction(tenant, s -> work.run(declining(s)));
            }

            @Override
            public <T> T withSession(TenantId tenant, StoreWork<T> work) {
                return store.withSession(tenant, s -> work.run(declining(s)));
            }
        };
    }

    private static StoreSession declining(StoreSession session) {
        HonorStore honors = declining(HonorStore.class, session.honors(), "eachHolderOfKind");
        ArtisanStore artisans = declining(ArtisanStore.class, session.artisans(), "eachBornAfter");
        return (StoreSession) Proxy.newProxyInstance(StoreSession.class.getClassLoader(), new Class<?>[] {StoreSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "honors" -> honors;
                    case "artisans" -> artisans;
                    default -> invoke(method, session, args);
                });
    }

    /** A store of one kind that answers false to one method, as the SPI's default of a bounded read does. */
    private static <S> S declining(Class<S> kind, S store, String method) {
        return kind.cast(Proxy.newProxyInstance(kind.getClassLoader(), new Class<?>[] {kind},
                (proxy, m, args) -> m.getName().equals(method) ? Boolean.FALSE : invoke(m, store, args)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---- conditions no one could meet, and hard conditions undecided ------------------------------------

    /**
     * 淄博市首席技师 requires front-line work (in service, a hard condition). An applicant who did not declare it is
     * flagged for a person, and a title round has no step that decides a flag: ranked, never selected, saying why.
     * The round had awarded the title to him.
     */
    @Test
    void anApplicantWhoseHardConditionIsUndeclared_isRankedButNotSelected_sayingWhy() {
        policy(1, LocalDate.of(2010, 1, 1), null);
        Artisan undeclared = artisan();
        TitleRound round = registry.titles().openRound(CLERK, CHIEF, ZIBO, 2024, LocalDate.of(2024, 9, 1));
        registry.titles().apply(CLERK, round.id(), undeclared.id(), new BigDecimal("90"), new Declarations(null, null));

        RankedApplicant ranked = entry(registry.titles().ranking(round.id()), undeclared);
        assertThat(ranked.verdict().status()).isEqualTo(Eligibility.NEEDS_REVIEW);
        assertThat(ranked.selected()).isFalse();
        assertThat(ranked.note(Locale.CHINESE)).hasValueSatisfying(n -> assertThat(n).contains("硬性条件待人工核定", "在职"));
        assertThat(ranked.note(Locale.ENGLISH)).hasValueSatisfying(n -> assertThat(n).contains("a hard condition awaits a person's decision"));
        assertThat(registry.titles().select(CLERK, round.id())).isEmpty();
    }

    /** A prerequisite naming a title the tenant has not defined (a typo) is refused: no applicant could ever meet it. */
    @Test
    void aPrerequisiteNamingATitleNotDefined_isRefusedNamingTheField() {
        defineMunicipalAndProvincialTitles(Map.of());
        TechnicianTitle typo = new TechnicianTitle("qilu-typo", "齐鲁首席技师",
                List.of(new Criterion.HoldsTitle("municipal", Severity.HARD, "municipal-chief-technican")), 10,
                Optional.empty(), Optional.of(4), Map.of());

        assertThatThrownBy(() -> registry.titles().define(CLERK, typo))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("criterion.titleCode");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("municipal-chief-technican");
                });
        assertThatThrownBy(() -> registry.titles().defineVersion(CLERK, typo, LocalDate.of(2024, 1, 1), Optional.empty()))
                .isInstanceOf(InvalidFieldException.class);
    }
}
