package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.spi.ErasableField;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.EngagementRevision;
import org.talentregistry.pool.EngagementSummary;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolCount;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolMember;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolPage;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolRefusedException;
import org.talentregistry.pool.PoolShare;
import org.talentregistry.pool.PoolSort;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.PoolStanding;
import org.talentregistry.pool.PoolTotals;
import org.talentregistry.pool.TalentPool.Listing;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.Consent;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.ConsentRefusedException;
import org.talentregistry.privacy.ConsentRequiredException;
import org.talentregistry.privacy.PersonalDataExport;
import org.talentregistry.privacy.PurgeReport;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRound;

/**
 * The talent pool under unified management, its engagements, the public notice list, consents, access
 * export, correction and the retention purge, through the facade, on every database.
 */
abstract class PoolContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("union-li", "李干事");
    private static final Actor BUREAU = Actor.of("bureau-sun", "孙科长");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Declarations IN_SERVICE = Declarations.inServiceWithCleanRecord();
    private static final String CHANNEL = "淄博市总工会经济技术部，电话 0533-3180000，异议须实名提出";

    private MutableClock clock;
    private TenantId tenant;
    private TalentRegistry registry;
    private HonorProgram gold;
    private HonorProgram craftsman;
    private int nextSequence;

    @BeforeEach
    void newTenant() {
        clock = new MutableClock(Instant.parse("2018-03-01T02:00:00Z"), SHANGHAI);
        tenant = newTenantId();
        registry = TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .voteSecret("pool-test-secret-0123456".getBytes(StandardCharsets.UTF_8))
                .retention(RetentionPolicy.builder().contactDataAfterLeavingPool(Period.ofYears(1)).batchSize(100).build())
                .build();
        gold = registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().clearTiers()
                .tier(new HonorTier("gold", "淄博金牌工匠", 500, true)).programCap(null).clearCriteria()
                .publicNotice(new NoticePublication(CHANNEL, true, Optional.empty())).build());
        craftsman = registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().name("淄博工匠").clearTiers()
                .tier(new HonorTier("craftsman", "淄博工匠", 500, true)).programCap(null).clearCriteria().build());
        nextSequence = 1;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Artisan mechanic(String name) {
        return register(Fixtures.mechanic(1).toBuilder().name(name));
    }

    private Artisan optometrist(String name) {
        return register(Fixtures.optometrist(1).toBuilder().name(name));
    }

    private Artisan register(ArtisanDetails.Builder details) {
        int sequence = nextSequence++;
        return registry.artisans().register(CLERK, details.residentId(Fixtures.residentId("370303", "19780512", sequence)).build());
    }

    private Artisan optometristWithPhone(String name) {
        return register(Fixtures.optometrist(1).toBuilder().name(name).phone(PhoneNumber.of("13705331234")));
    }

    /** The test's registry with the nominees' retention period set, on the same store, tenant and clock. */
    private TalentRegistry purgingNomineesAfter(Period period) {
        return TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .retention(RetentionPolicy.builder().nomineesNotHonoredAfterNotice(period).batchSize(100).build())
                .build();
    }

    /** A program of one tier that enters the pool, with a number of places a year and no criteria. */
    private HonorProgram programOfPlaces(String name, String tierCode, int places) {
        return registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().name(name).clearTiers()
                .tier(new HonorTier(tierCode, name, places, true)).programCap(null).clearCriteria().build());
    }

    /** The audit event of the purge's erasure of an artisan's identity number. */
    private AuditEvent identityNumberErasure(Artisan a) {
        return registry.audit().forEntity("artisan", a.id().toString()).stream()
                .filter(e -> e.action().equals("retention.identityNumberErased")).findFirst().orElseThrow();
    }

    private void consent(Artisan a, ConsentPurpose purpose, LocalDate on) {
        registry.consents().give(CLERK, new ConsentGrant(a.id(), purpose, on, "申报表签字 " + a.id()));
    }

    private void setToday(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(SHANGHAI).toInstant());
    }

    /** Takes a round of a program through review, with expert totals in the order given, into public notice. */
    private SelectionRound toNotice(HonorProgram program, int year, List<Artisan> nominees, int votes) {
        setToday(LocalDate.of(year, 3, 1));
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(CLERK, program.id(), year);
        List<Nomination> nominations = new ArrayList<>();
        for (Artisan a : nominees) {
            nominations.add(rounds.nominate(CLERK, round.id(), new NominationRequest(a.id(), NominationChannel.SELF, a.name(), IN_SERVICE)));
        }
        rounds.closeNominations(CLERK, round.id());
        rounds.closeEligibilityReview(CLERK, round.id());
        Reviewer reviewer = rounds.addReviewer(CLERK, round.id(), "周教授", null);
        int skill = 38;
        for (Nomination n : nominations) {
            rounds.score(CLERK, reviewer.id(), n.id(), Map.of("skill", BigDecimal.valueOf(skill--),
                    "innovation", BigDecimal.valueOf(20), "contribution", BigDecimal.valueOf(20)));
        }
        rounds.closeExpertReview(CLERK, round.id());
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < votes; i++) {
            ballots.add(new Ballot(nominations.get(0).id(), "10.0." + (i / 250) + "." + (i % 250), clock.instant()));
        }
        if (!ballots.isEmpty()) {
            rounds.ingestVotes(round.id(), ballots);
        }
        rounds.closeVoting(CLERK, round.id());
        rounds.startNotice(CLERK, round.id(), LocalDate.now(clock));
        return rounds.get(round.id());
    }

    /** 淄博市首席技师 without criteria nor priority conditions, four years a term: these tests are about its data. */
    private String chiefTechnicianTitle() {
        String code = "zibo-chief-test";
        registry.titles().define(CLERK, new TechnicianTitle(code, "淄博市首席技师", List.of(), 5, Optional.empty(),
                Optional.of(4), Map.of()));
        registry.titles().definePolicy(CLERK, new PriorityPolicy(code + "-p", 1, code, LocalDate.of(2000, 1, 1),
                Optional.empty(), BigDecimal.ZERO, List.of()));
        return code;
    }

    /** The tenant's registry with a purge of the phones and numbers of nominees never honored, a year after. */
    private TalentRegistry purgingNomineesAfterAYear() {
        return TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .retention(RetentionPolicy.builder().nomineesNotHonoredAfterNotice(Period.ofYears(1)).batchSize(100).build())
                .build();
    }

    /** A title round of Zibo decided on 1 September of the year, opened a month before, with the applicants' scores. */
    private TitleRound titleRound(String title, int year, Map<Artisan, String> scores) {
        setToday(LocalDate.of(year, 8, 1));
        TitleRound round = registry.titles().openRound(CLERK, title, IssuingRegion.of("370300"), year, LocalDate.of(year, 9, 1));
        scores.forEach((a, score) -> registry.titles().apply(CLERK, round.id(), a.id(), new BigDecimal(score), IN_SERVICE));
        return round;
    }

    private List<TitleAward> select(TitleRound round) {
        setToday(round.roundDate());
        return registry.titles().select(CLERK, round.id());
    }

    private List<Honor> name(SelectionRound inNotice, String decision) {
        setToday(inNotice.noticeEnd().orElseThrow().plusDays(1));
        return registry.rounds().name(CLERK, inNotice.id(), new NamingDecision(decision, LocalDate.now(clock), "淄博市总工会"));
    }

    private List<Honor> honor(HonorProgram program, int year, String decision, List<Artisan> honorees) {
        return name(toNotice(program, year, honorees, 0), decision);
    }

    private static EngagementDetails.Training training(LocalDate first) {
        return new EngagementDetails.Training("创新能力提升培训班", "淄博市总工会", first, first.plusDays(4),
                new BigDecimal("40"), Optional.of("结业"));
    }

    private static EngagementDetails.CampusTalk talk(LocalDate day, TalkKind kind, int audience) {
        return new EngagementDetails.CampusTalk("淄博职业学院", day, kind, audience);
    }

    private static EngagementDetails.MediaFeature media(LocalDate day) {
        return new EngagementDetails.MediaFeature("淄博电视台", MediaKind.TV_INTERVIEW, day, "《小语访谈》：匠心二十年",
                Optional.of("https://example.org/v/1"));
    }

    // ---- membership, queries, totals -------------------------------------------------------------

    @Test
    void namingBringsHonoreesOfPoolTiersIn_andQueriesFilterByTradeRegionLevelAndHonor() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        honor(craftsman, 2019, "淄工发〔2019〕3号", List.of(zhao));
        LocalDate endOf2019 = LocalDate.of(2019, 12, 31);

        PoolPage all = registry.pool().query(PoolQuery.asOf(endOf2019).build());
        PoolPage mechanics = registry.pool().query(PoolQuery.asOf(endOf2019).occupation(Fixtures.CAR_MECHANIC.code()).build());
        PoolPage huantai = registry.pool().query(PoolQuery.asOf(endOf2019).region(Fixtures.HUANTAI.code()).build());
        PoolPage technicians = registry.pool().query(PoolQuery.asOf(endOf2019).levelAtLeast(SkillLevel.TECHNICIAN).build());
        PoolPage gold2018 = registry.pool().query(PoolQuery.asOf(endOf2019).honor(gold.id(), "gold", 2018).build());
        PoolPage before2019Naming = registry.pool().query(PoolQuery.asOf(LocalDate.of(2019, 1, 1)).build());

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), li.id(), zhao.id());
        PoolMember first = all.members().get(0);
        assertThat(first.name()).isEqualTo("王建国");
        assertThat(first.employerName()).isEqualTo(Fixtures.carRepairShop().name());
        assertThat(first.occupation()).isEqualTo(Fixtures.CAR_MECHANIC);
        assertThat(first.region()).isEqualTo(Fixtures.ZHANGDIAN);
        assertThat(first.level()).contains(SkillLevel.TECHNICIAN);
        assertThat(first.memberships()).singleElement().satisfies(m ->
                assertThat(m.source()).isInstanceOfSatisfying(PoolSource.ByHonor.class, h -> {
                    assertThat(h.programId()).isEqualTo(gold.id());
                    assertThat(h.year()).isEqualTo(2018);
                }));
        assertThat(mechanics.members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), zhao.id());
        assertThat(huantai.members()).extracting(PoolMember::artisanId).containsExactly(li.id());
        assertThat(registry.pool().query(PoolQuery.asOf(endOf2019).employer(Fixtures.glassesShop().creditCode()).build())
                .members()).extracting(PoolMember::artisanId).containsExactly(li.id());
        assertThat(technicians.members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), zhao.id());
        assertThat(gold2018.members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), li.id());
        assertThat(before2019Naming.members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), li.id());
        assertThat(registry.pool().query(PoolQuery.asOf(LocalDate.of(2018, 1, 1)).build()).total()).isZero();
    }

    @Test
    void forEachListed_handsArtisansInIdOrder_withTheDaysMembershipsAndHonorNames_filteredAndAfterTheCursor() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        Artisan qian = mechanic("钱小明");
        List<Honor> honors = honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        setToday(LocalDate.of(2019, 10, 8));
        PoolMembership added = registry.pool().add(BUREAU, new PoolAdmission(zhao.id(), "淄博市首席技师（2019年）",
                LocalDate.of(2019, 10, 1)));
        LocalDate asOf = LocalDate.of(2019, 12, 31);

        List<ListedArtisan> everyone = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN, everyone::add);
        List<ListedArtisan> mechanicsInPool = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.builder().occupation(Fixtures.CAR_MECHANIC.code()).build(), asOf,
                Listing.POOL_MEMBERS, mechanicsInPool::add);
        List<ListedArtisan> afterWang = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all().after(wang.id()), asOf, Listing.POOL_MEMBERS, afterWang::add);
        List<ListedArtisan> before = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), LocalDate.of(2017, 12, 31), Listing.POOL_MEMBERS,
                before::add);

        assertThat(everyone).extracting(ListedArtisan::artisan)
                .containsExactly(registry.artisans().get(wang.id()), registry.artisans().get(li.id()),
                        registry.artisans().get(zhao.id()), registry.artisans().get(qian.id()));
        assertThat(everyone.get(0).memberships()).isEqualTo(registry.pool().ofArtisan(wang.id()));
        Honor wangs = honors.stream().filter(h -> h.artisanId().equals(wang.id())).findFirst().orElseThrow();
        assertThat(everyone.get(0).honorName(wangs.id())).isEqualTo(wangs.programName() + wangs.tierName());
        assertThat(everyone.get(2).memberships()).containsExactly(added);
        assertThat(everyone.get(2).honorNames()).isEmpty();
        assertThat(everyone.get(3).memberships()).isEmpty();
        assertThat(mechanicsInPool).extracting(l -> l.artisan().id()).containsExactly(wang.id(), zhao.id());
        assertThat(afterWang).extracting(l -> l.artisan().id()).containsExactly(li.id(), zhao.id());
        assertThat(before).isEmpty();
        assertThatThrownBy(() -> registry.pool().forEachListed(ArtisanQuery.all(), asOf, null, everyone::add))
                .isInstanceOf(NullPointerException.class).hasMessage("listing");
    }

    @Test
    void forEachListed_withAConsentPurpose_saysForEachArtisanWhetherItsConsentHoldsOnTheDayAsked() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        Artisan qian = mechanic("钱小明");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        setToday(LocalDate.of(2020, 1, 10));
        consent(wang, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 1, 1));
        consent(li, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 1, 1));
        registry.consents().withdraw(CLERK, li.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 11, 1),
                "本人书面申请撤回");
        consent(zhao, ConsentPurpose.MEDIA, LocalDate.of(2019, 1, 1));
        consent(qian, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2020, 1, 5));
        LocalDate asOf = LocalDate.of(2019, 6, 30);

        List<ListedArtisan> plain = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN, plain::add);
        List<ListedArtisan> yearEnd = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN,
                ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 12, 31), yearEnd::add);
        List<ListedArtisan> october = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.POOL_MEMBERS,
                ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 10, 31), october::add);
        List<ListedArtisan> media = new ArrayList<>();
        registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN, ConsentPurpose.MEDIA,
                LocalDate.of(2019, 12, 31), media::add);

        assertThat(plain).extracting(ListedArtisan::consentHolds).containsExactly(false, false, false, false);
        // The consent is one more column of the same read: the artisans and memberships are those of the plain one.
        assertThat(yearEnd).extracting(l -> l.withConsentHolds(false)).isEqualTo(plain);
        assertThat(yearEnd).extracting(l -> l.artisan().id(), ListedArtisan::consentHolds).containsExactly(
                tuple(wang.id(), true), tuple(li.id(), false), tuple(zhao.id(), false), tuple(qian.id(), false));
        assertThat(october).extracting(l -> l.artisan().id(), ListedArtisan::consentHolds)
                .containsExactly(tuple(wang.id(), true), tuple(li.id(), true));
        assertThat(media).extracting(ListedArtisan::consentHolds).containsExactly(false, false, true, false);
        assertThatThrownBy(() -> registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN,
                ConsentPurpose.MEDIA, LocalDate.of(1799, 12, 31), media::add))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("consentOn"));
        assertThatThrownBy(() -> registry.pool().forEachListed(ArtisanQuery.all(), asOf, Listing.EVERY_ARTISAN,
                null, LocalDate.of(2019, 12, 31), media::add))
                .isInstanceOf(NullPointerException.class).hasMessage("consentTo");
    }

    @Test
    void query_pagesAndSorts_withTheTotalOnEveryPage() {
        List<Artisan> five = List.of(mechanic("甲"), mechanic("乙"), mechanic("丙"), mechanic("丁"), mechanic("戊"));
        honor(gold, 2018, "淄工发〔2018〕12号", five.subList(0, 3));
        honor(gold, 2019, "淄工发〔2019〕3号", five.subList(3, 5));
        LocalDate asOf = LocalDate.of(2020, 1, 1);

        PoolPage page1 = registry.pool().query(PoolQuery.asOf(asOf).sortBy(PoolSort.SINCE).page(0, 2).build());
        PoolPage page2 = registry.pool().query(page1.next().orElseThrow());
        PoolPage page3 = registry.pool().query(page2.next().orElseThrow());

        assertThat(page1.total()).isEqualTo(5);
        assertThat(page3.total()).isEqualTo(5);
        List<ArtisanId> seen = new ArrayList<>();
        for (PoolPage p : List.of(page1, page2, page3)) {
            p.members().forEach(m -> seen.add(m.artisanId()));
        }
        assertThat(seen).containsExactlyElementsOf(five.stream().map(Artisan::id).toList());
        assertThat(page3.next()).isEmpty();
        assertThat(page1.members().get(0).since()).isBefore(page3.members().get(0).since());
    }

    @Test
    void totals_countEachArtisanOncePerLine_byTradeRegionTierYearAndSource() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        honor(craftsman, 2019, "淄工发〔2019〕3号", List.of(zhao, wang));
        registry.pool().add(BUREAU, new PoolAdmission(li.id(), "淄博市首席技师（2019年）", LocalDate.of(2019, 10, 1)));

        PoolTotals totals = registry.pool().totals(LocalDate.of(2019, 12, 31));

        assertThat(totals.members()).isEqualTo(3);
        assertThat(totals.byTrade()).containsExactly(new PoolCount(Fixtures.CAR_MECHANIC.code(), "汽车维修工", 2),
                new PoolCount(Fixtures.OPTOMETRIST.code(), "眼镜验光员", 1));
        assertThat(totals.byRegion()).containsExactly(new PoolCount(Fixtures.ZHANGDIAN.code(), "张店区", 2),
                new PoolCount(Fixtures.HUANTAI.code(), "桓台县", 1));
        assertThat(totals.byTier()).extracting(PoolCount::name, PoolCount::members).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("淄博金牌工匠 · 淄博金牌工匠", 2L),
                org.assertj.core.api.Assertions.tuple("淄博工匠 · 淄博工匠", 2L));
        assertThat(totals.byYear()).containsExactly(new PoolCount("2018", "2018", 2), new PoolCount("2019", "2019", 2));
        assertThat(totals.bySource()).containsExactly(new PoolCount("淄博市首席技师（2019年）", "淄博市首席技师（2019年）", 1));
    }

    // ---- membership history, additions, leaving, explain ----------------------------------------

    @Test
    void bureauAddsFromAnotherSource_artisanLeaves_andTheHistorySaysWhyAndWho() {
        Artisan zhao = mechanic("赵铁柱");
        setToday(LocalDate.of(2019, 10, 8));
        PoolMembership added = registry.pool().add(BUREAU, new PoolAdmission(zhao.id(), "淄博市首席技师（2019年）",
                LocalDate.of(2019, 10, 1)));

        assertThatThrownBy(() -> registry.pool().add(BUREAU, new PoolAdmission(zhao.id(), "again", LocalDate.of(2019, 11, 1))))
                .isInstanceOfSatisfying(PoolRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(PoolRefusedException.Rule.ALREADY_MEMBER));
        List<PoolMembership> ended = registry.pool().leave(BUREAU, zhao.id(), PoolLeave.of(LeaveReason.LEFT_CITY,
                LocalDate.of(2021, 5, 1)));

        assertThat(added.source()).isEqualTo(new PoolSource.AddedByBureau("淄博市首席技师（2019年）"));
        assertThat(added.enteredBy()).isEqualTo(BUREAU);
        assertThat(ended).singleElement().satisfies(m -> {
            assertThat(m.until()).contains(LocalDate.of(2021, 5, 1));
            assertThat(m.exit().orElseThrow().reason()).isEqualTo(LeaveReason.LEFT_CITY);
            assertThat(m.exit().orElseThrow().recordedBy()).isEqualTo(BUREAU);
        });
        assertThat(registry.pool().ofArtisan(zhao.id())).containsExactlyElementsOf(ended);
        assertThat(registry.pool().sizeOn(LocalDate.of(2021, 4, 30))).isEqualTo(1);
        assertThat(registry.pool().sizeOn(LocalDate.of(2021, 5, 1))).isZero();
        PoolStanding in = registry.pool().explain(zhao.id(), LocalDate.of(2020, 6, 1));
        PoolStanding out = registry.pool().explain(zhao.id(), LocalDate.of(2021, 6, 1));
        assertThat(in.isMember()).isTrue();
        assertThat(in.since()).contains(LocalDate.of(2019, 10, 1));
        assertThat(in.explain(Locale.CHINESE)).contains("赵铁柱 于 2020-06-01 在人才库中，自 2019-10-01 起",
                "经人社部门增补（淄博市首席技师（2019年））入库，录入人 孙科长", "2021-05-01 起出库：调离本市");
        assertThat(out.isMember()).isFalse();
        assertThat(out.explain(Locale.ENGLISH)).contains("赵铁柱 is not in the talent pool on 2021-06-01",
                "added by the bureau", "left from 2021-05-01: left the city, recorded by 孙科长");
        assertThat(registry.audit().forEntity("poolMembership", added.id().toString()))
                .extracting(AuditEvent::action).containsExactly("pool.added", "pool.left");
        assertThatThrownBy(() -> registry.pool().leave(BUREAU, zhao.id(), PoolLeave.of(LeaveReason.DECEASED, LocalDate.of(2022, 1, 1))))
                .isInstanceOfSatisfying(PoolRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(PoolRefusedException.Rule.NOT_A_MEMBER));
    }

    @Test
    void revokingAnHonor_endsItsMembership_andTheExplanationNamesTheHonorAndTheRevocation() {
        Artisan wang = mechanic("王建国");
        Honor honor = honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang)).get(0);
        LocalDate effective = LocalDate.of(2019, 3, 15);
        registry.honors().revoke(CLERK, honor.id(), new RevocationRequest(RevocationReason.FRAUD, "申报材料不实", effective,
                "淄博市总工会"));

        PoolStanding before = registry.pool().explain(wang.id(), effective.minusDays(1));
        PoolStanding after = registry.pool().explain(wang.id(), effective);

        assertThat(before.isMember()).isTrue();
        assertThat(before.explain(Locale.CHINESE)).contains("因淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）入库");
        assertThat(after.isMember()).isFalse();
        assertThat(after.explain(Locale.CHINESE)).contains("2019-03-15 起出库：称号被撤销");
        assertThat(registry.pool().ofArtisan(wang.id())).singleElement()
                .satisfies(m -> assertThat(m.exit().orElseThrow().reason()).isEqualTo(LeaveReason.HONOR_REVOKED));
    }

    // ---- engagements -----------------------------------------------------------------------------

    @Test
    void engagements_areRecordedForMembers_countedPerYear_andFilterAndSortThePool() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan outsider = mechanic("局外人");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        consent(wang, ConsentPurpose.MEDIA, LocalDate.of(2018, 6, 1));
        setToday(LocalDate.of(2020, 1, 31));
        registry.pool().recordEngagement(CLERK, wang.id(), training(LocalDate.of(2019, 4, 8)));
        registry.pool().recordEngagement(CLERK, wang.id(), talk(LocalDate.of(2019, 5, 20), TalkKind.LIVE_DEMONSTRATION, 300));
        registry.pool().recordEngagement(CLERK, wang.id(), media(LocalDate.of(2019, 9, 1)));
        registry.pool().recordEngagement(CLERK, li.id(), talk(LocalDate.of(2019, 11, 5), TalkKind.REPORT, 120));
        registry.pool().recordEngagement(CLERK, li.id(), talk(LocalDate.of(2020, 1, 5), TalkKind.INTERVIEW, 80));

        assertThatThrownBy(() -> registry.pool().recordEngagement(CLERK, outsider.id(), training(LocalDate.of(2019, 4, 8))))
                .isInstanceOfSatisfying(PoolRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(PoolRefusedException.Rule.NOT_A_MEMBER));
        assertThatThrownBy(() -> registry.pool().recordEngagement(CLERK, li.id(), media(LocalDate.of(2019, 9, 1))))
                .isInstanceOfSatisfying(ConsentRequiredException.class, e -> {
                    assertThat(e.getPurpose()).isEqualTo(ConsentPurpose.MEDIA);
                    assertThat(e.getNames()).containsExactly("李秀英");
                });
        assertThat(registry.pool().engagementsOf(wang.id(), 2019)).extracting(e -> e.details().kind())
                .containsExactly(EngagementKind.TRAINING, EngagementKind.CAMPUS_TALK, EngagementKind.MEDIA_FEATURE);
        assertThat(registry.pool().engagementCounts(2019)).containsExactly(Map.entry(wang.id(), 3L), Map.entry(li.id(), 1L));
        EngagementSummary summary = registry.pool().engagementSummary(2019);
        assertThat(summary.engagements()).isEqualTo(4);
        assertThat(summary.artisans()).isEqualTo(2);
        assertThat(summary.byKind()).containsEntry(EngagementKind.CAMPUS_TALK, 2L).containsEntry(EngagementKind.TRAINING, 1L);
        assertThat(summary.byTalkKind()).containsEntry(TalkKind.REPORT, 1L).containsEntry(TalkKind.INTERVIEW, 0L);
        assertThat(summary.byMediaKind()).containsEntry(MediaKind.TV_INTERVIEW, 1L);
        assertThat(summary.trainingHours()).isEqualByComparingTo("40");
        assertThat(summary.talkAudience()).isEqualTo(420);

        PoolPage busiest = registry.pool().query(PoolQuery.asOf(LocalDate.of(2019, 12, 31))
                .engagementsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 0).sortBy(PoolSort.MOST_ENGAGEMENTS).build());
        PoolPage atLeastTwo = registry.pool().query(PoolQuery.asOf(LocalDate.of(2019, 12, 31))
                .engagementsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 2).build());
        assertThat(busiest.members()).extracting(PoolMember::artisanId, PoolMember::engagements)
                .containsExactly(org.assertj.core.api.Assertions.tuple(wang.id(), 3),
                        org.assertj.core.api.Assertions.tuple(li.id(), 1));
        assertThat(atLeastTwo.members()).extracting(PoolMember::artisanId).containsExactly(wang.id());
        assertThat(atLeastTwo.total()).isEqualTo(1);
    }

    @Test
    void correctingAnEngagement_keepsEveryRevision_andRefusesAStaleOne() {
        Artisan wang = mechanic("王建国");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang));
        setToday(LocalDate.of(2019, 12, 31));
        Engagement talk = registry.pool().recordEngagement(CLERK, wang.id(), talk(LocalDate.of(2019, 5, 20), TalkKind.REPORT, 300));

        Engagement corrected = registry.pool().correctEngagement(BUREAU, talk.id(), 1,
                talk(LocalDate.of(2019, 5, 21), TalkKind.LIVE_DEMONSTRATION, 280), "学校回函更正日期与人数");

        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(registry.pool().engagement(talk.id())).isEqualTo(corrected);
        List<EngagementRevision> history = registry.pool().engagementHistory(talk.id());
        assertThat(history).extracting(EngagementRevision::revision).containsExactly(1, 2);
        assertThat(history.get(0).details()).isEqualTo(talk.details());
        assertThat(history.get(1).reason()).contains("学校回函更正日期与人数");
        assertThat(history.get(1).recordedBy()).isEqualTo(BUREAU);
        assertThatThrownBy(() -> registry.pool().correctEngagement(BUREAU, talk.id(), 1,
                talk(LocalDate.of(2019, 5, 22), TalkKind.REPORT, 1), "stale"))
                .isInstanceOfSatisfying(PoolRefusedException.class,
                        e -> assertThat(e.getRule()).isEqualTo(PoolRefusedException.Rule.STALE_ENGAGEMENT));
        assertThat(registry.audit().forEntity("engagement", talk.id().toString()))
                .extracting(AuditEvent::action).containsExactly("engagement.recorded", "engagement.corrected");
    }

    @Test
    void badEngagementInput_namesTheField_andWritesNothing() {
        assertThatThrownBy(() -> new EngagementDetails.Training("课程", "主办", LocalDate.of(2019, 4, 8),
                LocalDate.of(2019, 4, 1), BigDecimal.TEN, Optional.empty()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("lastDay"));
        assertThatThrownBy(() -> talk(LocalDate.of(2019, 4, 8), TalkKind.REPORT, -1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("audience"));
        assertThatThrownBy(() -> new EngagementDetails.MediaFeature("台", MediaKind.COLUMN, LocalDate.of(2019, 4, 8), "题",
                Optional.of("javascript:alert(1)")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("link"));
        Artisan wang = mechanic("王建国");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang));
        setToday(LocalDate.of(2019, 12, 31));
        Engagement talk = registry.pool().recordEngagement(CLERK, wang.id(), talk(LocalDate.of(2019, 5, 20), TalkKind.REPORT, 300));
        assertThatThrownBy(() -> registry.pool().correctEngagement(CLERK, talk.id(), 1, talk.details(), " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThatThrownBy(() -> registry.pool().recordEngagement(CLERK, wang.id(), training(LocalDate.of(2020, 1, 1))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("firstDay"));
        assertThat(registry.pool().engagementHistory(talk.id())).hasSize(1);
    }

    // ---- the public notice list ----------------------------------------------------------------

    @Test
    void noticeList_showsNameEmployerTradeAndTier_inRankingOrder_neverPersonalData() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = register(Fixtures.mechanic(1).toBuilder().name("赵铁柱")
                .employer(Employer.of("=HYPERLINK(\"http://x\"),\"坏\"", Fixtures.creditCode("91370303MA3C0002K"))));
        for (Artisan a : List.of(wang, li, zhao)) {
            consent(a, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.of(2018, 2, 1));
        }
        SelectionRound round = toNotice(gold, 2018, List.of(li, zhao, wang), 0);
        var nominations = registry.rounds().nominations(round.id());
        registry.rounds().recordMeritSummary(CLERK, nominations.get(0).id(), "从事验光配镜二十年，获省技术能手");
        // Published text: a number in it is refused, and the summary recorded before stays.
        for (String leaking : List.of("联系电话138 1234 5678", "身份证" + li.residentId().orElseThrow().value(),
                "联系电话+8613912345678", "身份证110105 1949 1231 002X", "身份证 110105-1949-1231-002x", "电话(0533)2181234")) {
            assertThatThrownBy(() -> registry.rounds().recordMeritSummary(CLERK, nominations.get(0).id(), leaking))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.getField()).isEqualTo("summary");
                        assertThat(e.getMessage(java.util.Locale.CHINESE)).contains("不能包含身份证号或手机号")
                                .doesNotContain("1234 5678");
                    });
        }

        NoticeList list = registry.rounds().noticeList(round.id());

        assertThat(list.entries()).extracting(e -> e.name()).containsExactly("李秀英", "赵铁柱", "王建国");
        assertThat(list.entries().get(0).meritSummary()).contains("从事验光配镜二十年，获省技术能手");
        assertThat(list.entries().get(0).trade()).isEqualTo("眼镜验光员");
        assertThat(list.entries().get(0).tierName()).isEqualTo("淄博金牌工匠");
        String text = list.toText();
        assertThat(text).contains("2018年淄博金牌工匠拟命名人选公示", "公示期：" + round.noticeStart().get() + " 至 "
                + round.noticeEnd().get() + "（5个工作日）", "异议受理：" + CHANNEL, "1  李秀英  " + Fixtures.glassesShop().name()
                + "  眼镜验光员  淄博金牌工匠  从事验光配镜二十年");
        for (Artisan a : List.of(wang, li, zhao)) {
            assertThat(text).doesNotContain(a.residentId().orElseThrow().value(), a.residentId().orElseThrow().masked(), "1978-05-12", "19780512");
        }
        assertThat(text).doesNotContain("13805331234", "138****1234");
        byte[] csv = list.toCsv();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csvText = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(csvText).contains("\r\n序号,姓名,工作单位,职业（工种）,拟命名称号,事迹简介\r\n")
                .contains("2,赵铁柱,\"'=HYPERLINK(\"\"http://x\"\"),\"\"坏\"\"\",汽车维修工,淄博金牌工匠,\r\n")
                .doesNotContain("13805331234", wang.residentId().orElseThrow().value());
    }

    @Test
    void noticeList_isRefusedNamingEveryNomineeWithoutConsent_andAWithdrawalCountsFromItsDate() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        consent(wang, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.of(2018, 2, 1));
        consent(li, ConsentPurpose.MEDIA, LocalDate.of(2018, 2, 1));
        SelectionRound round = toNotice(gold, 2018, List.of(wang, li, zhao), 0);

        assertThatThrownBy(() -> registry.rounds().noticeList(round.id()))
                .isInstanceOfSatisfying(ConsentRequiredException.class, e -> {
                    assertThat(e.getNames()).containsExactly("李秀英", "赵铁柱");
                    assertThat(e.getArtisanIds()).containsExactly(li.id(), zhao.id());
                    assertThat(e.getMessage()).contains("no consent to public disclosure", "李秀英, 赵铁柱");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("无公开公示同意记录", "李秀英、赵铁柱");
                    assertThat(registry.text(e)).isEqualTo(e.getMessage(Locale.CHINESE));
                });
        consent(li, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.now(clock));
        consent(zhao, ConsentPurpose.PUBLIC_DISCLOSURE, LocalDate.now(clock));
        assertThat(registry.rounds().noticeList(round.id()).entries()).hasSize(3);

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        registry.consents().withdraw(CLERK, wang.id(), ConsentPurpose.PUBLIC_DISCLOSURE, tomorrow, "本人书面申请撤回");
        assertThat(registry.rounds().noticeList(round.id()).entries()).hasSize(3);
        setToday(tomorrow);
        assertThatThrownBy(() -> registry.rounds().noticeList(round.id()))
                .isInstanceOfSatisfying(ConsentRequiredException.class, e -> assertThat(e.getNames()).containsExactly("王建国"));
    }

    @Test
    void noticeList_ofAProgramWhoseConsentWasCollectedElsewhere_needsNoRecords_andOnlyDuringTheNotice() {
        HonorProgram signed = registry.programs().define(CLERK, ProgramDefinition.zibo().toBuilder().name("淄博市技术能手")
                .clearTiers().tier(new HonorTier("expert", "淄博市技术能手", 500, true)).programCap(null).clearCriteria()
                .publicNotice(new NoticePublication(CHANNEL, false, Optional.of("申报表第3页统一签署公示同意书"))).build());
        Artisan wang = mechanic("王建国");
        SelectionRound round = toNotice(signed, 2018, List.of(wang), 0);

        NoticeList list = registry.rounds().noticeList(round.id());
        name(round, "淄人社发〔2018〕7号");

        assertThat(list.entries()).singleElement().satisfies(e -> assertThat(e.meritSummary()).isEmpty());
        assertThat(list.columns()).doesNotContain("事迹简介");
        assertThatThrownBy(() -> registry.rounds().noticeList(round.id())).isInstanceOf(RoundStageException.class);
    }

    // ---- consents, access, correction, purge ---------------------------------------------------

    @Test
    void consents_areGivenAndWithdrawnWithDatesAndEvidence_andASecondOpenOneIsRefused() {
        Artisan wang = mechanic("王建国");
        Consent given = registry.consents().give(CLERK, new ConsentGrant(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                LocalDate.of(2018, 2, 1), "app-consent-2018-000123"));

        assertThatThrownBy(() -> consent(wang, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2018, 2, 2)))
                .isInstanceOf(ConsentRefusedException.class);
        assertThatThrownBy(() -> registry.consents().withdraw(CLERK, wang.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                LocalDate.of(2018, 1, 1), "撤回"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("effectiveOn"));
        Consent withdrawn = registry.consents().withdraw(BUREAU, wang.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                LocalDate.of(2020, 7, 1), "本人书面申请 2020-07-01");
        // A new consent dated into the period withdrawn for would make it hold there again, after the fact.
        assertThatThrownBy(() -> consent(wang, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2019, 1, 1)))
                .isInstanceOfSatisfying(ConsentRefusedException.class, e -> assertThat(e.getMessage(java.util.Locale.CHINESE))
                        .contains("自2020-07-01起撤回", "同意日期应不早于2020-07-01"));
        assertThat(registry.consents().ofArtisan(wang.id())).hasSize(1);
        consent(wang, ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2021, 1, 1));

        assertThat(given.holdsOn(LocalDate.of(2018, 2, 1))).isTrue();
        assertThat(withdrawn.withdrawal().orElseThrow().recordedBy()).isEqualTo(BUREAU);
        assertThat(registry.consents().holds(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2018, 1, 31))).isFalse();
        assertThat(registry.consents().holds(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2020, 6, 30))).isTrue();
        assertThat(registry.consents().holds(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2020, 7, 1))).isFalse();
        assertThat(registry.consents().holds(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(registry.consents().holds(wang.id(), ConsentPurpose.MEDIA, LocalDate.of(2021, 1, 1))).isFalse();
        assertThat(registry.consents().ofArtisan(wang.id())).hasSize(2);
        assertThat(registry.audit().forEntity("consent", given.id().toString()))
                .extracting(AuditEvent::action).containsExactly("consent.given", "consent.withdrawn");
    }

    @Test
    void export_holdsEverythingAboutThePerson_andIsAudited_andCorrectionNamesTheRequest() {
        Artisan wang = mechanic("王建国");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang));
        consent(wang, ConsentPurpose.MEDIA, LocalDate.of(2018, 6, 1));
        String chief = chiefTechnicianTitle();
        TitleAward award = select(titleRound(chief, 2019, Map.of(wang, "91.5"))).get(0);
        titleRound(chief, 2020, Map.of(wang, "88"));
        setToday(LocalDate.of(2020, 12, 31));
        registry.pool().recordEngagement(CLERK, wang.id(), media(LocalDate.of(2019, 9, 1)));

        PersonalDataExport export = registry.personalData().export(BUREAU, wang.id());
        Artisan corrected = registry.personalData().correct(CLERK, export.artisan().edit(b -> b.phone(PhoneNumber.of("13905331234"))),
                "更正申请 2021-007");

        assertThat(export.artisan().residentId().orElseThrow()).isEqualTo(wang.residentId().orElseThrow());
        assertThat(export.nominations()).singleElement().satisfies(n -> {
            assertThat(n.artisanId()).isEqualTo(wang.id());
            assertThat(n.declarations()).isEqualTo(IN_SERVICE);
        });
        assertThat(export.honors()).hasSize(1);
        assertThat(export.memberships()).hasSize(1);
        assertThat(export.engagements()).hasSize(1);
        assertThat(export.titleApplications()).extracting(a -> a.score().toPlainString()).containsExactly("91.5", "88");
        assertThat(export.titleAwards()).containsExactly(award);
        // The person's own line of each round's ranking: the 2019 one as its selection kept it, the open 2020 one
        // as it stands (provisionally selected, the round not); no one else's.
        assertThat(export.titleRankings()).extracting(l -> l.round().year(), l -> l.round().selected(),
                l -> l.line().artisanId(), l -> l.line().name(), l -> l.line().position(), l -> l.line().selected())
                .containsExactly(tuple(2019, true, wang.id(), "王建国", 1, true), tuple(2020, false, wang.id(), "王建国", 1, true));
        assertThat(export.consents()).hasSize(1);
        assertThat(export.toString()).doesNotContain(wang.residentId().orElseThrow().value(), "13805331234");
        assertThat(corrected.details().phone()).contains(PhoneNumber.of("13905331234"));
        List<AuditEvent> events = registry.audit().forEntity("artisan", wang.id().toString());
        assertThat(events).extracting(AuditEvent::action).contains("personalData.exported", "artisan.corrected");
        AuditEvent correction = events.stream().filter(e -> e.action().equals("artisan.corrected")).findFirst().orElseThrow();
        assertThat(correction.note().orElseThrow()).contains("更正申请 2021-007");
        assertThat(correction.after().orElseThrow()).doesNotContain("13905331234");
        assertThatThrownBy(() -> registry.personalData().correct(CLERK, corrected, " "))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("requestReference"));
    }

    @Test
    void purge_removesVoterKeysInBatches_andPhonesOfThoseLongGone_keepingNamesAndHonors() {
        Artisan wang = mechanic("王建国");
        Artisan li = register(Fixtures.optometrist(1).toBuilder().name("李秀英").phone(PhoneNumber.of("13705331234")));
        SelectionRound round = toNotice(gold, 2018, List.of(wang, li), 250);
        setToday(round.noticeEnd().orElseThrow());
        PurgeReport duringNotice = registry.personalData().purge(CLERK);
        name(round, "淄工发〔2018〕12号");
        registry.pool().leave(BUREAU, li.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2019, 1, 1)));

        setToday(LocalDate.of(2019, 6, 1));
        PurgeReport first = registry.personalData().purge(CLERK);
        setToday(LocalDate.of(2020, 1, 2));
        PurgeReport second = registry.personalData().purge(CLERK);

        assertThat(duringNotice.voterKeysPurged()).isZero();
        assertThat(first.voterKeys()).containsExactly(Map.entry(round.id(), 250L));
        assertThat(first.batches()).isGreaterThanOrEqualTo(3);
        assertThat(first.phonesErased()).isEmpty();
        assertThat(second.voterKeysPurged()).isZero();
        assertThat(second.phonesErased()).containsExactly(li.id());
        assertThat(registry.artisans().get(li.id()).details().phone()).isEmpty();
        assertThat(registry.artisans().get(li.id()).name()).isEqualTo("李秀英");
        assertThat(registry.artisans().get(wang.id()).details().phone()).isPresent();
        assertThat(registry.honors().ofArtisan(li.id())).hasSize(1);
        assertThat(registry.rounds().ranking(round.id()).nominees().get(0).votes()).isEqualTo(250);
        assertThat(registry.audit().forEntity("artisan", li.id().toString())).extracting(AuditEvent::action)
                .contains("retention.phoneErased");
        // Each batch audits the keys it deleted in its own transaction: a purge cut short has audited all it did.
        List<AuditEvent> purges = registry.audit().forEntity("round", round.id().toString()).stream()
                .filter(e -> e.action().equals("votes.keysPurged")).toList();
        assertThat(purges).hasSizeGreaterThanOrEqualTo(3);
        assertThat(purges).allSatisfy(e -> assertThat(e.after().orElseThrow()).doesNotContain("\"keys\":0"));
        assertThat(purges.stream().mapToLong(e -> Long.parseLong(e.after().orElseThrow().replaceAll("\\D", ""))).sum())
                .isEqualTo(250);
    }

    @Test
    void purge_erasesIdentityNumbersOfThoseLongGone_byTheirOwnPeriod_andKeepsThemFoundByTheNumber() {
        TalentRegistry withNumbers = TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .retention(RetentionPolicy.builder().contactDataAfterLeavingPool(Period.ofYears(1))
                        .identityNumbersAfterLeavingPool(Period.ofYears(2)).batchSize(100).build())
                .build();
        Artisan wang = mechanic("王建国");
        Artisan li = register(Fixtures.optometrist(1).toBuilder().name("李秀英").phone(PhoneNumber.of("13705331234")));
        ResidentId liNumber = li.residentId().orElseThrow();
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li));
        registry.pool().leave(BUREAU, li.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2019, 1, 1)));
        Map<ArtisanId, LocalDate> leftByThen = store.withSession(tenant, s -> s.pool().leftOnOrBefore(
                LocalDate.of(2019, 1, 1), ErasableField.RESIDENT_ID, 0, 10));
        Map<ArtisanId, LocalDate> leftBefore = store.withSession(tenant, s -> s.pool().leftOnOrBefore(
                LocalDate.of(2018, 12, 31), ErasableField.RESIDENT_ID, 0, 10));
        Map<ArtisanId, LocalDate> pageAfterLi = store.withSession(tenant, s -> s.pool().leftOnOrBefore(
                LocalDate.of(2019, 1, 1), ErasableField.RESIDENT_ID, li.id().value(), 10));

        setToday(LocalDate.of(2020, 1, 2));
        PurgeReport afterOneYear = withNumbers.personalData().purge(CLERK);
        setToday(LocalDate.of(2021, 1, 2));
        PurgeReport afterTwoYears = withNumbers.personalData().purge(CLERK);
        PurgeReport again = withNumbers.personalData().purge(CLERK);

        assertThat(leftByThen).containsExactly(Map.entry(li.id(), LocalDate.of(2019, 1, 1)));
        assertThat(leftBefore).isEmpty();
        assertThat(pageAfterLi).isEmpty();
        assertThat(afterOneYear.phonesErased()).containsExactly(li.id());
        assertThat(afterOneYear.identityNumbersErased()).isEmpty();
        assertThat(afterTwoYears.identityNumbersErased()).containsExactly(li.id());
        assertThat(again.identityNumbersErased()).isEmpty();
        Artisan stored = registry.artisans().get(li.id());
        assertThat(stored.residentId()).isEmpty();
        assertThat(stored.birthDate()).isEqualTo(liNumber.birthDate());
        assertThat(stored.name()).isEqualTo("李秀英");
        assertThat(stored.toString()).contains("residentId=erased").doesNotContain(liNumber.value(), liNumber.masked());
        assertThat(registry.artisans().get(wang.id()).residentId()).isEqualTo(wang.residentId());
        assertThat(registry.artisans().findByResidentId(liNumber)).map(Artisan::id).contains(li.id());
        assertThat(registry.honors().ofArtisan(li.id())).hasSize(1);
        AuditEvent erasure = identityNumberErasure(li);
        assertThat(erasure.note().orElseThrow()).contains("离开人才库", "left the pool on 2019-01-01", "P2Y");
        assertThat(erasure.before().orElseThrow() + erasure.after().orElseThrow()).doesNotContain(liNumber.value());
    }

    @Test
    void purge_erasesPhonesAndNumbersOfNomineesNeverHonored_onceTheirLastRoundsNoticeIsThatLongOver() {
        TalentRegistry withNominees = purgingNomineesAfter(Period.ofYears(1));
        HonorProgram one = programOfPlaces("淄博首席工匠", "chief", 1);
        Artisan wang = mechanic("王建国");
        Artisan zhang = mechanic("张立新");
        Artisan zhou = optometristWithPhone("周文静");
        Artisan zhao = mechanic("赵铁柱");
        Artisan sun = optometrist("孙明");
        Artisan qian = mechanic("钱进");
        ResidentId zhangNumber = zhang.residentId().orElseThrow();
        // 钱进 applied to a round cancelled before any notice: there is no date for the period to count from.
        SelectionRound cancelled = registry.rounds().open(CLERK, craftsman.id(), 2018);
        registry.rounds().nominate(CLERK, cancelled.id(), new NominationRequest(qian.id(), NominationChannel.SELF, qian.name(), IN_SERVICE));
        registry.rounds().cancel(CLERK, cancelled.id(), "经费未落实，本年度暂停评选");
        // One place, four nominees: 王建国 scores best and is named; 赵铁柱 applies again the next year.
        SelectionRound round = toNotice(one, 2018, List.of(wang, zhang, zhou, zhao), 0);
        LocalDate noticeEnd = round.noticeEnd().orElseThrow();
        name(round, "淄工发〔2018〕30号");
        setToday(LocalDate.of(2019, 3, 1));
        SelectionRound next = registry.rounds().open(CLERK, one.id(), 2019);
        registry.rounds().nominate(CLERK, next.id(), new NominationRequest(zhao.id(), NominationChannel.SELF, zhao.name(), IN_SERVICE));

        setToday(noticeEnd.plusYears(1).minusDays(1));
        PurgeReport early = withNominees.personalData().purge(CLERK);
        Map<ArtisanId, LocalDate> firstPage = store.withSession(tenant, s -> s.artisans().nomineesPastPurpose(noticeEnd,
                ErasableField.PHONE, 0, 1));
        Map<ArtisanId, LocalDate> secondPage = store.withSession(tenant, s -> s.artisans().nomineesPastPurpose(noticeEnd,
                ErasableField.PHONE, zhang.id().value(), 1));
        setToday(noticeEnd.plusYears(1));
        PurgeReport due = withNominees.personalData().purge(CLERK);
        PurgeReport again = withNominees.personalData().purge(CLERK);

        assertThat(early.phonesErased()).isEmpty();
        assertThat(early.identityNumbersErased()).isEmpty();
        assertThat(firstPage).containsExactly(Map.entry(zhang.id(), noticeEnd));
        assertThat(secondPage).containsExactly(Map.entry(zhou.id(), noticeEnd));
        assertThat(due.phonesErased()).containsExactly(zhang.id(), zhou.id());
        assertThat(due.identityNumbersErased()).containsExactly(zhang.id(), zhou.id());
        assertThat(again.phonesErased()).isEmpty();
        assertThat(again.identityNumbersErased()).isEmpty();
        Artisan erased = registry.artisans().get(zhang.id());
        assertThat(erased.residentId()).isEmpty();
        assertThat(erased.details().phone()).isEmpty();
        assertThat(erased.name()).isEqualTo("张立新");
        assertThat(registry.artisans().findByResidentId(zhangNumber)).map(Artisan::id).contains(zhang.id());
        // Named, nominated again in a round still open, never nominated, nominated in a round cancelled before
        // its notice: kept.
        for (Artisan kept : List.of(wang, zhao, sun, qian)) {
            assertThat(registry.artisans().get(kept.id()).residentId()).isEqualTo(kept.residentId());
            assertThat(registry.artisans().get(kept.id()).details().phone()).isEqualTo(kept.details().phone());
        }
        AuditEvent erasure = identityNumberErasure(zhang);
        assertThat(erasure.note().orElseThrow()).contains("未获表彰", "never honored", noticeEnd.toString(), "P1Y");
        assertThat(erasure.before().orElseThrow() + erasure.after().orElseThrow()).doesNotContain(zhangNumber.value());
    }

    @Test
    void purge_keepsEveryNomineesData_whileTheirRoundIsPartlyNamedForADeferredNominee() {
        TalentRegistry withNominees = purgingNomineesAfter(Period.ofYears(1));
        HonorProgram two = programOfPlaces("淄博卓越工匠", "excellent", 2);
        Artisan wang = mechanic("王建国");
        Artisan zhang = mechanic("张立新");
        Artisan zhou = optometristWithPhone("周文静");
        SelectionRound round = toNotice(two, 2018, List.of(wang, zhang, zhou), 0);
        var deferred = registry.rounds().ranking(round.id()).selected("excellent").get(1).nominationId();
        registry.rounds().defer(CLERK, deferred, "涉嫌违纪，正在调查");
        List<Honor> named = name(round, "淄工发〔2018〕31号");

        setToday(round.noticeEnd().orElseThrow().plusYears(2));
        PurgeReport report = withNominees.personalData().purge(CLERK);

        assertThat(named).extracting(Honor::artisanId).containsExactly(wang.id());
        assertThat(report.phonesErased()).isEmpty();
        assertThat(report.identityNumbersErased()).isEmpty();
        // 张立新 may yet be named by a supplementary decision, and 周文静 move up if he is dropped.
        for (Artisan kept : List.of(zhang, zhou)) {
            assertThat(registry.artisans().get(kept.id()).residentId()).isEqualTo(kept.residentId());
            assertThat(registry.artisans().get(kept.id()).details().phone()).isEqualTo(kept.details().phone());
        }
    }

    @Test
    void purge_leavesAloneOneWhoLeftThePool_whileNominatedAgain_untilThatRoundsNoticeIsThatLongOver() {
        HonorProgram one = programOfPlaces("淄博首席工匠", "chief", 1);
        Artisan wang = mechanic("王建国");
        Artisan li = optometristWithPhone("李秀英");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(li));
        registry.pool().leave(BUREAU, li.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2018, 12, 31)));
        // Back in the city, she applies to another program in 2020; 王建国 takes its one place.
        SelectionRound round = toNotice(one, 2020, List.of(wang, li), 0);
        PurgeReport inNotice = registry.personalData().purge(CLERK);
        name(round, "淄工发〔2020〕30号");
        LocalDate noticeEnd = round.noticeEnd().orElseThrow();
        setToday(noticeEnd.plusYears(1).minusDays(1));
        PurgeReport early = registry.personalData().purge(CLERK);
        setToday(noticeEnd.plusYears(1));
        PurgeReport due = registry.personalData().purge(CLERK);

        assertThat(inNotice.phonesErased()).isEmpty();
        assertThat(early.phonesErased()).isEmpty();
        assertThat(due.phonesErased()).containsExactly(li.id());
        assertThat(registry.artisans().get(wang.id()).details().phone()).isEqualTo(wang.details().phone());
    }

    @Test
    void purge_leavesAloneWhomATechnicianTitleConcerns_anApplicantOfARoundNotSelected_andAHolderInTheTerm() {
        TalentRegistry withTitles = TalentRegistry.builder(store).tenant(tenant).clock(clock)
                .retention(RetentionPolicy.builder().nomineesNotHonoredAfterNotice(Period.ofYears(1))
                        .contactDataAfterLeavingPool(Period.ofYears(1)).identityNumbersAfterLeavingPool(Period.ofYears(1))
                        .batchSize(100).build())
                .build();
        HonorProgram two = programOfPlaces("淄博首席工匠", "chief", 2);
        Artisan wang = mechanic("王建国");
        Artisan li = optometristWithPhone("李秀英");
        Artisan zhang = optometristWithPhone("张立新");
        Artisan zhou = optometristWithPhone("周文静");
        Artisan sun = optometristWithPhone("孙明");
        // Two places: 王建国 and 李秀英 are named, and she leaves the pool; 张立新, 周文静 and 孙明 are not named.
        name(toNotice(two, 2018, List.of(wang, li, zhang, zhou, sun), 0), "淄工发〔2018〕30号");
        registry.pool().leave(BUREAU, li.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2018, 12, 31)));
        // 张立新 and 李秀英 are chief technicians from 2019-09-01 for four years; 周文静 applied in 2020, not yet selected.
        String chief = chiefTechnicianTitle();
        List<TitleAward> awards = select(titleRound(chief, 2019, Map.of(zhang, "90", li, "88")));
        titleRound(chief, 2020, Map.of(zhou, "85"));

        setToday(LocalDate.of(2021, 1, 2));
        PurgeReport inTheTerm = withTitles.personalData().purge(CLERK);
        setToday(LocalDate.of(2024, 9, 1));
        PurgeReport aYearAfterTheTerm = withTitles.personalData().purge(CLERK);

        assertThat(awards).extracting(TitleAward::artisanId).containsExactlyInAnyOrder(zhang.id(), li.id());
        assertThat(inTheTerm.phonesErased()).containsExactly(sun.id());
        assertThat(inTheTerm.identityNumbersErased()).containsExactly(sun.id());
        // Those who left the pool first, then the nominees, as the purge goes.
        assertThat(aYearAfterTheTerm.phonesErased()).containsExactly(li.id(), zhang.id());
        assertThat(aYearAfterTheTerm.identityNumbersErased()).containsExactly(li.id(), zhang.id());
        // 周文静's round is still not selected: the bureau may yet call her.
        Artisan applicant = registry.artisans().get(zhou.id());
        assertThat(applicant.residentId()).isEqualTo(zhou.residentId());
        assertThat(applicant.details().phone()).isEqualTo(zhou.details().phone());
        assertThat(registry.artisans().get(zhang.id()).details().phone()).isEmpty();
        assertThat(registry.artisans().get(wang.id()).residentId()).isEqualTo(wang.residentId());
    }

    @Test
    void purge_countsTheNomineePeriodOfAnApplicantOfACancelledTitleRound_fromTheCancellation_andNoneForAWithdrawnOne() {
        TalentRegistry withTitles = purgingNomineesAfterAYear();
        HonorProgram one = programOfPlaces("淄博首席工匠", "chief", 1);
        Artisan wang = mechanic("王建国");
        Artisan zhou = optometristWithPhone("周文静");
        Artisan sun = optometristWithPhone("孙明");
        // One place: 王建国 is named, 周文静 and 孙明 are not. In 2020 she applies for a title in a round that is
        // cancelled; in 2021 he applies in a round still open, and withdraws.
        name(toNotice(one, 2018, List.of(wang, zhou, sun), 0), "淄工发〔2018〕31号");
        String chief = chiefTechnicianTitle();
        TitleRound round = titleRound(chief, 2020, Map.of(zhou, "85"));
        setToday(LocalDate.of(2021, 3, 1));
        registry.titles().cancelRound(CLERK, round.id(), "评选暂停（鲁人社字〔2021〕5号）");
        TitleRound open = titleRound(chief, 2021, Map.of(sun, "80"));
        registry.titles().withdrawApplication(CLERK, open.id(), sun.id(), "本人撤回");

        setToday(LocalDate.of(2022, 2, 28));
        PurgeReport aDayBeforeTheYear = withTitles.personalData().purge(CLERK);
        setToday(LocalDate.of(2022, 3, 1));
        PurgeReport aYearAfter = withTitles.personalData().purge(CLERK);

        assertThat(aDayBeforeTheYear.phonesErased()).containsExactly(sun.id());
        assertThat(aDayBeforeTheYear.identityNumbersErased()).containsExactly(sun.id());
        assertThat(aYearAfter.phonesErased()).containsExactly(zhou.id());
        assertThat(aYearAfter.identityNumbersErased()).containsExactly(zhou.id());
        assertThat(registry.artisans().get(zhou.id()).residentId()).isEmpty();
        assertThat(registry.artisans().get(wang.id()).residentId()).isEqualTo(wang.residentId());
    }

    @Test
    void purge_countsThePeriodOfARevokedTitle_fromItsRevocation_notFromTheEndOfItsTerm() {
        TalentRegistry withTitles = purgingNomineesAfterAYear();
        HonorProgram one = programOfPlaces("淄博首席工匠", "chief", 1);
        Artisan wang = mechanic("王建国");
        Artisan zhou = optometristWithPhone("周文静");
        // 周文静 is not named in 2018; she is a chief technician from 2019-09-01 for four years, revoked from 2020-06-01.
        name(toNotice(one, 2018, List.of(wang, zhou), 0), "淄工发〔2018〕32号");
        TitleAward award = select(titleRound(chiefTechnicianTitle(), 2019, Map.of(zhou, "85"))).get(0);
        setToday(LocalDate.of(2020, 6, 10));
        registry.titles().revokeAward(CLERK, award.id(), new RevocationRequest(RevocationReason.MORAL_FAILING,
                "严重违反职业道德", LocalDate.of(2020, 6, 1), "淄博市人力资源和社会保障局"));

        setToday(LocalDate.of(2021, 5, 31));
        PurgeReport aDayBeforeTheYear = withTitles.personalData().purge(CLERK);
        setToday(LocalDate.of(2021, 6, 1));
        PurgeReport aYearAfter = withTitles.personalData().purge(CLERK);

        assertThat(award.endsOn()).contains(LocalDate.of(2023, 9, 1));
        assertThat(aDayBeforeTheYear.phonesErased()).isEmpty();
        assertThat(aYearAfter.phonesErased()).containsExactly(zhou.id());
        assertThat(aYearAfter.identityNumbersErased()).containsExactly(zhou.id());
    }

    @Test
    void eraseIdentityNumber_atTheirRequest_leavesTheKeyedHash_soTheNumberStillFindsThemAndIsRefusedAgain() {
        Artisan wang = mechanic("王建国");
        ResidentId number = wang.residentId().orElseThrow();

        Artisan erased = registry.personalData().eraseIdentityNumber(CLERK, wang.id(), "删除申请 2025-003");
        Artisan erasedAgain = registry.personalData().eraseIdentityNumber(CLERK, wang.id(), "删除申请 2025-003");

        assertThat(erased.residentId()).isEmpty();
        assertThat(erased.version()).isEqualTo(wang.version() + 1);
        assertThat(erased.birthDate()).isEqualTo(number.birthDate());
        assertThat(erasedAgain).isEqualTo(erased);
        assertThat(registry.artisans().findByResidentId(number)).contains(erased);
        assertThat(registry.artisans().findAllByResidentId(List.of(number))).containsExactly(Map.entry(number, erased));
        assertThatThrownBy(() -> registry.artisans().register(CLERK, Fixtures.mechanic(2).toBuilder().residentId(number).build()))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(wang.id()));
        assertThat(registry.personalData().export(CLERK, wang.id()).artisan().residentId()).isEmpty();
        List<AuditEvent> erasures = registry.audit().forEntity("artisan", wang.id().toString()).stream()
                .filter(e -> e.action().equals("personalData.identityNumberErased")).toList();
        assertThat(erasures).hasSize(1);
        assertThat(erasures.get(0).note().orElseThrow()).contains("删除申请 2025-003");
        assertThat(erasures.get(0).before().orElseThrow()).contains(number.masked()).doesNotContain(number.value());
        assertThatThrownBy(() -> registry.personalData().eraseIdentityNumber(CLERK, wang.id(), "\u0000"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("requestReference"));
    }

    @Test
    void anArtisanWhoseNumberWasErased_isUpdatedWithoutIt_getsItBackByAnUpdate_andNoUpdateErasesOne() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        ResidentId number = wang.residentId().orElseThrow();
        Artisan erased = registry.personalData().eraseIdentityNumber(CLERK, wang.id(), "删除申请 2025-004");

        Artisan newPhone = registry.artisans().update(CLERK, erased.edit(b -> b.phone(PhoneNumber.of("13905331234"))));
        long events = registry.audit().forEntity("artisan", li.id().toString()).size();
        assertThatThrownBy(() -> registry.artisans().update(CLERK, li.edit(b -> b.residentIdErased(li.birthDate()))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("residentId"));
        assertThatThrownBy(() -> registry.artisans().update(CLERK, newPhone.edit(b -> b.residentIdErased(LocalDate.of(1980, 1, 1)))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> registry.artisans().update(CLERK, newPhone.edit(b -> b.residentId(li.residentId().orElseThrow()))))
                .isInstanceOf(DuplicateResidentIdException.class);
        Artisan restored = registry.artisans().update(CLERK, newPhone.edit(b -> b.residentId(number)));

        assertThat(newPhone.residentId()).isEmpty();
        assertThat(newPhone.details().phone()).contains(PhoneNumber.of("13905331234"));
        assertThat(registry.artisans().findByResidentId(number)).map(Artisan::version).contains(newPhone.version() + 1);
        assertThat(registry.artisans().get(li.id())).isEqualTo(li);
        assertThat(registry.audit().forEntity("artisan", li.id().toString())).hasSize((int) events);
        assertThat(restored.residentId()).contains(number);
        assertThat(registry.artisans().findByResidentId(number)).contains(restored);
    }

    @Test
    void shareWithBureau_handsOnlyMembersWhoseConsentHoldsOnTheDayOfTheShare_countsTheRest_andIsAudited() {
        Artisan wang = mechanic("王建国");
        Artisan li = optometrist("李秀英");
        Artisan zhao = mechanic("赵铁柱");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang, li, zhao));
        registry.consents().give(CLERK, new ConsentGrant(wang.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                LocalDate.of(2018, 2, 1), "申报表第4页"));
        registry.consents().give(CLERK, new ConsentGrant(li.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                LocalDate.of(2019, 1, 1), "app-consent-2019-7"));
        registry.consents().withdraw(CLERK, li.id(), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2020, 1, 1), "本人撤回");
        PoolQuery mid2019 = PoolQuery.asOf(LocalDate.of(2019, 6, 1)).build();

        setToday(LocalDate.of(2019, 6, 1));
        PoolShare in2019 = registry.pool().shareWithBureau(CLERK, mid2019, "淄博市人力资源和社会保障局");
        setToday(LocalDate.of(2020, 6, 1));
        PoolShare in2020 = registry.pool().shareWithBureau(CLERK, PoolQuery.asOf(LocalDate.of(2020, 6, 1)).build(),
                "淄博市人力资源和社会保障局");
        // The pool of 2019 again, shared after 李秀英 withdrew: her consent of that day no longer lets it go.
        PoolShare pastPoolNow = registry.pool().shareWithBureau(CLERK, mid2019, "淄博市人力资源和社会保障局");

        assertThat(in2019.shared().members()).extracting(PoolMember::artisanId).containsExactly(wang.id(), li.id());
        assertThat(in2019.withheld()).isEqualTo(1);
        assertThat(in2020.shared().members()).extracting(PoolMember::artisanId).containsExactly(wang.id());
        assertThat(in2020.shared().total()).isEqualTo(1);
        assertThat(in2020.withheld()).isEqualTo(2);
        assertThat(pastPoolNow.shared().members()).extracting(PoolMember::artisanId).containsExactly(wang.id());
        assertThat(pastPoolNow.withheld()).isEqualTo(2);
        assertThat(registry.audit().forEntity("pool", "2020-06-01")).singleElement()
                .satisfies(e -> assertThat(e.after().orElseThrow()).contains("\"withheld\":2", "淄博市人力资源和社会保障局"));
        assertThat(registry.audit().forEntity("pool", "2019-06-01")).extracting(e -> e.after().orElseThrow())
                .satisfiesExactly(e -> assertThat(e).contains("\"consentOn\":\"2019-06-01\"", "\"withheld\":1"),
                        e -> assertThat(e).contains("\"consentOn\":\"2020-06-01\"", "\"withheld\":2"));
        assertThatThrownBy(() -> registry.pool().shareWithBureau(CLERK, PoolQuery.asOf(LocalDate.of(2020, 6, 1)).build(), ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("recipient"));
    }

    @Test
    void tenants_doNotSeeEachOthersPoolEngagementsOrConsents() {
        Artisan wang = mechanic("王建国");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang));
        consent(wang, ConsentPurpose.MEDIA, LocalDate.of(2018, 6, 1));
        setToday(LocalDate.of(2019, 12, 31));
        Engagement e = registry.pool().recordEngagement(CLERK, wang.id(), training(LocalDate.of(2019, 4, 8)));
        TalentRegistry weifang = registry.forTenant(newTenantId());

        assertThat(weifang.pool().totals(LocalDate.of(2019, 12, 31)).members()).isZero();
        assertThat(weifang.pool().query(PoolQuery.asOf(LocalDate.of(2019, 12, 31)).build()).total()).isZero();
        assertThat(weifang.pool().engagementSummary(2019).engagements()).isZero();
        assertThat(weifang.consents().holds(wang.id(), ConsentPurpose.MEDIA, LocalDate.of(2019, 1, 1))).isFalse();
        assertThatThrownBy(() -> weifang.pool().engagement(e.id())).isInstanceOf(PoolRefusedException.class);
    }

    /**
     * Runs work in a host's transaction on a connection of the tests' pool, then a call on another thread while
     * that transaction is still open, then commits it a moment later; returns what the call returned, or the
     * exception it threw.
     */
    private Object whileAHostHolds(Consumer<TalentRegistry> hostWork,
            Supplier<Object> call) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection host = db.dataSource().getConnection()) {
            host.setAutoCommit(false);
            host.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            hostWork.accept(TalentRegistry.builder(store.joining(host)).tenant(tenant).clock(clock).build());
            Future<Object> outcome = other.submit(() -> {
                try {
                    return call.get();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            host.commit();
            return outcome.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    // ---- while other calls commit ----------------------------------------------------------------

    /**
     * An engagement recorded while a departure from the pool before its day commits is refused once the departure
     * holds: the check of membership waits for the artisan's row, as leaving and entering lock it.
     */
    @Test
    void engagementRecordedWhileALeaveCommits_isRefusedOnceTheLeaveHolds() throws Exception {
        Artisan wang = mechanic("王建国");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang));
        setToday(LocalDate.of(2020, 6, 1));
        // The union's clerk records that 王建国 left the city from 1 March, in a host's transaction; meanwhile another
        // clerk records a campus talk he gave on 20 May.
        Object outcome = whileAHostHolds(
                hosted -> hosted.pool().leave(BUREAU, wang.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2020, 3, 1))),
                () -> registry.pool().recordEngagement(CLERK, wang.id(), talk(LocalDate.of(2020, 5, 20), TalkKind.REPORT, 200)));

        assertThat(registry.pool().explain(wang.id(), LocalDate.of(2020, 5, 20)).isMember()).isFalse();
        // Nobody outside the pool on 20 May may have an engagement on that day.
        assertThat(registry.pool().engagementsOf(wang.id(), 2020)).isEmpty();
        assertThat(outcome).isInstanceOf(PoolRefusedException.class);
    }

    /**
     * The retention purge running while the bureau adds an artisan back to the pool leaves the new member's phone:
     * it locks each artisan it erases for and asks again (the page it reads is read without locks).
     */
    @Test
    void purgeRunningWhileTheBureauAddsTheArtisanBack_leavesTheNewMembersPhone() throws Exception {
        Artisan li = optometristWithPhone("李秀英");
        honor(gold, 2018, "淄工发〔2018〕12号", List.of(li));
        setToday(LocalDate.of(2019, 1, 10));
        registry.pool().leave(BUREAU, li.id(), PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2019, 1, 1)));
        setToday(LocalDate.of(2021, 1, 10));
        // Back in Zibo: the bureau adds her to the pool again, in a host's transaction, while the nightly retention
        // purge runs (contact data a year after leaving the pool).
        whileAHostHolds(hosted -> hosted.pool().add(BUREAU, new PoolAdmission(li.id(), "返淄工作，人社局增补", LocalDate.of(2021, 1, 5))),
                () -> registry.personalData().purge(CLERK));

        assertThat(registry.pool().explain(li.id(), LocalDate.of(2021, 1, 10)).isMember()).isTrue();
        // A member of the pool today keeps her phone: the purge is for those who left more than a year ago.
        assertThat(registry.artisans().get(li.id()).details().phone()).isEqualTo(li.details().phone());
    }

    /** Why an artisan left the pool through a revocation, in each language, names the revocation's ground in it. */
    @Test
    void whyOutOfThePool_afterARevocation_readsInChinese() {
        Artisan wang = mechanic("王建国");
        Honor honor = honor(gold, 2018, "淄工发〔2018〕12号", List.of(wang)).get(0);
        registry.honors().revoke(CLERK, honor.id(), new RevocationRequest(RevocationReason.FRAUD, "申报材料不实",
                LocalDate.of(2019, 3, 15), "淄博市总工会"));

        String zh = registry.pool().explain(wang.id(), LocalDate.of(2019, 6, 1)).explain(Locale.CHINESE);

        assertThat(zh).contains("2019-03-15 起出库：称号被撤销（弄虚作假骗取荣誉）").doesNotContain("FRAUD");
        assertThat(registry.pool().explain(wang.id(), LocalDate.of(2019, 6, 1)).explain(Locale.ENGLISH))
                .contains("the honor was revoked (honor obtained by fraud)").doesNotContain("FRAUD");
    }
}
