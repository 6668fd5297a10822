package org.talentregistry.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.EngagementSummary;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.PoolCount;
import org.talentregistry.pool.PoolMember;
import org.talentregistry.pool.PoolPage;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolSort;
import org.talentregistry.pool.PoolTotals;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.NoticeEntry;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.jdbc.EmbeddedRegistry;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.selection.VotePolicies;
import org.talentregistry.selection.WorkingCalendar;

/**
 * Runs the Zibo Gold Medal Craftsman program (淄博金牌工匠) from 2016 to 2020, end to end, on an embedded
 * H2 database: five selection rounds of about 150 nominations each, from every trade and district of the
 * city; eligibility review with flags cleared by a person; expert review in which a conflict of interest
 * is refused; public voting, 440,000 votes in 2018 with duplicates refused; the composite ranking; a
 * public notice in which an upheld objection promotes the waitlist; naming; and at the end the 100
 * honors of the program and the talent pool they fill.
 *
 * <p>Run it from the project root with
 * {@code mvn -q -pl examples -am test-compile exec:exec} (the README's first command: a JVM of its own, see
 * {@code examples/pom.xml}); pass {@code -Dexample.args=path/to/db} to choose the database file (default
 * {@code target/example-db/zibo}), or {@code -Dexample.args="path/to/db 20000"} for a quicker run with fewer votes.
 * The database is deleted at the start of every run.
 *
 * <p>The registry runs on a clock the example moves through each year's calendar (in Asia/Shanghai), so
 * that every date it records is the date the program would have had: nominations in March, review in
 * April, voting in May, the public notice in June, counted in working days by a calendar that knows the
 * Dragon Boat Festival holidays. People, employers, scores and votes are made up, from a fixed seed:
 * every run tells the same story. Identity numbers and credit codes are invented but valid.
 */
public final class ZiboCraftsmanExample {
    /** The public votes of the 2018 round, as the program reported them. */
    public static final int VOTES_2018 = 440_000;

    private static final Path DEFAULT_DATABASE = Path.of("target", "example-db", "zibo");
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final long SEED = 20_160_301L;
    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 5;
    // The year whose ranking is printed in full and whose notice sees an objection upheld.
    private static final int SHOWCASE_YEAR = 2018;
    private static final int BRUSHING_YEAR = 2019;
    private static final int RENOMINATION_YEAR = 2019;
    private static final int DISMISSED_OBJECTION_YEAR = 2020;
    private static final int[] FIELD_SIZES = {148, 153, 156, 149, 151};
    // The other years drew far fewer votes than 2018; as a share of 2018's, in thousandths.
    private static final Map<Integer, Integer> VOTERS_PER_MILLE_OF_2018 = Map.of(2016, 52, 2017, 93, 2019, 132, 2020, 82);
    private static final Map<Integer, String> DECISION_NUMBERS = Map.of(2016, "淄工发〔2016〕25号", 2017, "淄工发〔2017〕19号",
            2018, "淄工发〔2018〕12号", 2019, "淄工发〔2019〕15号", 2020, "淄工发〔2020〕21号");
    // Chosen so that every notice spans the Dragon Boat Festival holidays.
    private static final Map<Integer, LocalDate> NOTICE_STARTS = Map.of(2016, LocalDate.of(2016, 6, 7),
            2017, LocalDate.of(2017, 5, 25), 2018, LocalDate.of(2018, 6, 13), 2019, LocalDate.of(2019, 6, 5),
            2020, LocalDate.of(2020, 6, 23));
    // Each batch is a transaction; on H2, 470,000 ballots took 26 s in batches of 2,000, 11 s in batches of
    // 10,000 and 8 s in batches of 50,000; since H2 writes each commit to its file (EmbeddedRegistry), 5.5 s in
    // batches of 50,000 and 5.0-5.3 s in batches of 100,000, the most ingestVotes takes.
    private static final int INGEST_BATCH = 100_000;
    private static final int PROGRESS_CHUNK = 100_000;
    private static final int RANKING_ROWS = 25;
    /** The steps {@link #step} counts: setup, the seven stages of a round, the summary. */
    private static final int STEPS = 9;
    private static final String INDENT = "           ";

    private static final Actor APP = Actor.system("zbzgh-app");
    private static final Actor UNION_OFFICE = Actor.of("zbzgh-lmgj-01", "市总工会劳模工匠部 刘干事");
    private static final Actor REVIEW_OFFICE = Actor.of("zbzgh-zgsc-01", "资格审查组 韩组长");
    private static final Actor COMMITTEE = Actor.of("zbzgh-pswyh", "评审委员会办公室 赵主任");
    private static final String ISSUING_BODY = "淄博市总工会";

    private final TalentRegistry registry;
    private final SelectionRounds rounds;
    private final ExampleClock clock;
    private final PrintStream out;
    private final int votes2018;
    private final long startNanos = System.nanoTime();
    private final ZiboField field = new ZiboField(SEED);
    private final Random random = field.random();
    private final List<ZiboField.Candidate> applicants = new ArrayList<>();
    private final Map<NominationId, ZiboField.Candidate> byNomination = new HashMap<>();
    private final List<String[]> yearRows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private HonorProgram program;
    private ZiboField.Candidate firstHonoree;

    private ZiboCraftsmanExample(TalentRegistry registry, ExampleClock clock, PrintStream out, int votes2018) {
        this.registry = registry;
        this.rounds = registry.rounds();
        this.clock = clock;
        this.out = out;
        this.votes2018 = votes2018;
    }

    /**
     * Runs the example with the 440,000 votes of 2018 and prints to standard output. The registry's own
     * INFO log lines are turned down to warnings unless {@code org.slf4j.simpleLogger.defaultLogLevel} is
     * set: the example prints its own progress.
     *
     * @param args optionally the database file without its {@code .mv.db} ending (by default
     *     {@code target/example-db/zibo} under the working directory), then optionally the number of votes in
     *     2018 (by default 440,000)
     * @throws IOException if the database of an earlier run cannot be deleted
     * @throws NumberFormatException if the number of votes is not a number
     */
    public static void main(String[] args) throws IOException {
        QuietLogs.unlessChosen();
        run(args.length > 0 ? Path.of(args[0]) : DEFAULT_DATABASE, System.out,
                args.length > 1 ? Integer.parseInt(args[1]) : VOTES_2018);
    }

    /**
     * Runs the example with the 440,000 votes of 2018 on a database file, deleting whatever an earlier run
     * left there.
     *
     * @param database the database file without its {@code .mv.db} ending, not null
     * @param out where to print, not null
     * @throws IOException if the database of an earlier run cannot be deleted
     */
    public static void run(Path database, PrintStream out) throws IOException {
        run(database, out, VOTES_2018);
    }

    /**
     * Runs the example on a database file, deleting whatever an earlier run left there, with a chosen
     * number of votes in 2018; the other years' votes scale with it. Everything else is the same.
     *
     * @param database the database file without its {@code .mv.db} ending, not null
     * @param out where to print, not null
     * @param votes2018 the distinct voters of 2018, from 1,000 to 1,000,000
     * @throws IOException if the database of an earlier run cannot be deleted
     * @throws IllegalArgumentException if {@code votes2018} is out of range
     * @throws IllegalStateException if the registry does not end with the program's 100 honors
     */
    public static void run(Path database, PrintStream out, int votes2018) throws IOException {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        if (votes2018 < 1_000 || votes2018 > 1_000_000) {
            throw new IllegalArgumentException("votes2018 must be 1,000 to 1,000,000, got " + votes2018);
        }
        startFresh(database, out);
        ExampleClock clock = new ExampleClock(ZIBO, LocalDateTime.of(FIRST_YEAR, 2, 22, 10, 0));
        // The secret that keys the voters' address hashes: the host keeps it, stable across restarts. This
        // run starts from an empty database, so a fresh one will do.
        byte[] voteSecret = new byte[32];
        new SecureRandom().nextBytes(voteSecret);
        try (TalentRegistry registry = EmbeddedRegistry.open(database, builder -> builder
                .tenant(TenantId.of("zibo"))
                .clock(clock)
                .voteSecret(voteSecret)
                .workingCalendar(DragonBoatCalendar.CALENDAR))) {
            new ZiboCraftsmanExample(registry, clock, out, votes2018).runProgram();
        }
    }

    // H2 appends these endings to the path it is given.
    private static void startFresh(Path database, PrintStream out) throws IOException {
        Path data = database.resolveSibling(database.getFileName() + ".mv.db");
        Path trace = database.resolveSibling(database.getFileName() + ".trace.db");
        boolean existed = Files.deleteIfExists(data);
        Files.deleteIfExists(trace);
        out.println("Starting from a fresh database: " + data.toAbsolutePath()
                + (existed ? " (the previous run's database was deleted)" : ""));
        out.println();
    }

    private void runProgram() {
        // Candidates apply on the union's app, whose form carries the consent to publication on the 公示 list.
        step(1, "设立项目", "program setup", "淄博金牌工匠 2016–2020, 5 rounds");
        program = registry.programs().define(UNION_OFFICE, ProgramDefinition.zibo().toBuilder()
                .publicNotice(new NoticePublication("淄博市总工会劳模工匠部（电话 0533-2181234），异议须以书面形式实名提出", false,
                        Optional.of("报名时在“齐鲁工惠”App 签署《个人信息公示同意书》")))
                .build());
        describeProgram();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            out.println();
            out.println("== " + year + " ==");
            RoundId roundId = nominations(year);
            eligibilityReview(year, roundId);
            Map<NominationId, Long> plan = expertReview(year, roundId);
            voting(year, roundId, plan);
            scoring(year, roundId);
            notice(year, roundId);
            naming(year, roundId);
        }
        out.println();
        step(9, "汇总与人才库", "summary and talent pool", "100 honors, a revocation, a year of engagements");
        summary();
    }

    private void describeProgram() {
        ProgramDefinition d = program.definition();
        ScoringScheme s = d.scoring();
        // What HR staff read is said in the registry's language, Chinese unless the host chose otherwise.
        out.println("评选项目：" + d.name() + "（编号 " + program.id() + "，第 " + program.version() + " 版），主办单位："
                + String.join("、", d.organizers()));
        out.println("  评选年度 " + d.firstYear() + "—" + (d.firstYear() + d.years() - 1) + "年；等次："
                + d.tiers().stream().map(t -> t.name() + " 每年" + t.annualQuota() + "名"
                        + (t.entersTalentPool() ? "，纳入人才库" : "")).collect(Collectors.joining("；"))
                + "；总数不超过" + d.programCap().orElseThrow() + "名");
        out.println("  推荐渠道：" + d.channels().stream().sorted().map(NominationChannel::chineseName)
                .collect(Collectors.joining("、")));
        d.criteria().forEach(c -> out.println("  资格条件「" + c.id() + "」：" + registry.text(c.rule())));
        out.println("  评分：专家评审占" + percent(s.expertWeight()) + "（"
                + s.items().stream().map(i -> i.name() + " " + i.maxPoints() + "分").collect(Collectors.joining("，"))
                + "），网络投票占" + percent(s.voteWeight()) + "；同分时" + s.tieBreaks().stream()
                        .map(TieBreak::chineseName).collect(Collectors.joining("，再")) + "；计票规则："
                + (d.votePolicy().equals(VotePolicies.onePerIpPerRound().id()) ? VotePolicies.onePerIpPerRound()
                        .chineseName() : d.votePolicy()) + "；公示期 " + d.noticeWorkingDays() + " 个工作日");
    }

    // ---- nominations ---------------------------------------------------------------------------

    private RoundId nominations(int year) {
        long started = System.nanoTime();
        clock.moveTo(LocalDate.of(year, 3, 1), LocalTime.of(7, 0));
        SelectionRound round = rounds.open(UNION_OFFICE, program.id(), year);
        int size = FIELD_SIZES[year - FIRST_YEAR];
        step(2, year + " 申报", "nominations", size + " 名申报人 applicants");

        List<ZiboField.Candidate> entrants = new ArrayList<>();
        List<ZiboField.Candidate> unsuccessful = applicants.stream().filter(c -> !c.honored && !c.ineligible)
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(unsuccessful, random);
        entrants.addAll(unsuccessful.subList(0, Math.min(unsuccessful.size(), size / 5)));
        int returning = entrants.size();
        List<ZiboField.Kind> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(3 + random.nextInt(2), ZiboField.Kind.OVER_AGE));
        kinds.addAll(Collections.nCopies(3 + random.nextInt(2), ZiboField.Kind.BELOW_LEVEL));
        kinds.addAll(Collections.nCopies(size - returning - kinds.size(), ZiboField.Kind.REGULAR));
        kinds.forEach(kind -> entrants.add(field.newCandidate(year, kind)));
        Collections.shuffle(entrants, random);

        // Zibo's candidates self-nominate on the union's app (个人自荐), the only channel the program takes.
        List<LocalDateTime> times = submissionTimes(year, entrants.size());
        for (int i = 0; i < entrants.size(); i++) {
            ZiboField.Candidate candidate = entrants.get(i);
            clock.moveTo(times.get(i));
            if (candidate.artisanId == null) {
                candidate.artisanId = registry.artisans().register(APP, candidate.details).id();
                applicants.add(candidate);
            }
            Nomination nomination = rounds.nominate(APP, round.id(), new NominationRequest(candidate.artisanId,
                    NominationChannel.SELF, candidate.name(), Declarations.inServiceWithCleanRecord()));
            byNomination.put(nomination.id(), candidate);
        }
        progress(year, "nominations", started, entrants.size() + " nominations (" + NominationChannel.SELF.chineseName()
                + " on the union's app); " + (entrants.size() - returning) + " artisans registered, " + returning
                + " applying again");
        if (year == RENOMINATION_YEAR) {
            nominateHonoreeAgain(round.id());
        }
        return round.id();
    }

    /** Spreads the submissions over March, on the app from early morning to late evening, in order. */
    private List<LocalDateTime> submissionTimes(int year, int count) {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(LocalDateTime.of(year, 3, 1 + random.nextInt(31), 7, 30).plusMinutes(random.nextInt(15 * 60)));
        }
        Collections.sort(times);
        return times;
    }

    private void nominateHonoreeAgain(RoundId roundId) {
        ZiboField.Candidate honoree = firstHonoree;
        detail(honoree.name() + ", named in " + FIRST_YEAR + ", applies on the app again:");
        try {
            rounds.nominate(APP, roundId, new NominationRequest(honoree.artisanId, NominationChannel.SELF,
                    honoree.name(), Declarations.inServiceWithCleanRecord()));
            detail("accepted (unexpected)");
        } catch (SelectionRefusedException e) {
            detail("refused [" + e.getRule() + "]: " + e.getMessage());
        }
    }

    // ---- eligibility review ----------------------------------------------------------------------

    private void eligibilityReview(int year, RoundId roundId) {
        long started = System.nanoTime();
        clock.moveTo(LocalDate.of(year, 4, 8), LocalTime.of(9, 30));
        rounds.closeNominations(REVIEW_OFFICE, roundId);
        List<Nomination> nominations = rounds.nominations(roundId);
        step(3, year + " 资格审查", "eligibility review", nominations.size() + " 份申报 nominations");
        int eligible = 0;
        List<Nomination> ineligible = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        Nomination clearedExample = null;
        clock.moveTo(LocalDate.of(year, 4, 12), LocalTime.of(15, 0));
        for (Nomination n : nominations) {
            Verdict verdict = n.verdict().orElseThrow();
            if (verdict.status() == Eligibility.INELIGIBLE) {
                ineligible.add(n);
                byNomination.get(n.id()).ineligible = true;
                continue;
            }
            eligible++;
            for (CriterionResult flag : verdict.results().stream().filter(CriterionResult::isOpenFlag).toList()) {
                ZiboField.Candidate candidate = byNomination.get(n.id());
                int age = candidate.details.residentId().orElseThrow().ageOn(verdict.asOf());
                clock.advance(Duration.ofMinutes(20));
                Nomination after = rounds.clearFlag(REVIEW_OFFICE, n.id(), flag.criterionId(),
                        "年满" + age + "周岁，仍在生产一线带徒传艺，资格审查组集体研究同意参评");
                cleared.add(candidate.name() + " (" + age + ")");
                clearedExample = clearedExample == null ? after : clearedExample;
            }
        }
        clock.moveTo(LocalDate.of(year, 4, 15), LocalTime.of(17, 0));
        rounds.closeEligibilityReview(REVIEW_OFFICE, roundId);
        progress(year, "eligibility", started, eligible + " eligible, " + ineligible.size() + " ineligible; "
                + cleared.size() + " flagged for age and cleared with a reason: " + String.join(", ", cleared));
        if (year == FIRST_YEAR) {
            explainVerdict(ineligible.get(0));
            explainVerdict(clearedExample);
        }
    }

    private void explainVerdict(Nomination nomination) {
        ZiboField.Candidate candidate = byNomination.get(nomination.id());
        // The identity number prints masked, as it does everywhere the registry shows it.
        detail("资格审查：" + candidate.name() + "（" + candidate.details.residentId().orElseThrow() + "，申报 " + nomination.id()
                + "）" + nomination.verdict().orElseThrow().explain(registry.locale()).replace("\n", "\n" + INDENT + "  "));
    }

    // ---- expert review ---------------------------------------------------------------------------

    /**
     * Registers the panel, has each reviewer score every nominee in the running, and returns the planned
     * distinct voters per nominee for the voting that follows.
     */
    private Map<NominationId, Long> expertReview(int year, RoundId roundId) {
        long started = System.nanoTime();
        clock.moveTo(LocalDate.of(year, 4, 16), LocalTime.of(9, 0));
        List<Nomination> running = rounds.nominations(roundId).stream().filter(Nomination::isInTheRunning).toList();
        step(4, year + " 专家评审", "expert review", running.size() + " 名候选人 nominees");
        // The industry expert comes from a workplace with a few candidates in the running, whom the expert
        // may not score.
        ZiboField.Workplace employer = running.stream()
                .collect(Collectors.groupingBy(n -> byNomination.get(n.id()).workplace, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() >= 2).min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<ZiboField.Expert> experts = new ArrayList<>(field.academicPanel(year));
        experts.add(field.industryExpert(employer));
        List<Reviewer> panel = new ArrayList<>();
        Map<Reviewer, ZiboField.Expert> expertOf = new HashMap<>();
        for (ZiboField.Expert expert : experts) {
            Reviewer reviewer = rounds.addReviewer(UNION_OFFICE, roundId, expert.name(), expert.employer());
            panel.add(reviewer);
            expertOf.put(reviewer, expert);
        }
        Set<String> declared = new HashSet<>();
        if (year == SHOWCASE_YEAR) {
            Reviewer teacher = panel.get(0);
            Nomination apprentice = running.get(running.size() / 2);
            rounds.declareConflict(COMMITTEE, teacher.id(), apprentice.id(),
                    "候选人系其在" + expertOf.get(teacher).affiliation() + "指导的学员（师徒关系），本人申请回避");
            declared.add(teacher.id() + "/" + apprentice.id());
            note(teacher.name() + " declares a conflict with " + byNomination.get(apprentice.id()).name()
                    + " (former apprentice) and will not score them");
        }

        Map<NominationId, Map<Reviewer, Map<String, BigDecimal>>> scores = new LinkedHashMap<>();
        Map<Reviewer, Double> leniency = new HashMap<>();
        panel.forEach(r -> leniency.put(r, random.nextGaussian() * 0.03));
        for (Nomination n : running) {
            Map<Reviewer, Map<String, BigDecimal>> byReviewer = new LinkedHashMap<>();
            for (Reviewer r : panel) {
                byReviewer.put(r, items(byNomination.get(n.id()).merit + leniency.get(r)));
            }
            scores.put(n.id(), byReviewer);
        }
        long voters = votersIn(year);
        Map<NominationId, Long> votes = allocateVotes(running, voters);
        if (year == SHOWCASE_YEAR) {
            tieAtTheCutOff(running, panel, scores, votes, (r, n) -> declared.contains(r.id() + "/" + n.id())
                    || r.employer().map(e -> e.equals(byNomination.get(n.id()).workplace.creditCode())).orElse(false));
        }

        clock.moveTo(LocalDate.of(year, 4, 18), LocalTime.of(9, 0));
        // Each reviewer hands in one sheet, recorded whole or not at all. A sheet with a nominee the reviewer may
        // not score is refused; the office then takes the reviewer's standing conflicts off it and records it.
        List<Conflict> standing = rounds.conflicts(roundId).stream().filter(Conflict::isStanding).toList();
        int recorded = 0;
        int leftOff = 0;
        for (Reviewer reviewer : panel) {
            clock.advance(Duration.ofDays(1));
            Map<NominationId, Map<String, BigDecimal>> sheet = new LinkedHashMap<>();
            running.forEach(n -> sheet.put(n.id(), scores.get(n.id()).get(reviewer)));
            try {
                recorded += rounds.scoreAll(COMMITTEE, reviewer.id(), sheet).size();
            } catch (SelectionRefusedException e) {
                if (e.getRule() != SelectionRefusedException.Rule.CONFLICT_OF_INTEREST) {
                    throw e;
                }
                List<NominationId> conflicted = standing.stream().filter(c -> c.reviewerId().equals(reviewer.id()))
                        .map(Conflict::nominationId).filter(sheet::containsKey).toList();
                note("refused [" + e.getRule() + "]: " + e.getMessage() + "; the office takes "
                        + conflicted.stream().map(id -> byNomination.get(id).name()).collect(Collectors.joining(", "))
                        + " off " + reviewer.name() + "'s sheet");
                conflicted.forEach(sheet::remove);
                leftOff += conflicted.size();
                recorded += rounds.scoreAll(COMMITTEE, reviewer.id(), sheet).size();
            }
        }
        clock.moveTo(LocalDate.of(year, 4, 29), LocalTime.of(17, 0));
        rounds.closeExpertReview(COMMITTEE, roundId);
        progress(year, "expert review", started, panel.size() + " reviewers (" + experts.stream()
                .map(e -> e.name() + " " + e.affiliation()).collect(Collectors.joining(", ")) + "); "
                + recorded + " scores recorded on " + panel.size() + " sheets, " + leftOff
                + " left off for conflicts of interest");
        return votes;
    }

    /** Scores the three items of Zibo's scheme, in half points, around a level from 0 to 1. */
    private Map<String, BigDecimal> items(double level) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (ReviewItem item : program.definition().scoring().items()) {
            double share = Math.max(0.2, Math.min(1.0, level + random.nextGaussian() * 0.04));
            items.put(item.code(), BigDecimal.valueOf(Math.round(item.maxPoints() * share * 2) / 2.0).setScale(1));
        }
        return items;
    }

    private long votersIn(int year) {
        return year == SHOWCASE_YEAR ? votes2018 : (long) votes2018 * VOTERS_PER_MILLE_OF_2018.get(year) / 1000;
    }

    /** Shares the round's distinct voters among the nominees by popularity, exactly. */
    private Map<NominationId, Long> allocateVotes(List<Nomination> running, long voters) {
        double total = running.stream().mapToDouble(n -> byNomination.get(n.id()).popularity).sum();
        Map<NominationId, Long> votes = new LinkedHashMap<>();
        long given = 0;
        for (Nomination n : running) {
            long share = (long) Math.floor(voters * byNomination.get(n.id()).popularity / total);
            votes.put(n.id(), share);
            given += share;
        }
        List<Nomination> byPopularity = new ArrayList<>(running);
        byPopularity.sort(Comparator.comparingDouble(n -> -byNomination.get(n.id()).popularity));
        for (int i = 0; given < voters; i++, given++) {
            votes.merge(byPopularity.get(i % byPopularity.size()).id(), 1L, Long::sum);
        }
        return votes;
    }

    /**
     * Makes 2018's field hold a tie at the cut-off, to show the tie-break rule: a nominee planned far
     * down gets the same scores from every reviewer and the same votes as the nominee planned 20th, and
     * so the same composite; the earlier submission wins. The votes this changes are taken from (or given
     * to) a nominee far down, so that the round's highest count and everyone else's place stay as they
     * were. Only this plan is arranged: the registry ranks as it always does.
     */
    private void tieAtTheCutOff(List<Nomination> running, List<Reviewer> panel,
            Map<NominationId, Map<Reviewer, Map<String, BigDecimal>>> scores, Map<NominationId, Long> votes,
            BiPredicate<Reviewer, Nomination> conflicted) {
        ScoringScheme scheme = program.definition().scoring();
        int quota = program.definition().tiers().get(0).annualQuota();
        long highest = votes.values().stream().mapToLong(Long::longValue).max().orElse(1);
        Map<NominationId, Double> planned = new HashMap<>();
        for (Nomination n : running) {
            double expert = panel.stream().filter(r -> !conflicted.test(r, n))
                    .mapToDouble(r -> scores.get(n.id()).get(r).values().stream().mapToDouble(BigDecimal::doubleValue).sum())
                    .average().orElse(0) * 100 / scheme.items().stream().mapToInt(ReviewItem::maxPoints).sum();
            planned.put(n.id(), scheme.expertWeight().doubleValue() * expert
                    + scheme.voteWeight().doubleValue() * votes.get(n.id()) * 100.0 / highest);
        }
        List<Nomination> order = new ArrayList<>(running);
        order.sort(Comparator.comparingDouble(n -> -planned.get(n.id())));
        Predicate<Nomination> clean = n -> panel.stream().noneMatch(r -> conflicted.test(r, n))
                && votes.get(n.id()) < highest;
        Nomination cutOff = order.stream().skip(quota - 1).filter(clean).findFirst().orElseThrow();
        long target = votes.get(cutOff.id());
        List<Nomination> farDown = order.subList(2 * quota, order.size()).stream().filter(clean).toList();
        Nomination twin = farDown.stream().filter(n -> n.submittedAt().isAfter(cutOff.submittedAt()))
                .min(Comparator.comparingLong(n -> Math.abs(votes.get(n.id()) - target))).orElseThrow();
        long change = target - votes.get(twin.id());
        Nomination donor = farDown.stream().filter(n -> !n.id().equals(twin.id()))
                .filter(n -> votes.get(n.id()) - change >= 0 && votes.get(n.id()) - change < highest)
                .max(Comparator.comparingLong(n -> votes.get(n.id()))).orElseThrow();
        votes.merge(donor.id(), -change, Long::sum);
        votes.put(twin.id(), target);
        Map<Reviewer, Map<String, BigDecimal>> same = new LinkedHashMap<>();
        scores.get(cutOff.id()).forEach((r, items) -> same.put(r, Map.copyOf(items)));
        scores.put(twin.id(), same);
    }

    // ---- public voting ---------------------------------------------------------------------------

    private void voting(int year, RoundId roundId, Map<NominationId, Long> plan) {
        long started = System.nanoTime();
        List<NominationId> nominees = new ArrayList<>(plan.keySet());
        long[] votes = nominees.stream().mapToLong(plan::get).toArray();
        long voters = Arrays.stream(votes).sum();
        NominationId notRunning = rounds.nominations(roundId).stream().filter(n -> !n.isInTheRunning())
                .map(Nomination::id).findFirst().orElse(null);
        int again = (int) (voters * 3 / 44);
        int malformed = (int) Math.max(3, voters / 16_000);
        int forNotRunning = notRunning == null ? 0 : (int) Math.max(2, voters / 40_000);
        // The app's vote log is handed over when voting closes and ingested in one go.
        clock.moveTo(LocalDate.of(year, 5, 21), LocalTime.of(8, 30));
        VoteLog log = new VoteLog(SEED + year, nominees, votes, again, malformed, forNotRunning, notRunning,
                startOf(LocalDate.of(year, 5, 2)), startOf(LocalDate.of(year, 5, 21)));
        int ballots = log.size();
        step(5, year + " 网络投票", "public vote", count(ballots) + " 张选票 ballots");
        IngestSummary summary = new IngestSummary(0, 0, Map.of());
        for (int done = 0; done < ballots; ) {
            int chunk = Math.min(PROGRESS_CHUNK, ballots - done);
            summary = plus(summary, rounds.ingestVotes(roundId, Stream.generate(log::next).limit(chunk), INGEST_BATCH));
            done += chunk;
            if (ballots > PROGRESS_CHUNK) {
                detail(String.format(Locale.ROOT, "... %,d of %,d ballots ingested (%.1f s)", done, ballots, seconds(started)));
            }
        }
        double took = seconds(started);
        if (year == BRUSHING_YEAR) {
            markBrushed(roundId);
        }
        clock.moveTo(LocalDate.of(year, 5, 21), LocalTime.of(17, 0));
        rounds.closeVoting(COMMITTEE, roundId);
        String check = summary.accepted() == voters ? "= the " + count(voters) + " distinct voters: OK"
                : "!= the " + count(voters) + " distinct voters: MISMATCH";
        progress(year, "voting", started, count(ballots) + " ballots from the app's log in batches of "
                + count(INGEST_BATCH) + String.format(Locale.ROOT, " (%,.0f ballots/s)", ballots / took) + ": " + describe(summary)
                + "; accepted " + check);
    }

    private static IngestSummary plus(IngestSummary a, IngestSummary b) {
        Map<VoteOutcome, Long> refused = new EnumMap<>(VoteOutcome.class);
        refused.putAll(a.refused());
        b.refused().forEach((k, v) -> refused.merge(k, v, Long::sum));
        return new IngestSummary(a.accepted() + b.accepted(), a.duplicates() + b.duplicates(), refused);
    }

    private String describe(IngestSummary s) {
        return registry.text(s.message());
    }

    /** 2019: the committee finds that one nominee's votes were brushed (刷票) through a proxy farm. */
    private void markBrushed(RoundId roundId) {
        RankedNominee suspect = rounds.ranking(roundId).nominees().stream()
                .sorted(Comparator.comparingLong(RankedNominee::votes).reversed()).skip(2).findFirst().orElseThrow();
        rounds.markBrushed(COMMITTEE, suspect.nominationId(),
                "投票日志显示大量选票来自同一代理服务器集群，经技术核查认定为刷票");
        RankedNominee after = rounds.ranking(roundId).nominees().stream()
                .filter(n -> n.nominationId().equals(suspect.nominationId())).findFirst().orElseThrow();
        note("vote brushing (刷票) found for " + suspect.name() + ": " + count(suspect.votes())
                + " votes disregarded; vote component " + suspect.voteComponent() + " -> " + after.voteComponent()
                + ", composite " + suspect.composite() + " -> " + after.composite() + ", place #" + suspect.position()
                + " -> #" + after.position());
    }

    // ---- scoring ---------------------------------------------------------------------------------

    private void scoring(int year, RoundId roundId) {
        long started = System.nanoTime();
        clock.moveTo(LocalDate.of(year, 5, 22), LocalTime.of(10, 0));
        ScoringScheme scheme = program.definition().scoring();
        step(6, year + " 综合评定", "composite ranking", "专家 expert " + percent(scheme.expertWeight()) + " + 投票 vote "
                + percent(scheme.voteWeight()));
        Ranking ranking = rounds.ranking(roundId);
        RankedNominee last = ranking.selected().get(ranking.selected().size() - 1);
        RankedNominee next = ranking.waitlist().get(0);
        RankedNominee top = ranking.nominees().get(0);
        progress(year, "scoring", started, ranking.nominees().size() + " ranked; #1 " + top.name() + " " + top.composite()
                + ", cut-off #" + last.position() + " " + last.name() + " " + last.composite() + ", waitlist #1 "
                + next.name() + " " + next.composite());
        if (year == SHOWCASE_YEAR) {
            printRanking(ranking, RANKING_ROWS);
        }
    }

    private void printRanking(Ranking ranking, int rows) {
        out.println();
        detail(SHOWCASE_YEAR + "年综合排名，共" + ranking.nominees().size() + "人，列前" + rows + "名（综合得分 = "
                + ranking.expertWeight() + " × 专家评审得分 + " + ranking.voteWeight() + " × 投票得分；"
                + "投票得分 = 得票数 ÷ 本轮最高票数 × 100）：");
        TextTable table = new TextTable("名次", "候选人", "职业（工种）", "区县", "专家评审", "评审人数", "得票", "投票得分",
                "综合得分", "结果", "同分处理");
        for (RankedNominee n : ranking.nominees().subList(0, Math.min(rows, ranking.nominees().size()))) {
            ZiboField.Candidate c = byNomination.get(n.nominationId());
            table.addRow(Integer.toString(n.position()), n.name(), c.trade.name(), c.details.region().name(),
                    n.expertComponent().toPlainString(), Integer.toString(n.reviews()),
                    count(n.votes()) + (n.votesBrushed() ? "（刷票，不计）" : ""), n.voteComponent().toPlainString(),
                    n.composite().toPlainString(),
                    n.selectedTier().map(this::tierName).orElse("候补第" + n.waitlistPosition() + "名"),
                    n.tieBreak().orElse("-"));
        }
        table.print(out, INDENT);
        out.println();
    }

    private String tierName(String code) {
        return program.definition().tier(code).map(HonorTier::name).orElse(code);
    }

    // ---- public notice -------------------------------------------------------------------------

    private void notice(int year, RoundId roundId) {
        long started = System.nanoTime();
        LocalDate start = NOTICE_STARTS.get(year);
        step(7, year + " 公示", "public notice", program.definition().noticeWorkingDays() + " 个工作日 working days");
        clock.moveTo(start, LocalTime.of(8, 30));
        SelectionRound round = rounds.startNotice(COMMITTEE, roundId, start);
        LocalDate end = round.noticeEnd().orElseThrow();
        String text = "公示 " + start + " to " + end + " (" + program.definition().noticeWorkingDays()
                + " working days; not counted: " + DragonBoatCalendar.daysOff(start, end) + ")";
        Ranking before = rounds.ranking(roundId);
        if (year == SHOWCASE_YEAR) {
            progress(year, "notice", started, text);
            printNoticeList(roundId);
            upheldObjection(roundId, before, start);
        } else if (year == DISMISSED_OBJECTION_YEAR) {
            progress(year, "notice", started, text);
            dismissedObjection(roundId, before, start);
        } else {
            progress(year, "notice", started, text + "; no objection filed");
        }
    }

    /** The public list shows name, employer, trade and tier only: never an identity number or a phone. */
    private void printNoticeList(RoundId roundId) {
        NoticeList list = rounds.noticeList(roundId);
        detail("公示名单（按公布样式：只列姓名、工作单位、职业和拟命名称号；另有 CSV 文件 " + list.toCsv().length + " 字节）：");
        list.header().forEach(line -> detail("  " + line));
        TextTable table = new TextTable(list.columns().toArray(String[]::new));
        for (NoticeEntry e : list.entries()) {
            table.addRow(Integer.toString(e.position()), e.name(), e.employerName(), e.trade(), e.tierName());
        }
        table.print(out, INDENT + "  ");
    }

    private void upheldObjection(RoundId roundId, Ranking before, LocalDate start) {
        long started = System.nanoTime();
        long highest = before.nominees().stream().mapToLong(RankedNominee::votes).max().orElse(0);
        // Not the nominee with the most votes: removing that one would rescale everyone's vote component.
        RankedNominee target = before.selected().stream().skip(11).filter(n -> n.votes() < highest).findFirst().orElseThrow();
        clock.moveTo(start.plusDays(1), LocalTime.of(10, 15));
        Objection objection = rounds.fileObjection(UNION_OFFICE, target.nominationId(), "赵德明",
                "反映其申报的技术革新成果系同班组他人完成，本人仅为署名人");
        note("objection " + objection.id() + " filed " + clock.today() + " against " + target.name()
                + " (#" + target.position() + ") by " + objection.objector() + " (real name): " + objection.grounds());
        clock.moveTo(DragonBoatCalendar.CALENDAR.lastDayOf(start.plusDays(2), 1), LocalTime.of(16, 0));
        Objection decided = rounds.decideObjection(COMMITTEE, objection.id(), true,
                "经调查核实，该成果主要完成人为同班组其他职工，申报材料不实，异议成立");
        Ranking after = rounds.ranking(roundId);
        Set<NominationId> selectedAfter = after.selected().stream().map(RankedNominee::nominationId).collect(Collectors.toSet());
        Set<NominationId> selectedBefore = before.selected().stream().map(RankedNominee::nominationId).collect(Collectors.toSet());
        note("objection " + decided.id() + " " + decided.status() + " on " + clock.today() + ": "
                + decided.decisionReason().orElseThrow());
        for (RankedNominee n : before.selected()) {
            if (!selectedAfter.contains(n.nominationId())) {
                note("removed: " + n.name() + " (was #" + n.position() + ", composite " + n.composite()
                        + "); nomination " + rounds.nomination(n.nominationId()).status());
            }
        }
        for (RankedNominee n : after.selected()) {
            if (!selectedBefore.contains(n.nominationId())) {
                RankedNominee was = before.nominee(n.nominationId()).orElseThrow();
                note("moved up: " + n.name() + " (waitlist #" + was.waitlistPosition() + " -> #"
                        + n.position() + ", " + tierName(n.selectedTier().orElseThrow()) + ", composite " + n.composite()
                        + was.tieBreak().map(t -> "; had lost the tie-break at the cut-off on " + t).orElse("") + ")");
            }
        }
        progress(SHOWCASE_YEAR, "objection", started, "1 objection filed and upheld; " + after.selected().size()
                + " selected, waitlist " + after.waitlist().size());
    }

    private void dismissedObjection(RoundId roundId, Ranking before, LocalDate start) {
        RankedNominee target = before.selected().get(4);
        clock.moveTo(start.plusDays(1), LocalTime.of(14, 40));
        Objection objection = rounds.fileObjection(UNION_OFFICE, target.nominationId(), "钱立国",
                "反映其参评的工艺作品曾在其他评选中获奖，属重复申报");
        clock.advance(Duration.ofHours(20));
        Objection decided = rounds.decideObjection(COMMITTEE, objection.id(), false,
                "经核查，该作品此前获奖不影响本次评选，申报材料属实，异议不成立");
        detail("objection " + decided.id() + " against " + target.name() + " by " + decided.objector() + ": "
                + decided.status() + " (" + decided.decisionReason().orElseThrow() + "); the selection stands");
    }

    // ---- naming --------------------------------------------------------------------------------

    private void naming(int year, RoundId roundId) {
        long started = System.nanoTime();
        LocalDate noticeEnd = rounds.get(roundId).noticeEnd().orElseThrow();
        LocalDate date = DragonBoatCalendar.CALENDAR.lastDayOf(noticeEnd.plusDays(6), 1);
        clock.moveTo(date, LocalTime.of(10, 0));
        NamingDecision decision = new NamingDecision(DECISION_NUMBERS.get(year), date, ISSUING_BODY);
        step(8, year + " 命名表彰", "naming", decision.number() + "; then the voter keys are purged");
        List<Honor> honors = rounds.name(COMMITTEE, roundId, decision);
        honors.forEach(h -> applicants.stream().filter(c -> c.artisanId.equals(h.artisanId())).forEach(c -> c.honored = true));
        if (year == FIRST_YEAR) {
            firstHonoree = applicants.stream().filter(c -> c.artisanId.equals(honors.get(0).artisanId())).findFirst().orElseThrow();
        }
        long pool = registry.pool().sizeOn(date);
        clock.advance(Duration.ofHours(4));
        long purged = rounds.purgeVoterKeys(UNION_OFFICE, roundId);
        progress(year, "naming", started, "named by " + decision + ": " + honors.size() + " " + honors.get(0).tierName()
                + ", certificates " + honors.get(0).certificateNumber() + " to " + honors.get(honors.size() - 1).certificateNumber()
                + "; talent pool now " + pool + "; " + count(purged) + " voter keys purged");
        yearRows.add(new String[] {Integer.toString(year), decision.number(), date.toString(),
                Integer.toString(honors.size()), Long.toString(pool)});
    }

    // ---- summary -------------------------------------------------------------------------------

    private void summary() {
        LocalDate endOfProgram = LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31);
        clock.moveTo(endOfProgram, LocalTime.of(17, 0));
        out.println("== " + FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1) + " ==");
        TextTable table = new TextTable("年度", "表彰决定", "日期", "命名人数", "人才库人数");
        yearRows.forEach(table::addRow);
        table.print(out, "  ");
        List<Honor> honors = registry.honors().ofProgram(program.id());
        int cap = program.definition().programCap().orElseThrow();
        int quota = program.definition().tiers().get(0).annualQuota();
        boolean ok = honors.size() == YEARS * quota && honors.size() == cap;
        out.println("核对：" + YEARS + "届共命名" + program.name() + " " + honors.size() + "名（" + YEARS + " × "
                + quota + " = 总数上限 " + cap + "）：" + (ok ? "一致" : "不一致"));
        long pool = registry.pool().sizeOn(endOfProgram);
        out.println("人才库 " + endOfProgram + "：" + pool + "人");
        Map<String, Long> byDistrict = honors.stream().collect(Collectors.groupingBy(
                h -> registry.artisans().get(h.artisanId()).details().region().name(), TreeMap::new, Collectors.counting()));
        out.println("获评人员分布（区县）：" + byDistrict.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("，")));
        revocation(honors, endOfProgram);
        poolYear(LocalDate.of(FIRST_YEAR + YEARS, 12, 31));
        out.println(String.format(Locale.ROOT, "Finished in %.1f s.", seconds(startNanos)));
        if (!ok) {
            throw new IllegalStateException("expected " + cap + " honors, the registry holds " + honors.size());
        }
    }

    private void revocation(List<Honor> honors, LocalDate endOfProgram) {
        LocalDate effective = LocalDate.of(FIRST_YEAR + YEARS, 3, 15);
        clock.moveTo(effective, LocalTime.of(10, 0));
        Honor honor = honors.stream().filter(h -> h.year() == FIRST_YEAR + 1).skip(7).findFirst().orElseThrow();
        Artisan artisan = registry.artisans().get(honor.artisanId());
        String name = artisan.name() + " (" + artisan.residentId().orElseThrow() + ")";
        Honor revoked = registry.honors().revoke(COMMITTEE, honor.id(), new RevocationRequest(RevocationReason.FRAUD,
                "经核查，其申报材料中的发明专利证书系伪造", effective, "淄博市总工会、中共淄博市委组织部、淄博市人力资源和社会保障局"));
        long onRecord = registry.honors().ofProgram(program.id()).size();
        out.println("撤销称号 " + effective + "：" + name + " 的 " + revoked.describe() + "，原因："
                + registry.text(revoked.revocation().orElseThrow().reason()) + "；荣誉记录仍为 " + onRecord
                + " 条（被撤销的一条留存备查）；人才库 " + endOfProgram + "："
                + registry.pool().sizeOn(endOfProgram) + "人，" + effective + "：" + registry.pool().sizeOn(effective) + "人");
    }

    // ---- the talent pool a year after the program ---------------------------------------------------

    /**
     * The union's year with the pool: an innovation class, campus talks and media features, then the summary
     * its annual report prints.
     */
    private void poolYear(LocalDate endOfYear) {
        int year = endOfYear.getYear();
        TalentPool pool = registry.pool();
        List<PoolMember> members = new ArrayList<>();
        PoolQuery query = PoolQuery.asOf(LocalDate.of(year, 4, 1)).page(0, 50).build();
        for (Optional<PoolQuery> next = Optional.of(query); next.isPresent(); ) {
            PoolPage page = pool.query(next.get());
            members.addAll(page.members());
            next = page.next();
        }
        // The union's clerk records the year's engagements in one sitting before the annual report.
        clock.moveTo(endOfYear, LocalTime.of(9, 0));
        for (PoolMember m : members.subList(0, 40)) {
            pool.recordEngagement(UNION_OFFICE, m.artisanId(), new EngagementDetails.Training("第" + (year - 2016)
                    + "期淄博工匠创新能力提升培训班", "淄博市总工会", LocalDate.of(year, 4, 12), LocalDate.of(year, 4, 16),
                    new BigDecimal("40"), Optional.of("结业")));
        }
        String[] schools = {"淄博职业学院", "山东理工大学", "淄博市工业学校", "淄博建筑工程学校"};
        TalkKind[] kinds = TalkKind.values();
        for (int i = 0; i < 30; i++) {
            PoolMember m = members.get(random.nextInt(members.size()));
            LocalDate day = LocalDate.of(year, 3 + i % 9, 10 + i % 15);
            pool.recordEngagement(UNION_OFFICE, m.artisanId(), new EngagementDetails.CampusTalk(schools[i % schools.length],
                    day, kinds[i % kinds.length], 150 + random.nextInt(500)));
        }
        // A media feature needs the honoree's consent to publicity, recorded before it airs.
        for (PoolMember m : members.subList(0, 12)) {
            registry.consents().give(UNION_OFFICE, new ConsentGrant(m.artisanId(), ConsentPurpose.MEDIA,
                    LocalDate.of(year, 5, 1), "《媒体宣传同意书》" + year + "-" + m.artisanId()));
        }
        for (int i = 0; i < 12; i++) {
            PoolMember m = members.get(i);
            boolean video = i % 2 == 0;
            pool.recordEngagement(UNION_OFFICE, m.artisanId(), new EngagementDetails.MediaFeature(
                    video ? "爱·工惠 App" : "淄博电视台", video ? MediaKind.MICRO_VIDEO : MediaKind.TV_INTERVIEW,
                    LocalDate.of(year, 6 + i / 2, 8), video ? "匠心筑梦 · " + m.name() : "《小语访谈》：" + m.name(),
                    Optional.empty()));
        }
        PoolTotals totals = pool.totals(endOfYear);
        out.println("人才库 " + endOfYear + "：" + totals.members() + "人");
        out.println("  按职业：" + counts(totals.byTrade()));
        out.println("  按区县：" + counts(totals.byRegion()));
        out.println("  按获评年度：" + counts(totals.byYear()));
        EngagementSummary summary = pool.engagementSummary(year);
        out.println(year + "年活动：" + summary.engagements() + "次，涉及" + summary.artisans() + "人");
        out.println("  " + EngagementKind.TRAINING.chineseName() + " " + summary.byKind().get(EngagementKind.TRAINING) + "（"
                + summary.trainingHours().toPlainString() + "学时）；" + EngagementKind.CAMPUS_TALK.chineseName() + " "
                + summary.byKind().get(EngagementKind.CAMPUS_TALK) + "（" + summary.byTalkKind().entrySet().stream()
                        .map(e -> e.getKey().chineseName() + " " + e.getValue()).collect(Collectors.joining("，"))
                + "；听众" + count(summary.talkAudience()) + "人次）；" + EngagementKind.MEDIA_FEATURE.chineseName() + " "
                + summary.byKind().get(EngagementKind.MEDIA_FEATURE) + "（" + summary.byMediaKind().entrySet().stream()
                        .filter(e -> e.getValue() > 0).map(e -> e.getKey().chineseName() + " " + e.getValue())
                        .collect(Collectors.joining("，")) + "）");
        PoolPage busiest = pool.query(PoolQuery.asOf(endOfYear).engagementsBetween(LocalDate.of(year, 1, 1),
                endOfYear.plusDays(1), 1).sortBy(PoolSort.MOST_ENGAGEMENTS).page(0, 3).build());
        out.println("  活动最多：" + busiest.members().stream().map(m -> m.name() + "（" + m.occupation().name() + "，"
                + m.engagements() + "次）").collect(Collectors.joining("，")));
        PoolMember first = busiest.members().get(0);
        out.println("  " + first.name() + " 在人才库的依据：" + pool.explain(first.artisanId(), endOfYear)
                .explain(registry.locale()).replace("\n", " "));
    }

    private static String counts(List<PoolCount> counts) {
        return counts.stream().map(c -> c.name() + " " + c.members()).collect(Collectors.joining("，"));
    }

    // ---- output helpers ------------------------------------------------------------------------

    /**
     * Says which step starts, Chinese first (HR staff read Chinese), then English: a first run of the
     * example takes a while, and should never look stuck.
     */
    private void step(int step, String zh, String en, String what) {
        out.println(String.format(Locale.ROOT, "[%5.1fs] [%d/%d] %s %s: %s…", seconds(startNanos), step, STEPS, zh, en, what));
    }

    private void progress(int year, String stage, long stageStarted, String text) {
        out.println(String.format(Locale.ROOT, "[%5.1fs] %d %-13s %5.1fs  %s", seconds(startNanos), year, stage,
                seconds(stageStarted), text));
        notes.forEach(this::detail);
        notes.clear();
    }

    /** Keeps a line about the stage under way, to print under the stage's progress line. */
    private void note(String text) {
        notes.add(text);
    }

    /** Prints a line about the stage just reported. */
    private void detail(String text) {
        out.println(INDENT + text);
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(BigDecimal weight) {
        return weight.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * The working calendar of 2016-2020 for counting public-notice days: weekdays, less the Dragon Boat
     * Festival (端午节) holidays, plus the weekend days worked in exchange (调休).
     */
    private static final class DragonBoatCalendar {
        private static final Map<LocalDate, String> HOLIDAYS = Map.of(
                LocalDate.of(2016, 6, 9), "端午节", LocalDate.of(2016, 6, 10), "端午节",
                LocalDate.of(2017, 5, 29), "端午节", LocalDate.of(2017, 5, 30), "端午节",
                LocalDate.of(2018, 6, 18), "端午节",
                LocalDate.of(2019, 6, 7), "端午节",
                LocalDate.of(2020, 6, 25), "端午节", LocalDate.of(2020, 6, 26), "端午节");
        private static final Set<LocalDate> WORKED_WEEKENDS = Set.of(
                LocalDate.of(2016, 6, 12), LocalDate.of(2017, 5, 27), LocalDate.of(2020, 6, 28));
        static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(HOLIDAYS.keySet(), WORKED_WEEKENDS);

        /** Lists the days from start to end that are not working days, and why. */
        static String daysOff(LocalDate start, LocalDate end) {
            List<String> off = new ArrayList<>();
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                if (!CALENDAR.isWorkingDay(d)) {
                    off.add(d.toString().substring(5) + " " + HOLIDAYS.getOrDefault(d,
                            d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
                }
            }
            String worked = WORKED_WEEKENDS.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).sorted()
                    .map(d -> d.toString().substring(5) + " " + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                            + " worked in exchange (调休)")
                    .collect(Collectors.joining(", "));
            return (off.isEmpty() ? "none" : String.join(", ", off)) + (worked.isEmpty() ? "" : "; counted: " + worked);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZIBO).toInstant();
    }
}
