package org.talentregistry.exchange.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.TenantRegistries;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

/**
 * Excel 97-2003 workbooks imported as offices send them, and workbooks locked with a password read and
 * written, on every database: the module on the class path is all it takes. Each test works in a tenant of
 * its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class XlsImportContractTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    /** Thursday 2018-03-01, 10:00 in Zibo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADER = List.of("姓名", "身份证号", "手机号", "工作单位", "统一社会信用代码", "职业（工种）",
            "职业代码", "所在区县", "区县代码", "参加工作时间", "技能等级", "证书编号", "发证机关", "发证日期");

    @RegisterExtension
    final TenantRegistries registries = TenantRegistries.of(this::database, CLOCK);
    private TalentRegistry registry;
    private Exchange exchange;
    @TempDir
    Path folder;

    abstract Database database();

    @BeforeEach
    void newTenant() {
        registry = registries.newTenant();
        exchange = Exchange.of(registry);
    }

    static ResidentId residentId(int i) {
        return ResidentId.completing("370303" + (1960 + i % 20) + "0101" + String.format(Locale.ROOT, "%03d", i / 20 % 999 + 1));
    }

    /** An artisan row as an office types it: a phone typed as a number, dates as Excel dates. */
    static List<Object> artisan(int i) {
        return new ArrayList<>(List.of("工匠" + i, residentId(i).value(), 13812340000L + i, "淄博张店汽车维修有限公司",
                "91370303MA3C0001K0", "汽车维修工", "4-12-01-01", "张店区", "370303",
                new XlsFiles.Dated(LocalDate.of(2000, 7, 1), "yyyy\"年\"m\"月\"d\"日\""), i % 2 == 0 ? "二级" : "高级工",
                "T" + i, "淄博市人力资源和社会保障局", new XlsFiles.Dated(LocalDate.of(2012, 3, 1), "yyyy/m/d")));
    }

    private static List<List<Object>> list(List<?> above, int count) {
        List<List<Object>> rows = new ArrayList<>();
        if (!above.isEmpty()) {
            rows.add(new ArrayList<>(above));
        }
        rows.add(new ArrayList<>(HEADER));
        for (int i = 0; i < count; i++) {
            rows.add(artisan(i));
        }
        return rows;
    }

    @Test
    void importArtisans_xlsAsAnOfficeTypesIt_registersEach_withDatesAndNumbersAsTheOfficeSawThem() {
        XlsFiles xls = new XlsFiles();
        List<List<Object>> rows = list(List.of("2018年张店区技能人才名单"), 4);
        // A resident ID typed into a number cell: Excel kept fifteen digits of it.
        rows.get(5).set(1, Double.parseDouble(residentId(3).value().substring(0, 17)) * 10);
        HSSFSheet sheet = xls.sheet("人员", rows);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(xls.bytes()), ImportOptions.defaults());

        assertThat(report.headerRow()).isEqualTo(2);
        assertThat(report.created()).as(report.problems().toString()).isEqualTo(3);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("身份证号");
            assertThat(p.reasonZh()).contains("数字");
        });
        Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        assertThat(first.name()).isEqualTo("工匠0");
        assertThat(first.details().phone()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("13812340000"));
        assertThat(first.details().startedInTradeOn()).isEqualTo(LocalDate.of(2000, 7, 1));
        assertThat(first.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(registry.artisans().findByResidentId(residentId(3))).isEmpty();
    }

    @Test
    void importArtisans_xlsWithHiddenRowsAndMergedCells_refusesTheHidden_andFillsTheMerged() {
        XlsFiles xls = new XlsFiles();
        List<List<Object>> rows = list(List.of(), 4);
        // The employer typed once for rows 2 and 3 of the sheet, merged down over both.
        rows.get(2).set(3, null);
        HSSFSheet sheet = xls.sheet("人员", rows);
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
        sheet.getRow(3).setZeroHeight(true);

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(xls.bytes()), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind)
                .containsExactly(tuple(4L, RowProblem.Kind.LAYOUT));
        assertThat(report.problems().get(0).reasonZh()).contains("隐藏");
        assertThat(registry.artisans().findByResidentId(residentId(1)).orElseThrow().details().employer().name())
                .isEqualTo("淄博张店汽车维修有限公司");
        assertThat(registry.artisans().findByResidentId(residentId(2))).isEmpty();
    }

    @Test
    void importArtisans_xlsOfSeveralLists_readsOneAndNamesTheOthers_andListsInGivesEach() throws Exception {
        XlsFiles xls = new XlsFiles();
        xls.sheet("填表说明", List.of(List.of("请按模板填写，日期写成2018-06-13")));
        xls.sheet("张店区", list(List.of(), 2));
        List<List<?>> zichuan = List.of(HEADER, artisan(5), artisan(6));
        xls.sheet("淄川区", zichuan);
        xls.sheet("旧名单", list(List.of(), 1));
        xls.workbook().setSheetHidden(3, true);
        Path file = Files.write(folder.resolve("各区县名单.xls"), xls.bytes());

        ImportReport mixed = exchange.importArtisans(CLERK, SheetSource.of(file),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());
        List<SheetSource> lists = exchange.listsIn(SheetKind.ARTISANS, SheetSource.of(file));

        assertThat(mixed.committed()).isFalse();
        assertThat(mixed.sheet()).isEqualTo("张店区");
        assertThat(mixed.problems()).singleElement().satisfies(p -> assertThat(p.reasonZh())
                .contains("「张店区」", "淄川区").doesNotContain("旧名单", "填表说明"));
        assertThat(lists).extracting(s -> s.sheet().orElseThrow()).containsExactly("张店区", "淄川区");
        for (SheetSource list : lists) {
            ImportReport each = exchange.importArtisans(CLERK, list, ImportOptions.defaults());
            assertThat(each.isClean()).isTrue();
            assertThat(each.sheet()).isEqualTo(list.sheet().orElseThrow());
        }
        assertThat(registry.artisans().findByResidentId(residentId(1))).isPresent();
        assertThat(registry.artisans().findByResidentId(residentId(6))).isPresent();
    }

    @Test
    void importArtisans_xlsCutShort_isReportedForWhatItIs_andNothingIsWritten() {
        byte[] whole = new XlsFiles().withSheet("人员", list(List.of(), 300));

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(java.util.Arrays.copyOf(whole,
                whole.length / 2)), ImportOptions.defaults());

        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
            assertThat(p.reasonZh()).startsWith("文件").contains("已损坏");
        });
        assertThat(registry.artisans().findByResidentId(residentId(0))).isEmpty();
    }

    @Test
    void importArtisans_aWorkbookProtectedByAPassword_isReadWithIt_andWithoutItOrWithAWrongOneNothingIsWritten()
            throws Exception {
        XlsFiles xls = new XlsFiles();
        xls.sheet("人员", list(List.of(), 3));
        byte[] lockedXls = xls.bytesWithPassword("zibo2018");
        List<List<?>> others = List.of(HEADER, artisan(10), artisan(11));
        byte[] lockedXlsx = XlsFiles.encrypted(XlsFiles.xlsx("人员", others),
                org.apache.poi.poifs.crypt.EncryptionMode.agile, "zibo2018");
        Path xlsxFile = Files.write(folder.resolve("技能人才名单（加密）.xlsx"), lockedXlsx);

        for (SheetSource locked : List.of(SheetSource.of(lockedXls), SheetSource.of(xlsxFile))) {
            ImportReport without = exchange.importArtisans(CLERK, locked, ImportOptions.defaults());
            ImportReport wrong = exchange.importArtisans(CLERK, locked.withPassword("zibo2019"), ImportOptions.defaults());

            assertThat(without.committed()).isFalse();
            assertThat(without.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
                assertThat(p.reasonZh()).startsWith("文件是加了密码的工作簿").contains("凭发件单位告知的密码导入");
            });
            assertThat(wrong.committed()).isFalse();
            assertThat(wrong.problems()).singleElement().satisfies(p -> {
                assertThat(p.reasonZh()).contains("所给密码不正确");
                assertThat(p.reasonEn()).contains("the password given does not open it");
            });
            assertThat(wrong.toString()).doesNotContain("zibo2019");
        }
        assertThat(registry.artisans().findByResidentId(residentId(0))).isEmpty();
        assertThat(registry.artisans().findByResidentId(residentId(10))).isEmpty();

        ImportReport fromXls = exchange.importArtisans(CLERK, SheetSource.of(lockedXls).withPassword("zibo2018"),
                ImportOptions.defaults());
        SheetSource xlsx = SheetSource.of(xlsxFile).withPassword("zibo2018");
        List<SheetSource> lists = exchange.listsIn(SheetKind.ARTISANS, xlsx);
        ImportReport fromXlsx = exchange.importArtisans(CLERK, xlsx, ImportOptions.defaults());

        assertThat(fromXls.created()).isEqualTo(3);
        assertThat(fromXlsx.created()).isEqualTo(2);
        assertThat(fromXlsx.sheet()).isEqualTo("人员");
        assertThat(lists).extracting(s -> s.sheet().orElseThrow()).containsExactly("人员");
        assertThat(lists.get(0).toString()).doesNotContain("zibo2018").contains("password=******");
        assertThat(registry.artisans().findByResidentId(residentId(2))).hasValueSatisfying(a -> assertThat(
                a.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1)));
        assertThat(registry.artisans().findByResidentId(residentId(11))).hasValueSatisfying(a -> assertThat(
                a.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1)));
    }

    @Test
    void exportArtisans_withAPassword_writesTheSameWorkbookLocked_whichOpensWithThePasswordAlone() throws Exception {
        exchange.importArtisans(CLERK, SheetSource.of(new XlsFiles().withSheet("人员", list(List.of(), 4))),
                ImportOptions.defaults());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportArtisans(org.talentregistry.artisan.ArtisanQuery.all(), LocalDate.of(2018, 3, 1),
                SheetFormat.XLSX, plain, ExportOptions.revealingPersonalData());

        long rows = exchange.exportArtisans(org.talentregistry.artisan.ArtisanQuery.all(), LocalDate.of(2018, 3, 1),
                SheetFormat.XLSX, out, ExportOptions.revealingPersonalData().withPassword("zibo2018"));
        byte[] locked = out.toByteArray();

        assertThat(rows).isEqualTo(4);
        assertThat(locked).startsWith(0xD0, 0xCF, 0x11, 0xE0);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new java.io.ByteArrayInputStream(locked))) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            assertThat(info.getHeader().getCipherAlgorithm()).isEqualTo(org.apache.poi.poifs.crypt.CipherAlgorithm.aes256);
        }
        assertThat(new String(locked, StandardCharsets.ISO_8859_1)).doesNotContain("PK\u0003\u0004", "workbook.xml");
        assertThat(XlsFiles.texts(XlsFiles.decrypted(locked, "zibo2018"))).isEqualTo(XlsFiles.texts(plain.toByteArray()))
                .anySatisfy(row -> assertThat(row).contains(residentId(3).value()));
        assertThat(exchange.listsIn(SheetKind.ARTISANS, SheetSource.of(locked).withPassword("zibo2018")))
                .extracting(s -> s.sheet().orElseThrow()).containsExactly("人员名单");
        assertThat(exchange.listsIn(SheetKind.ARTISANS, SheetSource.of(locked))).as("no list found: the source itself")
                .singleElement().satisfies(s -> assertThat(s.sheet()).isEmpty());
    }

    @Test
    void theRefusedRows_withAPassword_areAWorkbookLockedWithIt() throws Exception {
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        List<List<Object>> withABadRow = list(List.of(), 1);
        withABadRow.add(new ArrayList<>(List.of("王建国", "370303198001011234")));

        exchange.importArtisans(CLERK, SheetSource.of(new XlsFiles().withSheet("人员", withABadRow)),
                ImportOptions.builder().refusedRowsTo(SheetFormat.XLSX, refused,
                        ExportOptions.revealingPersonalData().withPassword("zibo2018")).build());

        assertThat(XlsFiles.texts(XlsFiles.decrypted(refused.toByteArray(), "zibo2018")))
                .anySatisfy(row -> assertThat(row).contains("王建国", "370303198001011234"));
        assertThatThrownBy(() -> XlsFiles.decrypted(refused.toByteArray(), "zbrsj2018"))
                .hasMessageContaining("password");
    }

    @Test
    void importArtisans_aWorkbookNamedAsWpsNamesItsOwn_isToldByItsContent() throws Exception {
        // WPS's own .et files are, by published accounts, OLE2 workbooks of the .xls kind; none was at hand.
        Path et = Files.write(folder.resolve("人员名单.et"), new XlsFiles().withSheet("人员", list(List.of(), 2)));

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(et), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.sheet()).isEqualTo("人员");
    }

    @Test
    void importArtisans_aNamedSheetOfAnXls_isRead_andAMissingOneReportedWithTheSheetsThereAre() {
        XlsFiles xls = new XlsFiles();
        xls.sheet("张店区", list(List.of(), 1));
        xls.sheet("淄川区", List.of(HEADER, artisan(7)));
        byte[] file = xls.bytes();

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(file).withSheet("淄川区"),
                ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(registry.artisans().findByResidentId(residentId(7))).isPresent();
        assertThat(registry.artisans().findByResidentId(residentId(0))).isEmpty();
        ImportReport missing = exchange.importArtisans(CLERK, SheetSource.of(file).withSheet("周村区"), ImportOptions.defaults());
        assertThat(missing.created()).isZero();
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(org.talentregistry.exchange.RowProblem.Kind.LAYOUT);
            assertThat(p.reasonZh()).isEqualTo("文件中没有名为「周村区」的工作表（工作簿中的工作表：张店区、淄川区）");
        });
    }

    /** Cells no office should send, in every type a workbook cell has. */
    private static final List<Object> HOSTILE_CELLS = List.of("a\u0000b", "王\u0007建国", "王\uD840", "王\n建国", "", "   ",
            "王".repeat(101), "x".repeat(10_000), "𠀀".repeat(51), "'; DROP TABLE tr_artisan; --", "\u202E王建国", "\uFEFF王",
            "😀", "=1+1", "@SUM(A1)", "3.70303E+17", "2018年2月30日", "0000-00-00", "九级", "高级技师", "370303780512013",
            "91370303MA3C0001K0", "13812345678", "填表人：张三", "合计", 3.70303197805120e17, -1, 0, 0.5, 1e308, -1e-308,
            2_958_466, 99_999_999_999L, Boolean.TRUE, new XlsFiles.Dated(LocalDate.of(1900, 1, 1), "yyyy-mm-dd"),
            new XlsFiles.Dated(LocalDate.of(9999, 12, 31), "yyyy\"年\"m\"月\"d\"日\""),
            new XlsFiles.Dated(LocalDate.of(2018, 6, 13), "0.00"), new XlsFiles.Dated(LocalDate.of(2018, 6, 13), "@"));

    /**
     * Hostile workbooks from a fixed seed: valid rows with about a quarter of their cells replaced by hostile text,
     * numbers, booleans and dates in odd formats, rows hidden and cells merged at random, headers shuffled or
     * spoilt, in both modes, half of them from a file. Every import must end in a report, never an exception;
     * its counts must agree with what the registry holds after it, and no report may show an identity number.
     */
    @Test
    void imports_ofHostileWorkbooks_endInAReport_andWriteWhatTheyCount() throws Exception {
        java.util.Random random = new java.util.Random(20_261_206L);
        java.util.regex.Pattern unmaskedId = java.util.regex.Pattern.compile("(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])");
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            List<Object> header = new ArrayList<>(HEADER);
            switch (random.nextInt(4)) {
                case 0 -> java.util.Collections.swap(header, random.nextInt(14), random.nextInt(14));
                case 1 -> header.set(random.nextInt(14), HOSTILE_CELLS.get(random.nextInt(HOSTILE_CELLS.size())));
                default -> {
                }
            }
            List<List<Object>> rows = new ArrayList<>(List.of(header));
            for (int r = 0; r < 1 + random.nextInt(12); r++) {
                List<Object> row = artisan(n * 20 + r);
                for (int c = 0; c < row.size(); c++) {
                    if (random.nextInt(4) == 0) {
                        row.set(c, HOSTILE_CELLS.get(random.nextInt(HOSTILE_CELLS.size())));
                    }
                }
                rows.add(row);
            }
            XlsFiles xls = new XlsFiles();
            HSSFSheet sheet = xls.sheet("人员", rows);
            if (random.nextBoolean()) {
                int first = random.nextInt(rows.size());
                sheet.addMergedRegion(new CellRangeAddress(first, Math.min(rows.size() - 1, first + 1 + random.nextInt(3)),
                        random.nextInt(13), 13));
            }
            if (rows.size() > 2 && random.nextBoolean()) {
                sheet.getRow(1 + random.nextInt(rows.size() - 1)).setZeroHeight(true);
            }
            byte[] content = xls.bytes();
            SheetSource source = n % 2 == 0 ? SheetSource.of(Files.write(folder.resolve("hostile" + n + ".xls"), content))
                    : SheetSource.of(content);
            ImportOptions options = ImportOptions.builder()
                    .mode(random.nextBoolean() ? ImportMode.ALL_OR_NOTHING : ImportMode.GOOD_ROWS).build();
            long before = registry.artisans().count(org.talentregistry.artisan.ArtisanQuery.all());
            ImportReport report;
            try {
                report = exchange.importArtisans(CLERK, source, options);
            } catch (RuntimeException e) {
                failures.add("workbook " + n + " threw " + e);
                continue;
            }
            long after = registry.artisans().count(org.talentregistry.artisan.ArtisanQuery.all());
            if (after - before != report.created() || !report.committed() && after != before) {
                failures.add("workbook " + n + ": " + report + " but the registry grew by " + (after - before));
            }
            if (report.refused() > 0 && report.problems().isEmpty()) {
                failures.add("workbook " + n + ": refused rows without a problem: " + report);
            }
            for (RowProblem p : report.problems()) {
                if (unmaskedId.matcher(p.value() + " " + p.reasonZh() + " " + p.reasonEn()).find()) {
                    failures.add("workbook " + n + ": an identity number shown in " + p);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void importArtisans_xlsAgain_changesNothing() {
        byte[] xls = new XlsFiles().withSheet("人员", list(List.of(), 3));

        ImportReport first = exchange.importArtisans(CLERK, SheetSource.of(xls), ImportOptions.defaults());
        ImportReport again = exchange.importArtisans(CLERK, SheetSource.of(xls), ImportOptions.defaults());

        assertThat(first.created()).isEqualTo(3);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void prioritySheet_fromABureausXls_isAnsweredRowByRow_lockedWithAPasswordIfAsked() throws Exception {
        exchange.importArtisans(CLERK, SheetSource.of(new XlsFiles().withSheet("人员", list(List.of(), 2))),
                ImportOptions.defaults());
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(2018, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(
                        new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));
        byte[] upload = new XlsFiles().withSheet("申报人员", List.of(List.of("2018年首席技师申报人员名单"),
                List.of("序号", "姓名", "身份证号"), List.of(1, "工匠0", residentId(0).value()),
                List.of(2, "某人", residentId(9).value())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(upload), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.headerRow()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind)
                .containsExactly(tuple(4L, RowProblem.Kind.NOT_FOUND));
        assertThat(out.size()).isPositive();

        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        exchange.answerPrioritySheet(SheetSource.of(upload), "zibo-chief-technician", LocalDate.of(2018, 3, 1),
                SheetFormat.XLSX, locked, ExportOptions.masked().withPassword("zbrsj2018"));
        assertThat(XlsFiles.texts(XlsFiles.decrypted(locked.toByteArray(), "zbrsj2018")))
                .as("the same answer, locked").isEqualTo(XlsFiles.texts(out.toByteArray()));
    }
}
