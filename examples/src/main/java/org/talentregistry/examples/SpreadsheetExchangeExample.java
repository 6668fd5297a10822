package org.talentregistry.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ExportReport;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.EmbeddedRegistry;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

/**
 * Spreadsheets in and out: imports 1,000 artisans from a GBK CSV as an HR office's software writes it
 * (a title and the filing office above the header; five rows are bad and reported, in Chinese, with masked
 * identity numbers), takes 30 of them through a
 * 2024 round whose applications and vote log are imported as sheets too, and exports the talent pool, the
 * ranking, the honor roll, and the bureau's priority sheet (sent as an Excel 97-2003 .xls), as XLSX. A month later the honorees' training
 * class comes in as a sheet, and the pool goes to the bureau with numbers only where consent holds.
 *
 * <p>Run it from the project root with {@code mvn -q -pl examples -am test-compile exec:exec
 * -Dexec.mainClass=org.talentregistry.examples.SpreadsheetExchangeExample}; pass {@code -Dexample.args=dir}
 * to choose where the database and the sheets go (default {@code target/example-exchange}), which is
 * emptied of them first.
 */
public final class SpreadsheetExchangeExample {
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final Actor HR = Actor.of("zbzgh-hr-01", "市总工会 人事科 张科长");
    private static final Actor BUREAU = Actor.of("zbrsj-01", "市人社局 职业能力建设科");
    private static final String CHIEF = "zibo-chief-technician";
    private static final String DECISION = "淄工发〔2024〕8号";
    /** The password the bureau saved its list of applicants with, given by telephone. */
    private static final String BUREAU_PASSWORD = "zbrsj2024";
    /** The password the union locks the pool it sends the bureau with, given by telephone too. */
    static final String POOL_PASSWORD = "zbzgh2024";

    private SpreadsheetExchangeExample() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the output folder
     */
    public static void main(String[] args) {
        QuietLogs.unlessChosen();
        run(Path.of(args.length > 0 ? args[0] : "target/example-exchange"), System.out);
    }

    /**
     * Runs the example.
     *
     * @param dir where the database and the sheets go; earlier ones there are deleted
     * @param out where to print
     */
    public static void run(Path dir, PrintStream out) {
        prepare(dir);
        ExampleClock clock = new ExampleClock(ZIBO, LocalDateTime.of(2024, 3, 1, 9, 0));
        try (TalentRegistry registry = EmbeddedRegistry.open(dir.resolve("registry"), b -> b.tenant(TenantId.of("zibo"))
                .clock(clock).voteSecret("example-secret-not-for-production".getBytes(StandardCharsets.UTF_8)))) {
            Exchange exchange = Exchange.of(registry);

            // The refused rows go back to the office that sent them, in its own columns with the reasons beside
            // them, to be mended and imported again: so with the numbers whole.
            ImportReport[] imported = new ImportReport[1];
            write(dir.resolve("未导入的行.xlsx"), o -> imported[0] = exchange.importArtisans(HR,
                    SheetSource.of(resource("zibo-artisans-gbk.csv")), ImportOptions.builder()
                            .refusedRowsTo(SheetFormat.XLSX, o, ExportOptions.revealingPersonalData()).build()));
            ImportReport artisans = imported[0];
            out.println("Imported zibo-artisans-gbk.csv (GBK, detected; its header on row " + artisans.headerRow()
                    + ", below the list's title and the office that filled it in): " + artisans.rowsRead()
                    + " rows read, " + artisans.created() + " artisans registered, " + artisans.refused()
                    + " rows refused");
            for (RowProblem p : artisans.problems()) {
                out.println("  第" + p.row() + "行 " + p.column() + " " + p.value() + "：" + p.reason(Locale.CHINESE));
            }
            write(dir.resolve("导入问题.xlsx"), o -> artisans.writeTo(SheetFormat.XLSX, o));
            ImportReport again = exchange.importArtisans(HR,
                    SheetSource.of(resource("zibo-artisans-gbk.csv")), ImportOptions.defaults());
            out.println("Imported it again: " + again.unchanged() + " rows unchanged, " + again.created()
                    + " registered, " + again.updated() + " updated");

            List<Artisan> applicants = registry.artisans().list(ArtisanQuery.builder().limit(30).build()).artisans();
            // A 2024 round that also takes employer nominations (单位推荐), which Zibo's 2016-2020 program did not.
            HonorProgram gold = registry.programs().define(HR, ProgramDefinition.zibo().toBuilder().years(2024, 1)
                    .channel(NominationChannel.EMPLOYER).clearCriteria().clearTiers()
                    .tier(new HonorTier("gold", "淄博金牌工匠", 20, true)).build());
            List<Honor> honors = runRound(registry, exchange, clock, gold, applicants, dir, out);
            out.println("Named " + honors.size() + " 淄博金牌工匠 by " + DECISION);

            LocalDate today = LocalDate.now(clock);
            long[] pool = new long[1];
            write(dir.resolve("人才库.xlsx"), o -> pool[0] = exchange.exportPool(today, SheetFormat.XLSX, o,
                    ExportOptions.masked()));
            out.println("Exported the talent pool on " + today + ": " + pool[0] + " members, identity numbers and phones masked");
            write(dir.resolve("表彰名单.xlsx"), o -> exchange.exportHonorRoll(DECISION, SheetFormat.XLSX, o));
            poolWork(registry, exchange, clock, honors, dir, out);

            registry.titles().define(BUREAU, TechnicianTitle.ziboChiefTechnician());
            registry.titles().definePolicy(BUREAU, new PriorityPolicy("zibo-chief", 2, CHIEF, LocalDate.of(2023, 1, 1),
                    Optional.empty(), BigDecimal.ZERO, List.of(
                            new PriorityCondition.HoldsHonor("gold-medal", gold.id(), Set.of("gold"), "持有淄博金牌工匠称号",
                                    "holds the Zibo Gold Medal Craftsman honor"),
                            new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));
            byte[] bureauSheet = bureauSheet(registry);
            write(dir.resolve("首席技师申报人员名单.xls"), o -> o.write(bureauSheet));
            ImportReport[] answered = new ImportReport[1];
            write(dir.resolve("优先条件核验.xlsx"), o -> answered[0] = exchange.answerPrioritySheet(
                    SheetSource.of(bureauSheet).withPassword(BUREAU_PASSWORD), CHIEF, LocalDate.of(2024, 5, 1),
                    SheetFormat.XLSX, o, ExportOptions.masked()));
            ImportReport priority = answered[0];
            out.println("Answered the bureau's priority sheet (an Excel 97-2003 .xls, opened with its password) of " + priority.rowsRead() + " applicants: "
                    + priority.created() + " decided, " + priority.refused() + " not decided:");
            for (RowProblem p : priority.problems()) {
                out.println("  第" + p.row() + "行 " + p.value() + "：" + p.reason(Locale.CHINESE));
            }
            out.println("Sheets written to " + dir + ": 导入问题.xlsx, 未导入的行.xlsx, 综合排名.xlsx, 人才库.xlsx, 表彰名单.xlsx, 人才库_报送人社局.xlsx, "
                    + "优先条件核验.xlsx");
        }
    }

    private static List<Honor> runRound(TalentRegistry registry, Exchange exchange, ExampleClock clock,
            HonorProgram gold, List<Artisan> applicants, Path dir, PrintStream out) {
        SelectionRounds rounds = registry.rounds();
        SelectionRound round = rounds.open(HR, gold.id(), 2024);
        StringBuilder applications = new StringBuilder("身份证号,姓名,推荐方式,推荐单位,是否在职\r\n");
        for (int i = 0; i < applicants.size(); i++) {
            Artisan a = applicants.get(i);
            boolean self = i % 3 != 0;
            applications.append(a.residentId().orElseThrow().value()).append(',').append(a.name()).append(',')
                    .append(self ? "个人自荐" : "单位推荐").append(',')
                    .append(self ? a.name() : a.details().employer().name()).append(",是\r\n");
        }
        ImportReport nominations = exchange.importNominations(HR, round.id(),
                SheetSource.of(applications.toString().getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        out.println("Imported the app's applications: " + nominations.created() + " nominations");
        rounds.closeNominations(HR, round.id());
        rounds.closeEligibilityReview(HR, round.id());
        Reviewer reviewer = rounds.addReviewer(HR, round.id(), "周教授", null);
        List<Nomination> nominees = rounds.nominations(round.id());
        for (int i = 0; i < nominees.size(); i++) {
            rounds.score(HR, reviewer.id(), nominees.get(i).id(), Map.of("skill", new BigDecimal(30 + i % 10),
                    "innovation", new BigDecimal(20 + i % 7), "contribution", new BigDecimal(20 + i % 9)));
        }
        rounds.closeExpertReview(HR, round.id());
        clock.moveTo(LocalDate.of(2024, 3, 5), LocalTime.of(9, 0));
        StringBuilder log = new StringBuilder("候选人编号,投票IP,投票时间\r\n");
        for (int i = 0; i < nominees.size(); i++) {
            for (int v = 0; v < (i * 13) % 40 + 5; v++) {
                log.append(nominees.get(i).id().value()).append(",10.").append(i).append('.').append(v / 200).append('.')
                        .append(v % 200).append(",2024-03-05 ").append(String.format(Locale.ROOT, "%02d:%02d", 10 + v / 60, v % 60))
                        .append("\r\n");
            }
        }
        log.append(nominees.get(0).id().value()).append(",10.0.0.0,2024-03-05 12:00\r\n");
        // The app's log of the day comes in that evening: a vote cast after the registry's now would be refused.
        clock.moveTo(LocalDate.of(2024, 3, 5), LocalTime.of(18, 0));
        ImportReport votes = exchange.importBallots(round.id(),
                SheetSource.of(log.toString().getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        out.println("Imported the vote log: " + votes.created() + " votes counted, " + votes.unchanged()
                + " duplicates (one vote per IP), " + votes.refused() + " refused");
        rounds.closeVoting(HR, round.id());
        write(dir.resolve("综合排名.xlsx"), o -> exchange.exportRanking(round.id(), SheetFormat.XLSX, o));
        rounds.startNotice(HR, round.id(), LocalDate.of(2024, 3, 6));
        clock.moveTo(LocalDate.of(2024, 3, 18), LocalTime.of(10, 0));
        return rounds.name(HR, round.id(), new NamingDecision(DECISION, LocalDate.of(2024, 3, 18), "淄博市总工会"));
    }

    /**
     * A month after naming: the union imports the honorees' training class as a sheet (twice: the second time
     * changes nothing), and hands the pool to the bureau with identity numbers and phones shown only for the
     * 15 honorees whose consent to sharing is on record; the other five stay masked, and the sheet says so.
     */
    private static void poolWork(TalentRegistry registry, Exchange exchange, ExampleClock clock, List<Honor> honors,
            Path dir, PrintStream out) {
        clock.moveTo(LocalDate.of(2024, 4, 20), LocalTime.of(9, 0));
        StringBuilder training = new StringBuilder("身份证号,姓名,培训班名称,主办单位,开始日期,结束日期,学时,培训结果\r\n");
        for (int i = 0; i < honors.size(); i++) {
            Artisan a = registry.artisans().get(honors.get(i).artisanId());
            training.append(a.residentId().orElseThrow().value()).append(',').append(a.name())
                    .append(",2024年淄博工匠创新能力提升培训班,淄博市总工会,2024-04-08,2024-04-12,40,结业\r\n");
            if (i < 15) {
                registry.consents().give(HR, new ConsentGrant(a.id(), ConsentPurpose.SHARING_WITH_BUREAU,
                        LocalDate.of(2024, 3, 18), "入库告知书签字"));
            }
        }
        byte[] sheet = training.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
        ImportReport first = exchange.importEngagements(HR, EngagementKind.TRAINING, SheetSource.of(sheet),
                ImportOptions.defaults());
        ImportReport again = exchange.importEngagements(HR, EngagementKind.TRAINING, SheetSource.of(sheet),
                ImportOptions.defaults());
        out.println("Imported the training class: " + first.created() + " engagements recorded; again: "
                + again.unchanged() + " unchanged, " + again.created() + " recorded");
        ExportReport[] shared = new ExportReport[1];
        write(dir.resolve("人才库_报送人社局.xlsx"), o -> shared[0] = exchange.exportPoolWithReport(LocalDate.now(clock),
                SheetFormat.XLSX, o, ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU)
                        .withPassword(POOL_PASSWORD)));
        out.println("Pool for the bureau (locked with a password): " + shared[0].reasonZh());
    }

    /**
     * The bureau's upload under its title, as its older system exports it: an Excel 97-2003 workbook (.xls),
     * which the exchange reads with {@code registry-exchange-xls} on the class path, saved with a password
     * since it lists identity numbers (the bureau gives the password apart from the file). 35 applicants from
     * the registry, one mistyped number, one stranger, one wrong name.
     */
    private static byte[] bureauSheet(TalentRegistry registry) {
        List<Artisan> some = new ArrayList<>(registry.artisans().list(ArtisanQuery.builder().limit(35).build()).artisans());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("2024年淄博市首席技师申报人员名单"));
        rows.add(List.of("序号", "姓名", "公民身份号码"));
        for (Artisan a : some) {
            rows.add(List.of(rows.size() - 1, a.name(), a.residentId().orElseThrow().value()));
        }
        rows.add(List.of(rows.size() - 1, some.get(0).name(), some.get(0).residentId().orElseThrow().value().substring(0, 16)));
        rows.add(List.of(rows.size() - 1, "张三", org.talentregistry.artisan.ResidentId.completing("37030319880808123").value()));
        rows.add(List.of(rows.size() - 1, "李四", some.get(1).residentId().orElseThrow().value()));
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet("申报人员");
            for (int r = 0; r < rows.size(); r++) {
                HSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Biff8EncryptionKey.setCurrentUserPassword(BUREAU_PASSWORD);
            try {
                workbook.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (var in = SpreadsheetExchangeExample.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) {
        try (OutputStream o = Files.newOutputStream(file)) {
            writing.to(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : List.of("registry.mv.db", "registry.trace.db", "导入问题.xlsx", "综合排名.xlsx", "人才库.xlsx",
                    "表彰名单.xlsx", "优先条件核验.xlsx", "人才库_报送人社局.xlsx", "首席技师申报人员名单.xls")) {
                Files.deleteIfExists(dir.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
