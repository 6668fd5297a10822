package org.talentregistry.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.EmbeddedRegistry;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.selection.WorkingCalendar;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.PriorityScreen;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TechnicianTitles;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;

/**
 * The Java snippets of README.md, compiled by the build. Each sits between a {@code // README:name} line
 * and an {@code // END} line, and ReadmeSnippetsTest checks that every {@code java} block of the README is
 * one of these regions, whitespace aside, and that every region is in the README: edit both together.
 *
 * <p>What a snippet takes from its host (a data source, an actor, ids, a stream of ballots) is a parameter
 * of the method around it, with its real type. ReadmeSnippetsRunTest runs the embedding and titles
 * snippets; the selection round spans weeks of a round's calendar, so it is only compiled here, and
 * ZiboCraftsmanExample runs the same calls end to end.
 */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    /** What the host does with each priority decision, in the titles snippet. */
    interface BureauSystem {
        void record(PriorityDecision decision);
    }

    static Artisan embedding(DataSource dataSource) {
        // README:embedding
        // from the host: javax.sql.DataSource dataSource, its connection pool
        JdbcRegistryStore store = JdbcRegistryStore.create(dataSource);  // detects H2/PostgreSQL/MariaDB/MySQL, migrates
        TalentRegistry zibo = TalentRegistry.builder(store)
                .tenant(TenantId.of("zibo"))
                .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
                .build();

        Artisan artisan = zibo.artisans().register(Actor.of("hr-zhang", "张科长"), ArtisanDetails.builder()
                .name("王建国")
                .residentId(ResidentId.of("370303197805120132"))
                .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.of("91370303MA3C0001K0")))
                .occupation(Occupation.of("4-12-01-01", "汽车维修工"))
                .region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1))
                .addCertificate(SkillCertificate.builder().level(SkillLevel.TECHNICIAN)
                        .occupation(Occupation.of("4-12-01-01", "汽车维修工")).number("T2012-0033")
                        .issuer("淄博市人力资源和社会保障局").issuedOn(LocalDate.of(2012, 3, 1)).build())
                .build());
        // END
        return artisan;
    }

    static TalentRegistry quickStart() {
        // README:quick-start
        TalentRegistry registry = EmbeddedRegistry.open(Path.of("data/registry"));
        // END
        return registry;
    }

    static List<Honor> selectionRound(JdbcRegistryStore store, byte[] secretBytes, Set<LocalDate> holidays,
            Set<LocalDate> adjustedWorkdays, Actor actor, ArtisanId artisanId, CreditCode employerCode,
            Stream<Ballot> ballotsFromTheApp) {
        // README:selection-round
        // from the host: byte[] secretBytes, Set<LocalDate> holidays and adjustedWorkdays, Actor actor,
        // ArtisanId artisanId, CreditCode employerCode, Stream<Ballot> ballotsFromTheApp
        TalentRegistry zibo = TalentRegistry.builder(store).tenant(TenantId.of("zibo"))
                .voteSecret(secretBytes)                       // voters' IPs are stored only as HMAC-SHA256 under it
                .workingCalendar(WorkingCalendar.weekdays(holidays, adjustedWorkdays))
                .build();
        HonorProgram program = zibo.programs().define(actor, ProgramDefinition.zibo());
        SelectionRounds rounds = zibo.rounds();
        SelectionRound round = rounds.open(actor, program.id(), 2018);
        Nomination nomination = rounds.nominate(actor, round.id(), new NominationRequest(artisanId,
                NominationChannel.SELF, "王建国", Declarations.inServiceWithCleanRecord()));
        rounds.closeNominations(actor, round.id());            // every nomination gets a verdict, one line per criterion
        rounds.closeEligibilityReview(actor, round.id());      // refused while a soft-criterion flag is open
        Reviewer expert = rounds.addReviewer(actor, round.id(), "周教授", employerCode);
        rounds.score(actor, expert.id(), nomination.id(), Map.of(   // the items of ProgramDefinition.zibo()'s scheme
                "skill", new BigDecimal("36"), "innovation", new BigDecimal("25"), "contribution", new BigDecimal("26")));
        rounds.closeExpertReview(actor, round.id());
        VoteOutcome outcome = rounds.castVote(round.id(), new Ballot(nomination.id(), "202.110.1.7", Instant.now()));
        IngestSummary summary = rounds.ingestVotes(round.id(), ballotsFromTheApp, 10_000);
        rounds.closeVoting(actor, round.id());
        Ranking ranking = rounds.ranking(round.id());         // composite with breakdown, selection per tier, waitlist
        rounds.startNotice(actor, round.id(), LocalDate.of(2018, 6, 13));
        List<Honor> honors = rounds.name(actor, round.id(),
                new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 6, 25), "淄博市总工会"));
        // END
        return honors;
    }

    static String stagePlans(TalentRegistry zibo, Actor actor, NominationId underInvestigation, RoundId roundId) {
        // README:stage-plans
        // from the host: Actor actor, NominationId underInvestigation, RoundId roundId
        ProgramDefinition qilu = ProgramDefinition.zibo().toBuilder()
                .plan(StagePlan.standard()
                        .withShortlist(30)                     // experts shortlist 30 (提名); only they go to the vote
                        .withSiteVisit(true)                   // 实地考察 between the composite and the notice
                        .withNoticeForPromoted(true))          // a nominee promoted from the waitlist gets its own 公示
                .build();
        SelectionRounds rounds = zibo.rounds();
        rounds.defer(actor, underInvestigation, "涉嫌违纪，正在调查");   // 暂缓命名: keeps its place, left out of naming
        rounds.name(actor, roundId, new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 6, 25), "淄博市总工会"));
        rounds.drop(actor, underInvestigation, "调查属实，不予命名");   // the waitlist moves up
        rounds.noticePromoted(actor, roundId, LocalDate.of(2018, 7, 2));
        List<Honor> supplementary = rounds.name(actor, roundId,            // 补充命名, after the promoted nominee's notice
                new NamingDecision("淄工发〔2018〕20号", LocalDate.of(2018, 7, 10), "淄博市总工会"));
        String why = rounds.ranking(roundId).explain(Locale.CHINESE);  // 候补第1名（项目总名额100名已满：2016年以来已命名100名）
        // END
        return qilu.plan() + why + supplementary.size();
    }

    static String titles(TalentRegistry zibo, Actor actor, HonorProgramId goldProgramId, ArtisanId artisanId,
            Stream<ArtisanId> hundredThousandIds, List<ArtisanId> applicantIds, LocalDate date, BureauSystem bureau) {
        // README:titles
        // from the host: Actor actor, HonorProgramId goldProgramId, ArtisanId artisanId,
        // Stream<ArtisanId> hundredThousandIds, List<ArtisanId> applicantIds, LocalDate date, a bureau whose record(PriorityDecision) keeps one
        TechnicianTitles titles = zibo.titles();
        titles.define(actor, TechnicianTitle.ziboChiefTechnician());   // 技师+, front line, "generally ≤ 50", 30 a round, 4-year term
        titles.definePolicy(actor, new PriorityPolicy("zibo-chief", 2, "zibo-chief-technician", LocalDate.of(2023, 1, 1),
                Optional.empty(), BigDecimal.ZERO, List.of(
                        new PriorityCondition.HoldsHonor("gold-medal", goldProgramId, Set.of("gold"),
                                "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor"),
                        new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));

        PriorityDecision d = zibo.priority().check(artisanId, "zibo-chief-technician", LocalDate.of(2024, 5, 1));
        d.explain(Locale.CHINESE);   // 同等条件下享有“持有淄博金牌工匠称号”优先：持有淄博金牌工匠称号（2018年，表彰决定 淄工发〔2018〕12号）
        Optional<Honor> cited = d.results().get(0).honor()      // the decision cites the honor (HonorCitation)
                .map(c -> zibo.honors().get(c.id()));             // the whole honor, read by its id
        try (Stream<PriorityDecision> all = zibo.priority().checkAll(hundredThousandIds, "zibo-chief-technician", date)) {
            all.forEach(bureau::record);                              // one decision per id, in order; chunks of 1,000,000 ids
        }
        PriorityScreen screen = zibo.priority().screen(applicantIds, "zibo-chief-technician", date);   // a List<ArtisanId>
        screen.countWithPriority();                                   // who has priority, without a decision for each
        try (Stream<PriorityDecision> listed = zibo.priority().checkAll(   // decisions only for those listed, one read
                screen.withPriority().mapToObj(screen::artisanId), "zibo-chief-technician", date)) {
            listed.forEach(bureau::record);
        }
        // END
        return d.explain(Locale.ENGLISH) + cited.map(h -> "\n" + h.describe()).orElse("");
    }

    static List<TitleAward> titleRounds(TalentRegistry shandong, Actor bureau, TechnicianTitle ziboChief2018,
            ArtisanId ziboApplicant) {
        // README:titleRounds
        // from the host: Actor bureau, TechnicianTitle ziboChief2018 (the 2018 rules), ArtisanId ziboApplicant (in 张店区)
        TechnicianTitles titles = shandong.titles();   // a provincial bureau's tenant: every city's artisans and rounds
        titles.defineVersion(bureau, ziboChief2018, LocalDate.of(2018, 1, 1), Optional.empty());
        titles.defineVersion(bureau, TechnicianTitle.ziboChiefTechnician(), LocalDate.of(2023, 1, 1),
                Optional.empty());                     // the 2023 rules; the 2018 ones end on 2023-01-01
        TitleRound zibo2024 = titles.openRound(bureau, "zibo-chief-technician", IssuingRegion.of("370300"), 2024,
                LocalDate.of(2024, 9, 1));             // decided under the rules in force on 2024-09-01
        titles.apply(bureau, zibo2024.id(), ziboApplicant, new BigDecimal("88.5"), Declarations.inServiceWithCleanRecord());
        TitleRanking ranking = titles.ranking(zibo2024.id());
        ranking.header(Locale.CHINESE);   // 职称评选 7（市（区划代码 370300），2024年度），评审日期 2024-09-01，适用淄博市首席技师评选办法第2版…
        ranking.applicants().get(0).note(Locale.CHINESE);   // why each stands where it does, or was not selected
        List<TitleAward> awards = titles.select(bureau, zibo2024.id());   // each names its region and rules version

        // 齐鲁首席技师: the province's round takes every city's applicants; a municipal chief technician title
        // awarded by any city counts; per-city quotas go by the applicant's city
        titles.define(bureau, new TechnicianTitle("qilu-chief-technician", "齐鲁首席技师",
                List.of(new Criterion.HoldsTitle("municipal", Severity.HARD, "zibo-chief-technician")), 100,
                Optional.empty(), Optional.of(4), Map.of("3703", 8, "3707", 8)));
        titles.openRound(bureau, "qilu-chief-technician", IssuingRegion.of("370000"), 2025, LocalDate.of(2025, 6, 1));
        // END
        return awards;
    }
}
