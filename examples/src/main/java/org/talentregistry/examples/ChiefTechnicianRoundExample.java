package org.talentregistry.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.jdbc.EmbeddedRegistry;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.PriorityScreen;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleVersion;

/**
 * The bureau's 2024 round for 淄博市首席技师 (Zibo Chief Technician), held by 淄博市 (370300) under the title's
 * 2023 rules: 40 applicants, some ineligible, some tied on the bureau's score, ranked with the priority rules
 * and explained in Chinese.
 *
 * <p>Eight of the applicants were named 淄博金牌工匠 in 2018 (one of whom lost the honor in 2023); the policy
 * in force in 2024 gives priority under equal conditions to holders of that honor, then to applicants aged 45
 * or under. After the selection the bureau revokes one title, cancels a 2025 round published with the wrong
 * date and opens it again, and records an applicant's withdrawal. The people, employers and scores are made up.
 */
public final class ChiefTechnicianRoundExample {
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final Actor UNION = Actor.of("zbzgh-01", "市总工会 张干事");
    private static final Actor BUREAU = Actor.of("zbrsj-07", "市人社局 孙科长");
    private static final String CHIEF = "zibo-chief-technician";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "立新", "海涛", "志强", "丽", "明", "伟", "静", "军"};
    /** Scores of the 40 applicants, with deliberate ties at 88.5, 86.0 and 84.0. */
    private static final String[] SCORES = {"93.5", "91.0", "88.5", "88.5", "88.5", "87.0", "86.0", "86.0", "86.0", "85.5",
        "85.0", "84.0", "84.0", "83.5", "83.0", "82.5", "82.0", "81.5", "81.0", "80.5",
        "80.0", "79.5", "79.0", "78.5", "78.0", "77.5", "77.0", "76.5", "76.0", "75.5",
        "75.0", "74.5", "74.0", "73.5", "73.0", "72.5", "72.0", "71.5", "71.0", "70.5"};

    private ChiefTechnicianRoundExample() {
    }

    /**
     * Runs the example on a fresh database at {@code target/example-db/chief-technician}, or at the path given.
     *
     * @param args an optional database path
     */
    public static void main(String[] args) {
        QuietLogs.unlessChosen();
        run(Path.of(args.length > 0 ? args[0] : "target/example-db/chief-technician"), System.out);
    }

    /**
     * Runs the example.
     *
     * @param db the database file, without its {@code .mv.db} ending; deleted first if it exists
     * @param out where to print
     */
    public static void run(Path db, PrintStream out) {
        deleteDatabase(db);
        ExampleClock clock = new ExampleClock(ZIBO, LocalDateTime.of(2018, 3, 1, 9, 0));
        try (TalentRegistry registry = EmbeddedRegistry.open(db, b -> b.tenant(TenantId.of("zibo")).clock(clock)
                .voteSecret("example-secret-not-for-production".getBytes(StandardCharsets.UTF_8)))) {
            List<Artisan> applicants = register(registry);
            HonorProgram gold = registry.programs().define(UNION, ProgramDefinition.zibo().toBuilder().clearCriteria()
                    .clearTiers().tier(new HonorTier("gold", "淄博金牌工匠", 20, true)).build());
            List<Honor> honors = nameGoldMedalists(registry, clock, gold, List.of(applicants.get(2), applicants.get(3),
                    applicants.get(7), applicants.get(8), applicants.get(11), applicants.get(15), applicants.get(30), applicants.get(36)));
            out.println("2018: 8 applicants named 淄博金牌工匠 by 淄工发〔2018〕12号");
            clock.moveTo(LocalDate.of(2023, 3, 1), java.time.LocalTime.of(10, 0));
            registry.honors().revoke(UNION, honors.get(3).id(), new RevocationRequest(RevocationReason.FRAUD,
                    "申报材料中的专利并非本人所有", LocalDate.of(2023, 3, 1), "淄博市总工会"));
            out.println("2023: the honor of " + registry.artisans().get(honors.get(3).artisanId()).name()
                    + " revoked effective 2023-03-01");

            // The title's rules changed in 2023 (the age rule came in); each round is decided under the rules of its date.
            TechnicianTitle rules2023 = TechnicianTitle.ziboChiefTechnician();
            TechnicianTitle rules2018 = new TechnicianTitle(CHIEF, rules2023.name(), rules2023.criteria().subList(0, 2),
                    30, rules2023.maxSelectionsPerPerson(), rules2023.termYears(), Map.of());
            registry.titles().defineVersion(BUREAU, rules2018, LocalDate.of(2018, 1, 1), Optional.empty());
            TitleVersion v2 = registry.titles().defineVersion(BUREAU, rules2023, LocalDate.of(2023, 1, 1), Optional.empty());
            for (TitleVersion v : registry.titles().versions(CHIEF)) {
                out.println("Rules: " + v.zh() + " / " + v.en());
            }
            PriorityCondition.HoldsHonor holdsGold = new PriorityCondition.HoldsHonor("gold-medal", gold.id(), Set.of("gold"),
                    "持有淄博金牌工匠称号", "holds the Zibo Gold Medal Craftsman honor");
            registry.titles().definePolicy(BUREAU, new PriorityPolicy("zibo-chief", 1, CHIEF, LocalDate.of(2018, 1, 1),
                    Optional.of(LocalDate.of(2023, 1, 1)), BigDecimal.ZERO, List.of(holdsGold)));
            registry.titles().definePolicy(BUREAU, new PriorityPolicy("zibo-chief", 2, CHIEF, LocalDate.of(2023, 1, 1),
                    Optional.empty(), BigDecimal.ZERO, List.of(holdsGold,
                            new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));

            clock.moveTo(LocalDate.of(2024, 8, 1), java.time.LocalTime.of(9, 0));
            TitleRound round = registry.titles().openRound(BUREAU, CHIEF, IssuingRegion.of("370300"), 2024,
                    LocalDate.of(2024, 9, 1));
            for (int i = 0; i < applicants.size(); i++) {
                clock.advance(java.time.Duration.ofMinutes(7));
                registry.titles().apply(BUREAU, round.id(), applicants.get(i).id(), new BigDecimal(SCORES[i]),
                        Declarations.inServiceWithCleanRecord());
            }
            TitleRanking ranking = registry.titles().ranking(round.id());
            print(out, registry, ranking);
            screen(out, registry, applicants, ranking);
            List<TitleAward> awards = registry.titles().select(BUREAU, round.id());
            out.println();
            out.println("Selected: " + awards.size() + " 淄博市首席技师, " + awards.get(0).startsOn() + " to "
                    + awards.get(0).endsOn().orElseThrow() + " (a four-year term, rules version " + v2.version() + ")");
            out.println(awards.get(0).zh());
            out.println(awards.get(0).en());
            afterTheSelection(out, registry, clock, awards.get(1), applicants.get(39));
        }
    }

    /** A title revoked, a round cancelled and opened again, an application withdrawn: what a bureau does later. */
    private static void afterTheSelection(PrintStream out, TalentRegistry registry, ExampleClock clock, TitleAward award,
            Artisan applicant) {
        out.println();
        out.println("After the selection:");
        clock.moveTo(LocalDate.of(2025, 1, 10), java.time.LocalTime.of(9, 0));
        TitleAward revoked = registry.titles().revokeAward(BUREAU, award.id(), new RevocationRequest(RevocationReason.FRAUD,
                "申报的技术革新成果系他人完成", LocalDate.of(2025, 1, 10), "淄博市人力资源和社会保障局"));
        out.println("  " + registry.artisans().get(award.artisanId()).name() + "：" + revoked.zh() + "；2025-02-01 仍持有："
                + (registry.titles().heldOn(award.artisanId(), LocalDate.of(2025, 2, 1)).isEmpty() ? "否" : "是"));
        // The round keeps the ranking its selection was made on: the revocation does not rewrite it.
        RankedApplicant kept = registry.titles().ranking(award.roundId()).applicants().stream()
                .filter(a -> a.artisanId().equals(award.artisanId())).findFirst().orElseThrow();
        out.println("  评选 " + award.roundId() + " 的排名仍是选定时的排名：" + kept.name() + " 第 " + kept.position() + " 名，"
                + (kept.selected() ? "入选" : "未入选") + "（撤销称号不改写当时的排名）");
        clock.moveTo(LocalDate.of(2025, 3, 3), java.time.LocalTime.of(9, 0));
        TitleRound wrongDate = registry.titles().openRound(BUREAU, CHIEF, IssuingRegion.of("370300"), 2025,
                LocalDate.of(2025, 9, 1));
        TitleRound cancelled = registry.titles().cancelRound(BUREAU, wrongDate.id(), "评选通知的评审日期有误，重新发布");
        TitleRound reopened = registry.titles().openRound(BUREAU, CHIEF, IssuingRegion.of("370300"), 2025,
                LocalDate.of(2025, 9, 15));
        out.println("  2025年度评选 " + cancelled.id() + " 于 " + cancelled.cancelledOn().orElseThrow() + " 撤销（"
                + cancelled.cancelReason().orElseThrow() + "），重新发布为评选 " + reopened.id() + "，评审日期 "
                + reopened.roundDate());
        registry.titles().apply(BUREAU, reopened.id(), applicant.id(), new BigDecimal("82.0"),
                Declarations.inServiceWithCleanRecord());
        registry.titles().withdrawApplication(BUREAU, reopened.id(), applicant.id(), "本人申请撤回（调往外市工作）");
        out.println("  " + applicant.name() + " 申报评选 " + reopened.id() + " 后撤回申报；该评选现有申报 "
                + registry.titles().ranking(reopened.id()).applicants().size() + " 人");
    }

    private static void print(PrintStream out, TalentRegistry registry, TitleRanking ranking) {
        out.println();
        out.println("2024 淄博市首席技师: 40 applicants ranked by score; equal scores ordered by the priority policy");
        out.println(ranking.header(Locale.CHINESE));
        out.println(ranking.header(Locale.ENGLISH));
        TextTable table = new TextTable("#", "姓名", "年龄", "得分", "资格", "优先", "入选", "说明");
        for (RankedApplicant a : ranking.applicants()) {
            table.addRow(a.position() == 0 ? "-" : String.valueOf(a.position()), a.name(),
                    String.valueOf(registry.artisans().get(a.artisanId()).ageOn(a.priority().asOf())),
                    a.score().toPlainString(), a.verdict().statusLabel(Locale.CHINESE), a.priority().hasPriority() ? "是" : "否",
                    a.selected() ? "是" : "否", a.note(Locale.CHINESE).orElse(""));
        }
        table.print(out, "");
        out.println();
        out.println("Why some stand where they do, in English:");
        ranking.applicants().stream().filter(a -> a.position() == 7 || a.position() == 31 || a.position() == 0).limit(3)
                .forEach(a -> out.println("  " + a.name() + ": " + a.note().orElse("")));
        out.println();
        out.println("Priority explanations (同等条件下) for the tied applicants:");
        for (RankedApplicant a : ranking.applicants()) {
            if (a.verdict().status() != Eligibility.INELIGIBLE && isTied(ranking, a)) {
                out.println("  " + a.name() + " (" + a.score().toPlainString() + "): "
                        + a.priority().explain(Locale.CHINESE).replace("\n", " "));
            }
        }
    }

    /**
     * The bureau's other question, asked of a whole list at once: who has priority on the round's date. A screen
     * answers with a bit per applicant and condition and decides only for those asked about; its answers must be
     * the ranking's.
     */
    private static void screen(PrintStream out, TalentRegistry registry, List<Artisan> applicants, TitleRanking ranking) {
        List<ArtisanId> ids = applicants.stream().map(Artisan::id).toList();
        PriorityScreen screen = registry.priority().screen(ids, CHIEF, ranking.round().roundDate());
        boolean agrees = ranking.applicants().stream()
                .allMatch(a -> a.priority().hasPriority() == screen.hasPriority(ids.indexOf(a.artisanId())));
        out.println();
        out.println("优先筛查 " + screen.size() + " 人（" + screen.policy().id() + " 第" + screen.policy().version() + "版，"
                + screen.asOf() + "）：" + screen.countWithPriority() + " 人同等条件下享有优先，其中持有淄博金牌工匠称号 "
                + screen.meeting(0).count() + " 人，45周岁以下 " + screen.meeting(1).count() + " 人；"
                + (agrees ? "与排名一致" : "与排名不一致"));
        screen.meeting(0).findFirst().ifPresent(i -> out.println("  " + applicants.get(i).name() + "："
                + screen.decision(i).explain(Locale.CHINESE).replace("\n", " ")));
    }

    private static boolean isTied(TitleRanking ranking, RankedApplicant a) {
        return ranking.applicants().stream().filter(o -> o != a && o.verdict().status() != Eligibility.INELIGIBLE)
                .anyMatch(o -> o.score().compareTo(a.score()) == 0);
    }

    private static List<Artisan> register(TalentRegistry registry) {
        Occupation fitter = Occupation.of("6-20-01-01", "钳工");
        Employer employer = Employer.of("山东淄博机械装备有限公司", creditCode("91370303MA3N0007"));
        List<Artisan> artisans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int year = 1972 + (i * 7) % 26;
            LocalDate born = LocalDate.of(year, 1 + i % 12, 1 + i % 27);
            ResidentId id = ResidentId.completing("370303" + born.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", 100 + i));
            // Every fifth applicant holds only 高级工: below the title's 技师 requirement.
            SkillLevel level = i % 5 == 4 ? SkillLevel.SENIOR_WORKER : (i % 3 == 0 ? SkillLevel.SENIOR_TECHNICIAN : SkillLevel.TECHNICIAN);
            ArtisanDetails details = ArtisanDetails.builder()
                    .name(SURNAMES[i % 10] + GIVEN[(i / 10 + i) % 10])
                    .residentId(id)
                    .employer(employer)
                    .occupation(fitter)
                    .region(Region.of("370303", "张店区"))
                    .startedInTradeOn(born.plusYears(18))
                    .addCertificate(SkillCertificate.builder().level(level).occupation(fitter).number("C2015-" + (1000 + i))
                            .issuer("淄博市人力资源和社会保障局").issuedOn(LocalDate.of(2015, 6, 1)).build())
                    .build();
            Artisan artisan = registry.artisans().register(UNION, details);
            artisans.add(artisan);
        }
        return artisans;
    }

    private static List<Honor> nameGoldMedalists(TalentRegistry registry, ExampleClock clock, HonorProgram gold,
            List<Artisan> honorees) {
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(UNION, gold.id(), 2018);
        List<Nomination> nominations = new ArrayList<>();
        for (Artisan a : honorees) {
            nominations.add(rounds.nominate(UNION, round.id(), new NominationRequest(a.id(), NominationChannel.SELF, a.name(),
                    Declarations.inServiceWithCleanRecord())));
        }
        rounds.closeNominations(UNION, round.id());
        rounds.closeEligibilityReview(UNION, round.id());
        Reviewer reviewer = rounds.addReviewer(UNION, round.id(), "周教授", null);
        for (Nomination n : nominations) {
            rounds.score(UNION, reviewer.id(), n.id(), Map.of("skill", new BigDecimal("36"),
                    "innovation", new BigDecimal("25"), "contribution", new BigDecimal("26")));
        }
        rounds.closeExpertReview(UNION, round.id());
        rounds.closeVoting(UNION, round.id());
        rounds.startNotice(UNION, round.id(), LocalDate.of(2018, 3, 1));
        clock.moveTo(LocalDate.of(2018, 3, 12), java.time.LocalTime.of(10, 0));
        return rounds.name(UNION, round.id(), new NamingDecision("淄工发〔2018〕12号", LocalDate.of(2018, 3, 12), "淄博市总工会"));
    }

    private static CreditCode creditCode(String first16) {
        return CreditCode.completing(first16 + "X");
    }

    private static void deleteDatabase(Path db) {
        try {
            Files.deleteIfExists(Path.of(db + ".mv.db"));
            Files.deleteIfExists(Path.of(db + ".trace.db"));
            Path parent = db.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
