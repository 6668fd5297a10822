package org.talentregistry.benchmarks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

/**
 * What the library itself sets up in a fresh database before the bulk load: the honor programs, a
 * handful of artisans with honors named, revoked and not yet granted on the check date through the whole
 * public workflow, and two titles with their priority policies. {@link PriorityBulkLoad} then adds the mass
 * of artisans and honors around them.
 *
 * <p>The check date is {@link #AS_OF}, 2024-09-01. Each title's policy in force then is one library side
 * of {@link PriorityBenchmarks} ({@link CheckedPolicy}):
 * <ul>
 *   <li>淄博市有突出贡献的技师, policy {@code zibo-outstanding} version 1, the target: "holds an active
 *       淄博金牌工匠 (tier {@code gold})" alone, so the check needs the honors of program A and nothing else;
 *   <li>淄博市首席技师, policy {@code zibo-chief} version 2: first the same honor condition, then "aged 45 or
 *       under", so the check also needs every birth date. Version 1, in force until 2023, had the honor
 *       condition alone.
 * </ul>
 */
final class PrioritySetup {
    /** The date every check asks about. */
    static final LocalDate AS_OF = LocalDate.of(2024, 9, 1);
    /** The title whose policy asks for the honor and the age: 淄博市首席技师. */
    static final String CHIEF_TITLE = TechnicianTitle.ziboChiefTechnician().code();
    /** The title whose policy asks for the honor alone: 淄博市有突出贡献的技师. */
    static final String OUTSTANDING_TITLE = TechnicianTitle.ziboOutstandingContribution().code();
    /** The condition the raw lookups reproduce, first in both policies. */
    static final String HONOR_CONDITION = "gold-medal";
    /** The tier of program A that gives priority. */
    static final String GOLD = "gold";
    /** The tier of program A that does not. */
    static final String NOMINEE = "nominee";
    /** Program B's only tier; no priority. */
    static final String EXPERT = "expert";
    static final TenantId TENANT = TenantId.of(RawJdbc.TENANT);
    /** Program A's years: bulk rounds fill 2012-2024 except the library's 2018, and join the library's 2025. */
    static final int FIRST_YEAR = 2012;
    static final int LAST_YEAR = 2025;

    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final Actor UNION = Actor.of("bench-union", "基准测试 市总工会");
    private static final Actor BUREAU = Actor.of("bench-bureau", "基准测试 市人社局");
    private static final int LIBRARY_ARTISANS = 20;

    /**
     * What the library set up.
     *
     * @param registry the registry over the database's pool; its clock stands in 2025
     * @param goldProgram program A, 淄博金牌工匠, tiers {@code gold} (priority) and {@code nominee}
     * @param otherProgram program B, 淄博市技术能手, tier {@code expert}
     * @param artisans the artisans registered through the library
     * @param honors the honors named through the library, revocations applied
     * @param seconds how long it took
     */
    record Library(TalentRegistry registry, HonorProgram goldProgram, HonorProgram otherProgram, List<ArtisanId> artisans,
            List<Honor> honors, double seconds) {
    }

    /** A policy in force on {@link #AS_OF} that the library checks: one library side each. */
    enum CheckedPolicy {
        /** The target: the honor condition alone, so no birth date is needed. */
        HONOR("honor policy", OUTSTANDING_TITLE, "zibo-outstanding", 1, false),
        /** The honor condition, then "aged 45 or under", so every birth date is needed. */
        HONOR_AND_AGE("honor and age policy", CHIEF_TITLE, "zibo-chief", 2, true);

        private final String kind;
        private final String titleCode;
        private final String policyId;
        private final int version;
        private final boolean asksAge;

        CheckedPolicy(String kind, String titleCode, String policyId, int version, boolean asksAge) {
            this.kind = kind;
            this.titleCode = titleCode;
            this.policyId = policyId;
            this.version = version;
            this.asksAge = asksAge;
        }

        /** @return how the report names the policy, e.g. {@code honor policy (zibo-outstanding v1)} */
        String label() {
            return kind + " (" + policyId + " v" + version + ")";
        }

        /** @return the title checked */
        String titleCode() {
            return titleCode;
        }

        /** @return the policy every decision must name */
        String policyId() {
            return policyId;
        }

        /** @return the version every decision must name */
        int version() {
            return version;
        }

        /** @return whether the policy has the age condition, after the honor condition */
        boolean asksAge() {
            return asksAge;
        }

        /** @return the number of conditions, hence of results in every decision */
        int conditions() {
            return asksAge ? 2 : 1;
        }
    }

    private PrioritySetup() {
    }

    /**
     * Sets up programs, a handful of honors, the two titles and their policies through the library.
     *
     * @param dataSource the fresh database; the store migrates it
     * @return what was set up
     */
    static Library throughLibrary(DataSource dataSource) {
        long started = System.nanoTime();
        SettableClock clock = new SettableClock(LocalDate.of(2018, 2, 1));
        TalentRegistry registry = TalentRegistry.builder(JdbcRegistryStore.create(dataSource))
                .tenant(TENANT)
                .clock(clock)
                .voteSecret("talent-registry-benchmark-secret".getBytes(StandardCharsets.UTF_8))
                .build();
        HonorProgram gold = registry.programs().define(UNION, ProgramDefinition.zibo().toBuilder()
                .years(FIRST_YEAR, LAST_YEAR - FIRST_YEAR + 1)
                .clearTiers()
                .tier(new HonorTier(GOLD, "淄博金牌工匠", 5, true))
                .tier(new HonorTier(NOMINEE, "淄博金牌工匠提名奖", 3, false))
                .programCap(null)
                .channel(NominationChannel.UNION)   // the union's nominations below; zibo() takes self-nomination only
                .build());
        HonorProgram other = registry.programs().define(BUREAU, ProgramDefinition.zibo().toBuilder()
                .name("淄博市技术能手")
                .years(FIRST_YEAR, LAST_YEAR - FIRST_YEAR + 1)
                .clearTiers()
                .tier(new HonorTier(EXPERT, "淄博市技术能手", 3, true))
                .programCap(null)
                .channel(NominationChannel.UNION)
                .build());

        List<ArtisanId> artisans = new ArrayList<>();
        for (int i = 0; i < LIBRARY_ARTISANS; i++) {
            artisans.add(registry.artisans().register(UNION, artisan(i)).id());
        }
        List<Honor> honors = new ArrayList<>();
        // 2018: 10 nominees, 5 named gold, 3 nominee tier, 2 on the waiting list.
        List<Honor> gold2018 = name(registry, clock, gold, 2018, artisans.subList(0, 10),
                new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 3, 20), "淄博市总工会"));
        // 2020, the other program: 4 nominees, 3 named.
        List<Honor> other2020 = name(registry, clock, other, 2020, artisans.subList(10, 14),
                new NamingDecision("淄人社发〔2020〕7号", LocalDate.of(2020, 3, 20), "淄博市人力资源和社会保障局"));

        clock.set(LocalDate.of(2023, 3, 1));
        List<Honor> golds = gold2018.stream().filter(h -> h.tierCode().equals(GOLD)).toList();
        // Revoked before the check date, revoked from the check date itself, revoked only after it.
        registry.honors().revoke(UNION, golds.get(0).id(), new RevocationRequest(RevocationReason.FRAUD,
                "申报材料中的专利并非本人所有", LocalDate.of(2023, 3, 1), "淄博市总工会"));
        clock.set(LocalDate.of(2024, 8, 20));
        registry.honors().revoke(UNION, golds.get(1).id(), new RevocationRequest(RevocationReason.SERIOUS_ACCIDENT,
                "负有责任的重大生产安全事故", AS_OF, "淄博市总工会"));
        registry.honors().revoke(UNION, golds.get(2).id(), new RevocationRequest(RevocationReason.MORAL_FAILING,
                "严重违反职业道德", LocalDate.of(2025, 1, 1), "淄博市总工会"));
        registry.honors().revoke(BUREAU, other2020.get(0).id(), new RevocationRequest(RevocationReason.FRAUD,
                "冒用他人业绩", LocalDate.of(2021, 6, 1), "淄博市人力资源和社会保障局"));

        // 2025: named after the check date, so not yet held on it.
        List<Honor> gold2025 = name(registry, clock, gold, 2025, artisans.subList(14, 18),
                new NamingDecision("淄工发〔2025〕12号", LocalDate.of(2025, 3, 20), "淄博市总工会"));

        PriorityCondition.HoldsHonor holdsGold = new PriorityCondition.HoldsHonor(HONOR_CONDITION, gold.id(), Set.of(GOLD),
                "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor");
        CheckedPolicy chief = CheckedPolicy.HONOR_AND_AGE;
        registry.titles().define(BUREAU, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(BUREAU, new PriorityPolicy(chief.policyId(), 1, CHIEF_TITLE, LocalDate.of(2018, 1, 1),
                Optional.of(LocalDate.of(2023, 1, 1)), BigDecimal.ZERO, List.of(holdsGold)));
        registry.titles().definePolicy(BUREAU, new PriorityPolicy(chief.policyId(), chief.version(), CHIEF_TITLE,
                LocalDate.of(2023, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(holdsGold,
                        new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));
        CheckedPolicy outstanding = CheckedPolicy.HONOR;
        registry.titles().define(BUREAU, TechnicianTitle.ziboOutstandingContribution());
        registry.titles().definePolicy(BUREAU, new PriorityPolicy(outstanding.policyId(), outstanding.version(),
                OUTSTANDING_TITLE, LocalDate.of(2018, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(holdsGold)));

        for (List<Honor> named : List.of(gold2018, other2020, gold2025)) {
            for (Honor h : named) {
                honors.add(registry.honors().get(h.id()));
            }
        }
        return new Library(registry, gold, other, List.copyOf(artisans), List.copyOf(honors),
                (System.nanoTime() - started) / 1e9);
    }

    /** Runs a round of a program through the whole public workflow and names it. */
    private static List<Honor> name(TalentRegistry registry, SettableClock clock, HonorProgram program, int year,
            List<ArtisanId> nominees, NamingDecision decision) {
        clock.set(LocalDate.of(year, 2, 1));
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(UNION, program.id(), year);
        List<Nomination> nominations = new ArrayList<>();
        for (ArtisanId id : nominees) {
            nominations.add(rounds.nominate(UNION, round.id(), new NominationRequest(id, NominationChannel.UNION,
                    "淄博市总工会", Declarations.inServiceWithCleanRecord())));
            clock.advanceMinutes(5);
        }
        rounds.closeNominations(UNION, round.id());
        rounds.closeEligibilityReview(UNION, round.id());
        Reviewer reviewer = rounds.addReviewer(UNION, round.id(), "周教授", null);
        List<ReviewItem> items = program.definition().scoring().items();
        for (int i = 0; i < nominations.size(); i++) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (ReviewItem item : items) {
                points.put(item.code(), BigDecimal.valueOf(item.maxPoints() * 10L - i * 3L - item.code().length(), 1)
                        .min(BigDecimal.valueOf(item.maxPoints())));
            }
            rounds.score(UNION, reviewer.id(), nominations.get(i).id(), points);
        }
        rounds.closeExpertReview(UNION, round.id());
        rounds.closeVoting(UNION, round.id());
        rounds.startNotice(UNION, round.id(), LocalDate.of(year, 3, 2));
        clock.set(decision.date());
        return rounds.name(UNION, round.id(), decision);
    }

    private static ArtisanDetails artisan(int i) {
        LocalDate birth = LocalDate.of(1976 + i % 14, 1 + i % 12, 1 + i % 28);
        String region = PriorityBulkLoad.REGIONS[i % PriorityBulkLoad.REGIONS.length][0];
        return ArtisanDetails.builder()
                .name(PriorityBulkLoad.personName(i + 7))
                .residentId(PriorityBulkLoad.residentId(region, birth, 900 + i))
                .employer(PriorityBulkLoad.employer(i))
                .occupation(PriorityBulkLoad.occupation(i))
                .region(Region.of(region, PriorityBulkLoad.REGIONS[i % PriorityBulkLoad.REGIONS.length][1]))
                .startedInTradeOn(birth.plusYears(20))
                .addCertificate(SkillCertificate.builder()
                        .level(i % 3 == 0 ? SkillLevel.SENIOR_TECHNICIAN : SkillLevel.TECHNICIAN)
                        .occupation(PriorityBulkLoad.occupation(i))
                        .number(String.format(Locale.ROOT, "PRIO-%04d", i))
                        .issuer("淄博市人力资源和社会保障局")
                        .issuedOn(LocalDate.of(2015, 6, 1))
                        .build())
                .build();
    }

    /** The registry's clock during setup: set to a day, 09:00 in Zibo, and moved on by hand. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(LocalTime.of(9, 0)).atZone(ZIBO).toInstant();
        }

        void advanceMinutes(long minutes) {
            now = now.plusSeconds(minutes * 60);
        }

        @Override
        public ZoneId getZone() {
            return ZIBO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the setup clock stays in Zibo");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
