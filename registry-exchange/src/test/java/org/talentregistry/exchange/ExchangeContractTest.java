package org.talentregistry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.exchange.Sheets.artisan;
import static org.talentregistry.exchange.Sheets.csv;
import static org.talentregistry.exchange.Sheets.residentId;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.TenantRegistries;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.title.PriorityCondition;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;

/**
 * The exchange on every database: each import kind, both CSV encodings and XLSX, both modes, matching
 * (update, conflict, ambiguous), re-import, templates, exports with masking and neutralised cells, and the
 * priority sheet. Each test works in a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExchangeContractTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Charset GBK = Charset.forName("GBK");
    /** Thursday 2018-03-01, 10:00 in Zibo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

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

    private static List<List<String>> artisans(int count) {
        return IntStream.range(0, count).mapToObj(Sheets::artisan).collect(java.util.stream.Collectors.toList());
    }

    private ImportReport importCsv(byte[] content, ImportOptions options) {
        return exchange.importArtisans(CLERK, SheetSource.of(content), options);
    }

    /** The priority sheets' registry: artisans 0 to count - 1, and Zibo's chief technician under "aged 45 or under". */
    private void artisansUnderTheAgePolicy(int count) {
        importCsv(Sheets.bytes(csv(artisans(count)), StandardCharsets.UTF_8), ImportOptions.defaults());
        definePolicyOfTheYoung();
    }

    private void definePolicyOfTheYoung() {
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(2018, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(
                        new PriorityCondition.AgedAtMost("age-45", 45, "45周岁以下", "aged 45 or under"))));
    }

    @Test
    void importArtisans_utf8CsvWithBom_registersEachWithItsCertificate() {
        ImportReport report = importCsv(Sheets.utf8WithBom(csv(artisans(3))), ImportOptions.defaults());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.sheet()).isEmpty();
        Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        assertThat(first.name()).isEqualTo("工匠0");
        assertThat(first.details().startedInTradeOn()).isEqualTo(LocalDate.of(2000, 7, 1));
        assertThat(first.levelAsOf(LocalDate.of(2018, 1, 1))).contains(SkillLevel.TECHNICIAN);
        assertThat(first.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(registry.audit().forEntity("artisan", first.id().toString()))
                .extracting(e -> e.action()).containsExactly("artisan.registered");
    }

    @Test
    void importArtisans_gbkAndGb18030_areDetected_orDeclared() {
        assertThat(importCsv(Sheets.bytes(csv(artisans(2)), GBK), ImportOptions.defaults()).created()).isEqualTo(2);
        List<List<String>> rare = List.of(artisan(5));
        rare.get(0).set(0, "王𠮷");
        ImportReport report = exchange.importArtisans(CLERK,
                SheetSource.of(Sheets.bytes(csv(rare), Charset.forName("GB18030"))).withCharset(Charset.forName("GB18030")),
                ImportOptions.defaults());
        assertThat(report.created()).isEqualTo(1);
        assertThat(registry.artisans().findByResidentId(residentId(5)).orElseThrow().name()).isEqualTo("王𠮷");
        assertThat(registry.artisans().findByResidentId(residentId(0)).orElseThrow().name()).isEqualTo("工匠0");
    }

    @Test
    void importArtisans_xlsxWithExcelDates_readsTheFirstSheet() {
        List<List<String>> rows = artisans(5);
        rows.get(4).set(2, "12345");
        byte[] xlsx = Sheets.xlsx(Sheets.ARTISAN_HEADER, rows, 13);

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(xlsx), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(4);
        assertThat(report.problems()).singleElement().extracting(RowProblem::row, RowProblem::column)
                .containsExactly(6L, "手机号");
        assertThat(registry.artisans().findByResidentId(residentId(3)).orElseThrow().details().certificates().get(0)
                .issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
    }

    @Test
    void importArtisans_allOrNothing_withABadRow_writesNothing_andNamesRowColumnAndMaskedValue() {
        List<List<String>> rows = artisans(3);
        String bad = residentId(1).value().substring(0, 17) + (residentId(1).value().endsWith("1") ? "2" : "1");
        rows.get(1).set(1, bad);

        ImportReport report = importCsv(Sheets.bytes(csv(rows), StandardCharsets.UTF_8),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.committed()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("身份证号");
            assertThat(p.value()).isEqualTo(bad.substring(0, 4) + "**********" + bad.substring(14));
            assertThat(p.reasonZh()).contains("校验位错误");
            assertThat(p.reasonEn()).contains("check character");
        });
    }

    @Test
    void importArtisans_goodRows_writesTheGoodOnes_andReportsEachBadValue() {
        List<List<String>> rows = artisans(4);
        rows.get(0).set(10, "九级");
        rows.get(2).set(2, "12345");
        rows.get(3).set(13, "2018年2月30日");

        ImportReport report = importCsv(Sheets.bytes(csv(rows), StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(3);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "技能等级"),
                        org.assertj.core.groups.Tuple.tuple(4L, "手机号"), org.assertj.core.groups.Tuple.tuple(5L, "发证日期"));
        assertThat(report.problems().get(1).value()).doesNotContain("12345");
        assertThat(registry.artisans().findByResidentId(residentId(1))).isPresent();
    }

    @Test
    void importArtisans_sameFileTwice_changesNothingTheSecondTime() {
        byte[] file = Sheets.bytes(csv(artisans(5)), StandardCharsets.UTF_8);
        importCsv(file, ImportOptions.defaults());
        long events = registry.audit().latest(1000).size();

        ImportReport again = importCsv(file, ImportOptions.defaults());

        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(registry.audit().latest(1000)).hasSize((int) events);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(5);
    }

    @Test
    void importArtisans_batchesMixingRegisteredAndNewRows_registerEachNewOneOnce_andLeaveTheOthers() {
        importCsv(Sheets.bytes(csv(artisans(4)), StandardCharsets.UTF_8), ImportOptions.defaults());

        ImportReport report = importCsv(Sheets.bytes(csv(artisans(10)), StandardCharsets.UTF_8),
                ImportOptions.builder().batchSize(3).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(6);
        assertThat(report.unchanged()).isEqualTo(4);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(10);
        assertThat(registry.audit().latest(1000)).extracting(e -> e.action())
                .containsOnly("artisan.registered").hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(registry.artisans().findByResidentId(residentId(i)).orElseThrow().name()).isEqualTo("工匠" + i);
        }
    }

    @Test
    void importArtisans_matchingRow_updatesOptimistically_orIsAConflict() {
        importCsv(Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8), ImportOptions.defaults());
        List<List<String>> changed = artisans(2);
        changed.get(0).set(3, "淄博新单位有限公司");

        ImportReport conflict = importCsv(Sheets.bytes(csv(changed), StandardCharsets.UTF_8),
                ImportOptions.builder().matchPolicy(MatchPolicy.REPORT_CONFLICT).build());
        assertThat(conflict.problems()).singleElement().extracting(RowProblem::kind).isEqualTo(RowProblem.Kind.CONFLICT);
        assertThat(registry.artisans().findByResidentId(residentId(0)).orElseThrow().details().employer().name())
                .isEqualTo("淄博张店汽车维修有限公司");

        ImportReport update = importCsv(Sheets.bytes(csv(changed), StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(1);
        Artisan updated = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        assertThat(updated.details().employer().name()).isEqualTo("淄博新单位有限公司");
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void importArtisans_sameIdWithAnotherName_isAmbiguous_neverAnUpdateOrASecondArtisan() {
        importCsv(Sheets.bytes(csv(artisans(1)), StandardCharsets.UTF_8), ImportOptions.defaults());
        List<List<String>> other = artisans(1);
        other.get(0).set(0, "李四");

        ImportReport report = importCsv(Sheets.bytes(csv(other), StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.AMBIGUOUS);
            assertThat(p.reasonZh()).contains("工匠0");
        });
        assertThat(registry.artisans().findByResidentId(residentId(0)).orElseThrow().name()).isEqualTo("工匠0");
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
    }

    @Test
    void importArtisans_furtherRowsOfOnePerson_addTheirCertificates() {
        List<String> second = artisan(0);
        second.set(10, "高级技师");
        second.set(11, "S2016-9");
        second.set(13, "2016-05-01");

        ImportReport report = importCsv(Sheets.bytes(csv(List.of(artisan(0), second)), StandardCharsets.UTF_8),
                ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(2);
        assertThat(registry.artisans().findByResidentId(residentId(0)).orElseThrow().levelAsOf(LocalDate.of(2017, 1, 1)))
                .contains(SkillLevel.SENIOR_TECHNICIAN);
    }

    @Test
    void importArtisans_missingColumn_isALayoutProblem_andRegionsByNameStandInForCodes() {
        String noCode = csv(artisans(1)).replace(",区县代码", "").replace(",张店区,370303,", ",张店区,");
        ImportReport refused = importCsv(Sheets.bytes(noCode, StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(refused.problems()).singleElement().extracting(RowProblem::kind).isEqualTo(RowProblem.Kind.LAYOUT);

        ImportReport accepted = importCsv(Sheets.bytes(noCode, StandardCharsets.UTF_8), ImportOptions.builder()
                .regions(Map.of("张店区", Region.of("370303", "张店区"))).build());
        assertThat(accepted.created()).isEqualTo(1);
    }

    @Test
    void importArtisans_gbkCsvWithATitleAndAFilerAboveTheHeader_findsTheHeaderBelowThem() {
        // As offices send them: a title, who filled the sheet in, then the header, its cells annotated and
        // broken over lines, an asterisk on the required ones.
        String header = Sheets.ARTISAN_HEADER.replace("姓名", "*姓名").replace("身份证号", "身份证号（18位）")
                .replace("手机号", "\"手机号\n（选填）\"").replace("工作单位", "\"工作\n单位\"");
        List<List<String>> rows = artisans(3);
        rows.get(2).set(10, "九级");
        StringBuilder sheet = new StringBuilder("2018年淄博金牌工匠推荐人选名单,,,,,\r\n")
                .append("填报单位：张店区总工会（盖章）,,,,填报日期：2018年2月26日,\r\n")
                .append(header).append("\r\n");
        rows.forEach(row -> sheet.append(String.join(",", row)).append("\r\n"));

        ImportReport report = importCsv(Sheets.bytes(sheet.toString(), GBK), ImportOptions.defaults());

        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).singleElement().extracting(RowProblem::row, RowProblem::column)
                .containsExactly(6L, "技能等级");
        assertThat(registry.artisans().findByResidentId(residentId(1)).orElseThrow().details().phone()).isPresent();
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(2);
    }

    @Test
    void importArtisans_csvWithEmptyLines_numbersRowsAsASpreadsheetProgramShowsThem() {
        List<List<String>> rows = artisans(2);
        rows.get(1).set(2, "12345");
        String sheet = Sheets.ARTISAN_HEADER + "\r\n\r\n" + String.join(",", rows.get(0)) + "\r\n\r\n\r\n"
                + String.join(",", rows.get(1)) + "\r\n";

        ImportReport report = importCsv(Sheets.bytes(sheet, StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.problems()).singleElement().extracting(RowProblem::row, RowProblem::column)
                .containsExactly(6L, "手机号");
    }

    @Test
    void importArtisans_csvResavedByExcel_refusesNumbersItCutToFifteenDigits_namingWhatHappened_andStoresNone() {
        List<List<String>> rows = artisans(3);
        rows.get(0).set(1, "3.70303E+17");
        rows.get(1).set(11, "1.43700000030012E+15");

        ImportReport report = importCsv(Sheets.bytes(csv(rows), GBK), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "身份证号"),
                        org.assertj.core.groups.Tuple.tuple(3L, "证书编号"));
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.reasonZh()).contains("被Excel存成了数字", "设为「文本」格式");
            assertThat(p.reasonEn()).contains("stored by Excel as a number");
        });
        assertThat(report.problems().get(0).value()).isEqualTo("3.70***E+17");
        assertThat(registry.artisans().findByResidentId(residentId(1))).isEmpty();
        assertThat(registry.artisans().findByResidentId(residentId(2))).isPresent();
    }

    @Test
    void importArtisans_xlsxWithIdentityNumbersInNumberCells_refusesThemAsCutByExcel() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("人员");
        String[] header = Sheets.ARTISAN_HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        for (int r = 0; r < 2; r++) {
            List<String> row = artisan(r);
            for (int c = 0; c < row.size(); c++) {
                sheet.value(r + 1, c, row.get(c));
            }
        }
        // As Excel keeps an identity number typed into a number cell: fifteen digits of it.
        sheet.value(1, 1, Double.parseDouble(residentId(0).value()));
        workbook.finish();

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(out.toByteArray()),
                ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("身份证号");
            assertThat(p.reasonZh()).contains("被Excel存成了数字");
            assertThat(p.value()).endsWith("E+17").doesNotContain(residentId(0).value().substring(4, 14));
        });
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(1);
    }

    @Test
    void importArtisans_csvAsOtherSystemsExportIt_withExcelTextMarkersWideDigitsAndStraySpaces_isReadAsMeant() {
        List<List<String>> rows = artisans(3);
        rows.get(0).set(1, "\"=\"\"" + residentId(0).value() + "\"\"\"");
        rows.get(0).set(2, "\t" + rows.get(0).get(2));
        rows.get(1).set(1, toWide(residentId(1).value()));
        rows.get(1).set(0, rows.get(1).get(0) + "\u00A0");
        rows.get(1).set(13, "２０１２年３月１日");
        rows.get(2).set(1, "'" + residentId(2).value());
        rows.get(2).set(3, "淄博张店汽车维修\u200B有限公司");

        // UTF-8: GBK has no non-breaking or zero-width space.
        ImportReport report = importCsv(Sheets.utf8WithBom(csv(rows)), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        assertThat(first.details().phone().orElseThrow().masked()).isEqualTo("138****0000");
        Artisan second = registry.artisans().findByResidentId(residentId(1)).orElseThrow();
        assertThat(second.name()).isEqualTo("工匠1");
        assertThat(second.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(registry.artisans().findByResidentId(residentId(2)).orElseThrow().details().employer().name())
                .isEqualTo("淄博张店汽车维修有限公司");
    }

    private static String toWide(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) (c + 0xFEE0)));
        return b.toString();
    }

    @Test
    void importArtisans_filesThatAreNoSheet_areReportedForWhatTheyAre_neverAsMissingColumns()
            throws java.io.IOException {
        byte[] xls = new byte[4096];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, xls, 0, ole2.length);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] xlsx = Sheets.xlsx(Sheets.ARTISAN_HEADER, artisans(2), 13);
        byte[] binary = new byte[3000];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("是Excel 97-2003格式（.xls）", xls);
        files.put("不是有效的.xlsx工作簿", docx.toByteArray());
        files.put("不是有效的.xlsx工作簿（文件已损坏或不完整", java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        files.put("既不是CSV文本文件，也不是.xlsx工作簿", binary);
        files.put("是空的", new byte[0]);

        int n = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            // As bytes in memory, and as a file, which an XLSX reader opens where it lies.
            Path onDisk = Files.write(folder.resolve("upload" + n++ + ".xlsx"), file.getValue());
            for (SheetSource source : List.of(SheetSource.of(file.getValue()), SheetSource.of(onDisk))) {
                String reason = file.getKey();
                ImportReport report = exchange.importArtisans(CLERK, source,
                        ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

                assertThat(report.committed()).as(reason).isFalse();
                assertThat(report.problems()).as(reason + " " + source).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
                    assertThat(p.reasonZh()).startsWith("文件" + reason);
                    assertThat(p.reasonEn()).startsWith("the file ");
                });
            }
        }
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();
    }

    @Test
    void importArtisans_refusedRowsComeBackAsTheOfficesOwnSheet_withReasons_andImportAgainOnceMended() {
        List<List<String>> rows = artisans(5);
        String good1 = rows.get(1).get(1);
        rows.get(1).set(1, good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0'));
        rows.get(3).set(3, "");
        byte[] file = Sheets.bytes("2018年淄博金牌工匠推荐人选名单\r\n" + csv(rows), StandardCharsets.UTF_8);
        ByteArrayOutputStream refused = new ByteArrayOutputStream();

        ImportReport report = importCsv(file, ImportOptions.builder()
                .refusedRowsTo(SheetFormat.XLSX, refused, ExportOptions.revealingPersonalData()).build());

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.refused()).isEqualTo(2);
        List<List<String>> sheet = Sheets.readXlsx(refused.toByteArray());
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0).get(0)).isEqualTo("2018年淄博金牌工匠推荐人选名单");
        assertThat(sheet.get(1)).startsWith(Sheets.ARTISAN_HEADER.split(",")).endsWith("问题说明", "Problems");
        assertThat(sheet.get(2).subList(0, 14)).isEqualTo(rows.get(1));
        assertThat(sheet.get(2).get(14)).startsWith("身份证号");
        assertThat(sheet.get(2).get(15)).startsWith("身份证号 ");
        assertThat(sheet.get(3).subList(0, 14)).isEqualTo(rows.get(3));
        assertThat(sheet.get(3).get(14)).startsWith("工作单位");

        // The office mends the two rows in the sheet it got back and sends that sheet again.
        sheet.get(2).set(1, good1);
        sheet.get(3).set(3, "淄博华光眼镜连锁有限公司");
        ByteArrayOutputStream mended = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(mended, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = workbook.newWorksheet("未导入的行");
        for (int r = 0; r < sheet.size(); r++) {
            for (int c = 0; c < sheet.get(r).size(); c++) {
                ws.value(r, c, sheet.get(r).get(c));
            }
        }
        try {
            workbook.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        ImportReport again = exchange.importArtisans(CLERK, SheetSource.of(mended.toByteArray()), ImportOptions.defaults());

        assertThat(again.isClean()).as(again.problems().toString()).isTrue();
        assertThat(again.created()).isEqualTo(2);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(5);
        assertThat(registry.artisans().findByResidentId(residentId(3)).orElseThrow().details().employer().name())
                .isEqualTo("淄博华光眼镜连锁有限公司");
    }

    @Test
    void importNominations_refusedRowsMasked_byDefault_andAMissingColumnIsARowOfReasonsOnly() {
        importCsv(Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8), ImportOptions.defaults());
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String nominations = "身份证号,姓名,推荐方式,推荐单位,是否在职\r\n"
                + residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,邮寄推荐,某单位,是\r\n";
        ByteArrayOutputStream refused = new ByteArrayOutputStream();

        ImportReport report = exchange.importNominations(CLERK, round.id(), SheetSource.of(nominations.getBytes(GBK)),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING)
                        .refusedRowsTo(SheetFormat.CSV, refused, ExportOptions.masked()).build());

        assertThat(report.committed()).isFalse();
        String sheet = refused.toString(StandardCharsets.UTF_8);
        assertThat(sheet.lines().toList()).hasSize(2);
        assertThat(sheet.lines().toList().get(1)).startsWith(residentId(1).masked() + ",工匠1,邮寄推荐,某单位,是,推荐方式");
        assertThat(sheet).doesNotContain(residentId(1).value());

        ByteArrayOutputStream noName = new ByteArrayOutputStream();
        exchange.importNominations(CLERK, round.id(), SheetSource.of("身份证号,推荐方式,推荐单位\r\n".getBytes(GBK)),
                ImportOptions.builder().refusedRowsTo(SheetFormat.CSV, noName, ExportOptions.masked()).build());

        assertThat(noName.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFF身份证号,推荐方式,推荐单位,问题说明,Problems",
                "\"\",,,缺少必填列「姓名」,the required column 'Name' (姓名) is missing");
    }

    @Test
    void imports_refuseTheRowsAFilteredSheetHides_sayingSo_unlessTheyAreToBeRead() throws java.io.IOException {
        String[] header = Sheets.ARTISAN_HEADER.split(",");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("名单");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        List<List<String>> rows = artisans(6);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.length; c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        // Filtered to the office's own district: rows 3 and 6 of the sheet are hidden.
        sheet.setAutoFilter(0, 0, header.length - 1);
        sheet.hideRow(2);
        sheet.hideRow(5);
        workbook.finish();
        Path file = Files.write(folder.resolve("筛选后的名单.xlsx"), out.toByteArray());
        ByteArrayOutputStream refused = new ByteArrayOutputStream();

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(file), ImportOptions.builder()
                .refusedRowsTo(SheetFormat.XLSX, refused, ExportOptions.revealingPersonalData()).build());

        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.created()).isEqualTo(4);
        assertThat(report.problems()).extracting(RowProblem::row).containsExactly(3L, 6L);
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
            assertThat(p.reasonZh()).startsWith("本行在表格中是隐藏的（被筛选掉或折叠），未导入");
        });
        assertThat(registry.artisans().findByResidentId(residentId(1))).isEmpty();
        assertThat(Sheets.readXlsx(refused.toByteArray())).extracting(r -> r.get(0)).containsExactly("姓名", "工匠1",
                "工匠4");

        ImportReport whole = exchange.importArtisans(CLERK, SheetSource.of(file),
                ImportOptions.builder().readHiddenRows(true).build());

        assertThat(whole.isClean()).isTrue();
        assertThat(whole.created()).isEqualTo(2);
        assertThat(whole.unchanged()).isEqualTo(4);

        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        ByteArrayOutputStream nominations = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(nominations, "test", "1.0");
        org.dhatim.fastexcel.Worksheet applications = book.newWorksheet("申报");
        List<String> columns = List.of("身份证号", "姓名", "推荐方式", "推荐单位", "审核结果");
        for (int c = 0; c < columns.size(); c++) {
            applications.value(0, c, columns.get(c));
        }
        for (int r = 0; r < 3; r++) {
            List<String> row = List.of(residentId(r).value(), "工匠" + r, "个人自荐", "工匠" + r, r == 1 ? "不通过" : "通过");
            for (int c = 0; c < row.size(); c++) {
                applications.value(r + 1, c, row.get(c));
            }
        }
        applications.setAutoFilter(0, 0, columns.size() - 1);
        applications.hideRow(2);
        book.finish();

        ImportReport nominated = exchange.importNominations(CLERK, round.id(), SheetSource.of(nominations.toByteArray()),
                ImportOptions.defaults());

        assertThat(nominated.created()).isEqualTo(2);
        assertThat(nominated.refused()).isEqualTo(1);
        assertThat(nominated.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
    }

    @Test
    void importArtisans_aPersonNamedAgainFurtherDown_isHeldToTheFirstRow_inWhicheverBatchTheRowFalls() {
        List<List<String>> rows = new ArrayList<>(artisans(3));
        List<String> furtherCertificate = new ArrayList<>(artisan(0));
        furtherCertificate.set(10, "技师");
        furtherCertificate.set(11, "T0-2");
        furtherCertificate.set(2, "");
        List<String> anotherEmployer = new ArrayList<>(artisan(1));
        anotherEmployer.set(3, "淄博华光眼镜连锁有限公司");
        rows.add(furtherCertificate);
        rows.add(anotherEmployer);
        byte[] file = Sheets.bytes(csv(rows), StandardCharsets.UTF_8);

        for (int batchSize : new int[] {1000, 2, 1}) {
            newTenant();
            ImportReport report = importCsv(file, ImportOptions.builder().batchSize(batchSize).build());

            assertThat(report.refused()).as("batches of " + batchSize).isEqualTo(1);
            assertThat(report.updated() + report.unchanged() + report.created()).isEqualTo(4);
            assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(3);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(6);
                assertThat(p.kind()).isEqualTo(RowProblem.Kind.CONFLICT);
                assertThat(p.reasonZh()).isEqualTo("与第3行同一人的信息不一致");
            });
            Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
            assertThat(first.details().certificates()).extracting(c -> c.number()).containsExactly("T0", "T0-2");
            assertThat(first.details().phone()).isPresent();
            assertThat(registry.artisans().findByResidentId(residentId(1)).orElseThrow().details().employer().name())
                    .isEqualTo("淄博张店汽车维修有限公司");
        }
    }

    @Test
    void importReports_listTheirProblemsInRowOrder_thoseFoundAgainstTheRegistryAmongTheOthers() {
        List<List<String>> registered = artisans(1);
        registered.get(0).set(0, "王登记");
        importCsv(Sheets.bytes(csv(registered), StandardCharsets.UTF_8), ImportOptions.defaults());
        List<List<String>> rows = artisans(3);
        rows.get(1).set(2, "12345");

        ImportReport report = importCsv(Sheets.bytes(csv(rows), StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, RowProblem.Kind.AMBIGUOUS),
                org.assertj.core.groups.Tuple.tuple(3L, RowProblem.Kind.INVALID));
    }

    @Test
    void aWorkbookOfOneListPerDistrict_isNeverReadInPartWithoutSayingSo_andListsInGivesEachList() {
        String[] header = Sheets.ARTISAN_HEADER.split(",");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet notes = workbook.newWorksheet("填表说明");
        notes.value(0, 0, "姓名");
        notes.value(0, 1, "填写身份证上的姓名");
        int next = 0;
        for (String district : List.of("张店区", "淄川区", "博山区")) {
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet(district);
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 1; r <= 2; r++, next++) {
                List<String> row = artisan(next);
                for (int c = 0; c < header.length; c++) {
                    sheet.value(r, c, row.get(c));
                }
            }
        }
        try {
            workbook.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SheetSource source = SheetSource.of(out.toByteArray());

        ImportReport allOrNothing = exchange.importArtisans(CLERK, source,
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(allOrNothing.committed()).isFalse();
        assertThat(allOrNothing.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
            assertThat(p.reasonZh()).startsWith("工作簿中除「张店区」外，另有2个工作表也是名单（淄川区、博山区），本次只读取了「张店区」");
        });

        ImportReport goodRows = exchange.importArtisans(CLERK, source, ImportOptions.defaults());

        assertThat(goodRows.created()).isEqualTo(2);
        assertThat(goodRows.refused()).isZero();
        assertThat(goodRows.problems()).hasSize(1);
        assertThat(goodRows.sheet()).isEqualTo("张店区");

        List<SheetSource> lists = exchange.listsIn(SheetKind.ARTISANS, source);
        assertThat(lists).extracting(l -> l.sheet().orElseThrow()).containsExactly("张店区", "淄川区", "博山区");
        long created = 0;
        for (SheetSource list : lists) {
            ImportReport each = exchange.importArtisans(CLERK, list, ImportOptions.defaults());
            assertThat(each.isClean()).as(list.toString()).isTrue();
            assertThat(each.sheet()).isEqualTo(list.sheet().orElseThrow());
            created += each.created();
        }
        assertThat(created).isEqualTo(4);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(6);

        SheetSource csvFile = SheetSource.of(Sheets.bytes(csv(artisans(1)), StandardCharsets.UTF_8));
        assertThat(exchange.listsIn(SheetKind.ARTISANS, csvFile)).containsExactly(csvFile);
        SheetSource damaged = SheetSource.of(java.util.Arrays.copyOf(out.toByteArray(), 100));
        assertThat(exchange.listsIn(SheetKind.ARTISANS, damaged)).containsExactly(damaged);
    }

    @Test
    void importArtisans_startDatesGivenAsAYearAndAMonth_areRefused_orTakenAsTheDayTheImportNames() {
        List<List<String>> rows = artisans(3);
        rows.get(0).set(9, "1996年7月");
        rows.get(1).set(9, "1996.07");
        rows.get(2).set(9, "1996.1");
        byte[] file = Sheets.bytes(csv(rows), StandardCharsets.UTF_8);

        ImportReport refused = importCsv(file, ImportOptions.defaults());

        assertThat(refused.created()).isZero();
        assertThat(refused.problems()).extracting(RowProblem::reasonZh).containsExactly(
                "参加工作时间只填了年月，还需要日（如1996年7月1日）", "参加工作时间只填了年月，还需要日（如1996年7月1日）",
                "参加工作时间只填了年月，还需要日（如1996年7月1日）");

        ImportReport lastDay = importCsv(file, ImportOptions.builder().yearMonthDates(YearMonthDates.LAST_DAY).build());

        assertThat(lastDay.created()).isEqualTo(2);
        assertThat(lastDay.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.reasonZh()).startsWith("参加工作时间写成了1996.1这样，无法确定是1月还是10月");
        });
        assertThat(registry.artisans().findByResidentId(residentId(0)).orElseThrow().details().startedInTradeOn())
                .isEqualTo(LocalDate.of(1996, 7, 31));
    }

    @Test
    void importArtisans_excelsUnicodeText_utf16TabSeparated_isRead() {
        StringBuilder text = new StringBuilder("\uFEFF").append(Sheets.ARTISAN_HEADER.replace(',', '\t'))
                .append("\r\n");
        for (List<String> row : artisans(3)) {
            text.append(String.join("\t", row)).append("\r\n");
        }
        List<String> quoted = artisan(3);
        quoted.set(3, "\"淄博张店汽车维修有限公司\"");
        text.append(String.join("\t", quoted)).append("\r\n");

        ImportReport report = importCsv(text.toString().getBytes(StandardCharsets.UTF_16LE), ImportOptions.defaults());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(4);
        assertThat(registry.artisans().findByResidentId(residentId(3)).orElseThrow().details().employer().name())
                .isEqualTo("淄博张店汽车维修有限公司");
    }

    @Test
    void importArtisans_listsPastedTogetherWithTheirHeaders_andNotesBelow_importEveryRecordAndNothingElse() {
        List<List<String>> rows = artisans(4);
        String sheet = Sheets.ARTISAN_HEADER + "\r\n" + String.join(",", rows.get(0)) + "\r\n"
                + String.join(",", rows.get(1)) + "\r\n" + Sheets.ARTISAN_HEADER + "\r\n"
                + String.join(",", rows.get(2)) + "\r\n" + String.join(",", rows.get(3)) + "\r\n"
                + "合计：4人,,,,,,,,,,,,,\r\n"
                + "填表人：张三,,联系电话：0533-2181234,,,,,,,,,,,\r\n"
                + "注：以上人员均经所在单位核实,,,,,,,,,,,,,\r\n";

        ImportReport report = importCsv(Sheets.bytes(sheet, GBK), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.created()).isEqualTo(4);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(4);
    }

    private static final String[] HOSTILE_CELLS = {"a\u0000b", "\u0000", "王\u0007建国", "\u001B[31m红", "王\uD840",
        "\uDC00建国", "王\n建国", "王\r\n建国", "", "   ", "王".repeat(101), "x".repeat(10_000), "𠀀".repeat(51),
        "'; DROP TABLE tr_artisan; --", "\u202E王建国", "\u200B", "\uFEFF王", "😀", "=1+1", "+86", "-1", "@SUM(A1)",
        "3.70303E+17", "1E+9999999", "=\"\"", "'", "\"", "\"\"\"", "０", "2018年2月30日", "0000-00-00", "9999-12-31",
        "10000-01-01", "1800-01-01", "1799-12-31", "2958466", "-1", "99999999999", "0.5", "2018/13/1", "二〇一八年",
        "高级技师", "九级", "五级", "技师", "370303197805120132", "37030319780512013X", "370303780512013",
        "91370303MA3C0001K0", "13812345678", "0533-2181234", "4-12-01-01", "370303", "张店区", "填表人：张三", "合计"};

    /**
     * Hostile sheets, generated from a fixed seed: valid rows mixed with control characters, unpaired surrogates,
     * over-long text, formulas, Excel's cut numbers, impossible and extreme dates and serials, headers shuffled,
     * dropped, doubled and annotated, in CSV (UTF-8, GBK, UTF-16) and XLSX, in both modes. Every import must end
     * in a report, never an exception; its counts must agree with what the registry holds after it (nothing
     * written when nothing was committed), and no report may show an identity number unmasked.
     */
    @Test
    void imports_ofHostileSheets_endInAReport_andWriteWhatItCounts() {
        java.util.Random random = new java.util.Random(20_181_206L);
        List<String> failures = new ArrayList<>();
        for (int sheet = 0; sheet < 300; sheet++) {
            List<String> header = new ArrayList<>(List.of(Sheets.ARTISAN_HEADER.split(",")));
            List<List<String>> rows = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int r = 0; r < count; r++) {
                rows.add(hostile(random, artisan(sheet * 20 + r)));
            }
            int column = random.nextInt(header.size());
            switch (random.nextInt(5)) {
                case 0 -> java.util.Collections.swap(header, column, random.nextInt(header.size()));
                case 1 -> header.set(column, HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length)]);
                case 2 -> header.set(column, header.get(random.nextInt(header.size())) + "（必填）");
                default -> {
                }
            }
            long before = registry.artisans().count(ArtisanQuery.all());
            ImportReport report = hostileImport(random, String.join(",", header), rows, failures, sheet,
                    (source, options) -> exchange.importArtisans(CLERK, source, options));
            if (report == null) {
                continue;
            }
            long after = registry.artisans().count(ArtisanQuery.all());
            if (after - before != report.created()) {
                failures.add("sheet " + sheet + ": " + report + " but the registry grew by " + (after - before));
            }
            if (!report.committed() && after != before) {
                failures.add("sheet " + sheet + ": nothing committed, yet the registry grew: " + report);
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Hostile sheets of a round's nominations, then of its ballots, and the bureau's priority sheet, as above:
     * each ends in a report, what it counts as created is what the round gained (a nomination, a vote in its
     * tallies), the priority sheet decides or refuses every row it reads, and no report shows an identity
     * number.
     */
    @Test
    void nominationBallotAndPrioritySheets_whenHostile_endInAReport_andWriteWhatTheyCount() {
        importCsv(Sheets.bytes(csv(artisans(20)), StandardCharsets.UTF_8), ImportOptions.defaults());
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        java.util.Random random = new java.util.Random(20_181_207L);
        List<String> failures = new ArrayList<>();
        String[] channels = {"个人自荐", "单位推荐", "工会推荐", "邮寄推荐"};
        for (int sheet = 0; sheet < 60; sheet++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(8); r++) {
                int who = random.nextInt(22);
                rows.add(hostile(random, List.of(residentId(who).value(), "工匠" + who, channels[random.nextInt(4)],
                        "淄博张店汽车维修有限公司", random.nextBoolean() ? "是" : "否")));
            }
            int before = registry.rounds().nominations(round.id()).size();
            ImportReport report = hostileImport(random, "身份证号,姓名,推荐方式,推荐单位,是否在职", rows, failures, sheet,
                    (source, options) -> exchange.importNominations(CLERK, round.id(), source, options));
            if (report != null && registry.rounds().nominations(round.id()).size() - before != report.created()) {
                failures.add("nominations sheet " + sheet + ": " + report + " but the round gained "
                        + (registry.rounds().nominations(round.id()).size() - before));
            }
        }
        registry.rounds().closeNominations(CLERK, round.id());
        registry.rounds().closeEligibilityReview(CLERK, round.id());
        Reviewer expert = registry.rounds().addReviewer(CLERK, round.id(), "周教授", null);
        List<Nomination> nominees = registry.rounds().nominations(round.id());
        assertThat(nominees).isNotEmpty();
        for (Nomination n : nominees) {
            registry.rounds().score(CLERK, expert.id(), n.id(), Map.of("skill", new BigDecimal("80")));
        }
        registry.rounds().closeExpertReview(CLERK, round.id());
        String[] voters = {"202.110.1.7", "202.110.1.8", "2408:8207:1::1", "10.0.0.1", "999.1.1.1", "localhost", ""};
        for (int sheet = 0; sheet < 60; sheet++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(10); r++) {
                rows.add(hostile(random, List.of(String.valueOf(nominees.get(random.nextInt(nominees.size())).id().value()),
                        voters[random.nextInt(voters.length)] + (random.nextBoolean() ? "" : String.valueOf(sheet)),
                        "2018-03-01 10:0" + random.nextInt(10))));
            }
            long before = totalVotes(round.id());
            ImportReport report = hostileImport(random, "候选人编号,投票IP,投票时间", rows, failures, sheet,
                    (source, options) -> exchange.importBallots(round.id(), source, options));
            if (report != null && totalVotes(round.id()) - before != report.created()) {
                failures.add("ballots sheet " + sheet + ": " + report + " but the votes grew by "
                        + (totalVotes(round.id()) - before));
            }
        }
        definePolicyOfTheYoung();
        for (int sheet = 0; sheet < 60; sheet++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(8); r++) {
                int who = random.nextInt(22);
                rows.add(hostile(random, List.of(String.valueOf(r + 1), "工匠" + who, residentId(who).value())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImportReport report = hostileImport(random, "序号,姓名,身份证号", rows, failures, sheet,
                    (source, options) -> exchange.answerPrioritySheet(source, "zibo-chief-technician",
                            LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked()));
            if (report != null && report.created() + report.refused() != report.rowsRead()) {
                failures.add("priority sheet " + sheet + ": decided and refused do not add up to the rows: " + report);
            }
            if (report != null && UNMASKED_ID.matcher(String.join("\n", Sheets.readXlsx(out.toByteArray()).stream()
                    .map(r -> String.join(",", r)).toList())).find()) {
                failures.add("priority sheet " + sheet + ": an identity number shown in its masked answer");
            }
        }
        assertThat(failures).isEmpty();
    }

    private long totalVotes(RoundId round) {
        return registry.rounds().ranking(round).nominees().stream().mapToLong(n -> n.votes()).sum();
    }

    /** A valid row with about a quarter of its cells replaced by hostile ones. */
    private static List<String> hostile(java.util.Random random, List<String> valid) {
        List<String> row = new ArrayList<>(valid);
        for (int c = 0; c < row.size(); c++) {
            if (random.nextInt(4) == 0) {
                row.set(c, HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length)]);
            }
        }
        return row;
    }

    /**
     * Writes the rows under the header as CSV (UTF-8, GBK or UTF-16) or XLSX, imports them in a random mode,
     * and checks that the import ended in a report with a problem for every refused row and no identity number
     * shown; returns it, or null if it threw (recorded as a failure) or the XLSX writer refused the cells.
     */
    private ImportReport hostileImport(java.util.Random random, String header, List<List<String>> rows,
            List<String> failures, int sheet,
            java.util.function.BiFunction<SheetSource, ImportOptions, ImportReport> run) {
        int format = random.nextInt(4);
        byte[] content;
        if (format == 3) {
            try {
                content = Sheets.xlsx(header, rows, -1);
            } catch (RuntimeException e) {
                return null;
            }
        } else {
            StringBuilder text = new StringBuilder(header).append("\r\n");
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    text.append(c == 0 ? "" : ",").append(cell.matches("[^,\"\r\n]*") ? cell
                            : "\"" + cell.replace("\"", "\"\"") + "\"");
                }
                text.append("\r\n");
            }
            content = text.toString().getBytes(format == 0 ? StandardCharsets.UTF_8 : format == 1 ? GBK
                    : StandardCharsets.UTF_16);
        }
        ByteArrayOutputStream refusedRows = new ByteArrayOutputStream();
        ImportOptions options = ImportOptions.builder()
                .mode(random.nextBoolean() ? ImportMode.ALL_OR_NOTHING : ImportMode.GOOD_ROWS)
                .refusedRowsTo(SheetFormat.CSV, refusedRows, ExportOptions.masked()).build();
        ImportReport report;
        try {
            // Every other workbook from a file, which the XLSX reader opens where it lies.
            SheetSource source = format == 3 && sheet % 2 == 0
                    ? SheetSource.of(Files.write(folder.resolve("hostile" + sheet + ".xlsx"), content))
                    : SheetSource.of(content);
            report = run.apply(source, options);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            failures.add("sheet " + sheet + " (format " + format + ", " + options.mode() + ") threw " + e);
            return null;
        }
        if (report.refused() > 0 && report.problems().isEmpty()) {
            failures.add("sheet " + sheet + ": refused rows without a problem: " + report);
        }
        for (RowProblem p : report.problems()) {
            if (UNMASKED_ID.matcher(p.value() + " " + p.reasonZh() + " " + p.reasonEn()).find()) {
                failures.add("sheet " + sheet + ": an identity number shown in " + p);
            }
        }
        checkRefusedRows(refusedRows.toString(StandardCharsets.UTF_8), report, failures, sheet);
        return report;
    }

    /** An identity number standing alone, unmasked. */
    private static final java.util.regex.Pattern UNMASKED_ID =
            java.util.regex.Pattern.compile("(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])");

    /**
     * Holds the refused-rows sheet to its report: a row for each refused row (but for votes the registry refused
     * within a batch, which have none), and no identity number unmasked. The priority sheet writes none.
     */
    private static void checkRefusedRows(String csv, ImportReport report, List<String> failures, int sheet) {
        if (csv.isEmpty()) {
            return;
        }
        if (UNMASKED_ID.matcher(csv).find()) {
            failures.add("sheet " + sheet + ": an identity number shown in its refused rows");
        }
        long rows = 0;
        try {
            for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.DEFAULT
                    .parse(new java.io.StringReader(csv))) {
                List<String> cells = record.toList();
                boolean reasoned = cells.size() >= 3 && !cells.get(cells.size() - 2).isBlank()
                        && !"问题说明".equals(cells.get(cells.size() - 2));
                if (reasoned && cells.subList(0, cells.size() - 2).stream().anyMatch(c -> !c.isBlank())) {
                    rows++;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        boolean batchRefusals = report.kind() == SheetKind.BALLOTS;
        if (batchRefusals ? rows > report.refused() : rows != report.refused()) {
            failures.add("sheet " + sheet + ": " + rows + " rows in its refused-rows sheet for " + report);
        }
    }

    @Test
    void importArtisans_datesOfAYearOrAMonthOnly_areRefusedSayingTheDayIsMissing_neverReadAsTheYear1905() {
        List<List<String>> rows = artisans(3);
        rows.get(0).set(9, "1996");
        rows.get(1).set(9, "1996.07");

        ImportReport report = importCsv(Sheets.bytes(csv(rows), GBK), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::reasonZh).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "参加工作时间只填了年份，还需要月和日（如1996年7月1日）"),
                org.assertj.core.groups.Tuple.tuple(3L, "参加工作时间只填了年月，还需要日（如1996年7月1日）"));
    }

    @Test
    void importArtisans_xlsxWithInstructionsInFront_readsTheSheetThatHoldsTheList_unlessOneIsNamed()
            throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet notes = workbook.newWorksheet("填表说明");
        notes.value(0, 0, "填表说明");
        notes.value(1, 0, "1. 姓名、身份证号为必填项");
        org.dhatim.fastexcel.Worksheet list = workbook.newWorksheet("人员名单");
        String[] header = Sheets.ARTISAN_HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            list.value(0, c, header[c]);
        }
        for (int r = 0; r < 3; r++) {
            List<String> row = artisan(r);
            for (int c = 0; c < row.size(); c++) {
                list.value(r + 1, c, row.get(c));
            }
        }
        workbook.finish();

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(out.toByteArray()), ImportOptions.defaults());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        ImportReport named = exchange.importArtisans(CLERK,
                SheetSource.of(Files.write(folder.resolve("名单.xlsx"), out.toByteArray())).withSheet("填表说明"),
                ImportOptions.defaults());
        assertThat(named.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT));

        for (SheetSource missing : List.of(SheetSource.of(out.toByteArray()).withSheet("名单"),
                SheetSource.of(folder.resolve("名单.xlsx")).withSheet("名单"))) {
            ImportReport none = exchange.importArtisans(CLERK, missing, ImportOptions.defaults());
            assertThat(none.created()).isZero();
            assertThat(none.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
                assertThat(p.reasonZh()).isEqualTo("文件中没有名为「名单」的工作表（工作簿中的工作表：填表说明、人员名单）");
                assertThat(p.reasonEn()).isEqualTo("the file has no sheet named '名单' (the workbook's sheets: 填表说明, 人员名单)");
            });
        }
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(3);
    }

    @Test
    void importArtisans_xlsxWithADamagedNumberFormat_isReportedAsSuch_andNothingIsWritten() throws java.io.IOException {
        byte[] good = Sheets.xlsx(Sheets.ARTISAN_HEADER, artisans(3), 13);
        // The ids of the formats the workbook defines (164 and up) spelt as no number is.
        byte[] damaged = org.talentregistry.exchange.internal.Workbooks.withPart(good, "xl/styles.xml", xml -> {
            String changed = xml.replaceAll("numFmtId=\"(1[6-9][0-9])\"", "numFmtId=\"x$1\"");
            assertThat(changed).isNotEqualTo(xml);
            return changed;
        });

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(damaged),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.created()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.reasonZh()).startsWith("从这一行起工作表无法读取（文件已损坏或不完整）");
        });
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();
        assertThat(exchange.listsIn(SheetKind.ARTISANS, SheetSource.of(damaged))).hasSize(1);
    }

    @Test
    void importArtisans_utf8WithAStrayBadByte_isStillReadAsUtf8_andOnlyTheRowHoldingItIsRefused() {
        byte[] good = Sheets.bytes(csv(artisans(40)), StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("工匠7,");
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = good.clone();
        damaged[offset + 1] = (byte) 0xFF;

        ImportReport report = importCsv(damaged, ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(39);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(9);
            assertThat(p.column()).isEqualTo("姓名");
            assertThat(p.reasonZh()).contains("含有无法识别的字符");
        });
        assertThat(registry.artisans().findByResidentId(residentId(8)).orElseThrow().name()).isEqualTo("工匠8");
    }

    @Test
    void importArtisans_xlsxWithAGroupRowAboveItsHeader_readsTheColumnsFromTheHeader() {
        List<String> groups = new ArrayList<>(java.util.Collections.nCopies(14, (String) null));
        groups.set(0, "基本信息");
        groups.set(3, "单位信息");
        groups.set(11, "证书信息");
        byte[] xlsx = Sheets.xlsx(List.of(List.of("2018年淄博金牌工匠推荐人选名单"), groups), Sheets.ARTISAN_HEADER,
                artisans(4), 13);

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(xlsx), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.created()).isEqualTo(4);
        assertThat(registry.artisans().findByResidentId(residentId(3)).orElseThrow().details().certificates().get(0)
                .issuedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
    }

    @Test
    void importArtisans_xlsxWithATwoRowHeaderAndAnEmployerMergedDownOverItsWorkers_readsEachRowWhole()
            throws java.io.IOException {
        // As an office lays a list out: a title across the sheet; 姓名 … 参加工作时间 each merged down over two
        // header rows, 证书信息 across the four certificate columns above their own headers; each employer, its
        // code and district merged down over its workers.
        String[] header = Sheets.ARTISAN_HEADER.split(",");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("人员");
        sheet.value(0, 0, "2018年淄博金牌工匠推荐人选名单");
        sheet.range(0, 0, 0, header.length - 1).merge();
        for (int c = 0; c < 10; c++) {
            sheet.value(1, c, header[c]);
            sheet.range(1, c, 2, c).merge();
        }
        sheet.value(1, 10, "证书信息");
        sheet.range(1, 10, 1, 13).merge();
        for (int c = 10; c < header.length; c++) {
            sheet.value(2, c, header[c]);
        }
        List<List<String>> rows = artisans(5);
        rows.get(3).set(3, "淄博华光眼镜连锁有限公司");
        rows.get(3).set(4, "91350100M000100Y43");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.length; c++) {
                boolean mergedAway = (c == 3 || c == 4 || c == 7 || c == 8) && r != 0 && r != 3;
                if (!mergedAway) {
                    sheet.value(3 + r, c, rows.get(r).get(c));
                }
            }
        }
        for (int c : new int[] {3, 4, 7, 8}) {
            sheet.range(3, c, 5, c).merge();
            sheet.range(6, c, 7, c).merge();
        }
        workbook.finish();
        // From a file, as an upload saved to disk: read where it lies, its merged ranges too.
        Path file = Files.write(folder.resolve("人员名单.xlsx"), out.toByteArray());

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(file),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.created()).isEqualTo(5);
        assertThat(IntStream.range(0, 5).mapToObj(i -> registry.artisans().findByResidentId(residentId(i)).orElseThrow()
                .details().employer().name())).containsExactly("淄博张店汽车维修有限公司", "淄博张店汽车维修有限公司",
                        "淄博张店汽车维修有限公司", "淄博华光眼镜连锁有限公司", "淄博华光眼镜连锁有限公司");
        assertThat(registry.artisans().findByResidentId(residentId(4)).orElseThrow().details().region().code())
                .isEqualTo("370303");
    }

    @Test
    void importArtisans_titleAboveASheetWithoutItsRequiredColumns_isALayoutProblem_andWritesNothing() {
        String sheet = "2018年淄博金牌工匠推荐人选名单\r\n姓名,手机号,备注\r\n工匠0,13812340000,\r\n";

        ImportReport report = importCsv(Sheets.bytes(sheet, StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.headerRow()).isEqualTo(2);
        assertThat(report.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT));
        assertThat(report.problems()).extracting(RowProblem::reasonZh).anySatisfy(r -> assertThat(r).contains("公民身份号码"));
        assertThat(report.committed()).isFalse();
        assertThat(registry.artisans().count(ArtisanQuery.all())).isZero();
    }

    @Test
    void importArtisans_reportsProgress_andStopsWhenCancelled() {
        List<ImportProgress> seen = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        ImportReport report = importCsv(Sheets.bytes(csv(artisans(25)), StandardCharsets.UTF_8), ImportOptions.builder()
                .batchSize(10).onProgress(p -> {
                    seen.add(p);
                    batches.incrementAndGet();
                }).cancelWhen(() -> batches.get() >= 2).build());

        assertThat(report.cancelled()).isTrue();
        assertThat(report.created()).isEqualTo(20);
        assertThat(seen).extracting(ImportProgress::rowsRead).containsExactly(10L, 20L);
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(20);
    }

    @Test
    void importArtisans_csvBrokenMidway_isReportedWhereItBreaks_afterTheRowsBeforeIt() {
        String broken = csv(artisans(15)) + "\"a quote never closed,\r\n" + String.join(",", artisan(15)) + "\r\n";

        ImportReport report = importCsv(Sheets.bytes(broken, StandardCharsets.UTF_8),
                ImportOptions.builder().batchSize(10).build());

        assertThat(report.created()).isEqualTo(15);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(17);
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT);
            assertThat(p.reasonZh()).contains("英文双引号没有配对");
        });
        assertThat(registry.artisans().count(ArtisanQuery.all())).isEqualTo(15);

        ImportReport whole = importCsv(Sheets.bytes(broken, StandardCharsets.UTF_8),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());
        assertThat(whole.committed()).isFalse();
        assertThat(whole.problems()).extracting(RowProblem::row).containsExactly(17L);
    }

    @Test
    void importReport_writesTheProblemsAsASheetToSendBack() {
        List<List<String>> rows = artisans(2);
        rows.get(1).set(2, "=1+1");
        ImportReport report = importCsv(Sheets.bytes(csv(rows), StandardCharsets.UTF_8), ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeTo(SheetFormat.XLSX, out);

        List<List<String>> sheet = Sheets.readXlsx(out.toByteArray());
        assertThat(sheet.get(0)).startsWith("行号 Row", "列 Column");
        assertThat(sheet.get(1).get(0)).isEqualTo("3");
        assertThat(sheet.get(1).get(1)).isEqualTo("手机号");
        assertThat(sheet.get(1).get(2)).doesNotStartWith("=");

        ImportReport ofAWorkbook = exchange.importArtisans(CLERK, SheetSource.of(Sheets.xlsx(Sheets.ARTISAN_HEADER, rows,
                13)), ImportOptions.defaults());
        ByteArrayOutputStream named = new ByteArrayOutputStream();
        ofAWorkbook.writeTo(SheetFormat.XLSX, named);
        List<List<String>> namedSheet = Sheets.readXlsx(named.toByteArray());
        assertThat(ofAWorkbook.sheet()).isNotEmpty();
        assertThat(namedSheet.get(0)).startsWith("工作表 Sheet", "行号 Row", "列 Column");
        assertThat(namedSheet.get(1)).startsWith(ofAWorkbook.sheet(), "3", "手机号");
    }

    @Test
    void templates_carryHeadersSampleAndChoices_andTheirSampleImportsAlone_butNotWhenLeftInAboveRecords() {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exchange.writeTemplate(SheetKind.ARTISANS, SheetFormat.XLSX, xlsx);
        List<List<String>> sheet = Sheets.readXlsx(xlsx.toByteArray());
        assertThat(sheet.get(0)).contains("姓名*", "公民身份号码*", "技能等级");
        assertThat(xlsx.size()).as("a column style, not 100,000 styled cells").isLessThan(20_000);
        assertThat(new String(xlsx.toByteArray(), StandardCharsets.ISO_8859_1)).contains("PK");

        // The template as it comes, a trial: its sample imports.
        ImportReport trial = exchange.importArtisans(CLERK, SheetSource.of(xlsx.toByteArray()), ImportOptions.defaults());
        assertThat(trial.isClean()).as(trial.problems().toString()).isTrue();
        assertThat(trial.created()).isEqualTo(1);

        // Filled in under the sample, which the office left in: only the office's own rows are read.
        List<String> header = sheet.get(0);
        List<String> own = new ArrayList<>(sheet.get(1));
        own.set(header.indexOf("姓名*"), "工匠9");
        own.set(header.indexOf("公民身份号码*"), residentId(9).value());
        String filled = String.join(",", header) + "\r\n" + String.join(",", sheet.get(1)) + "\r\n"
                + String.join(",", own) + "\r\n";
        ImportReport report = importCsv(Sheets.bytes(filled, StandardCharsets.UTF_8), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING).build());
        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(registry.artisans().findByResidentId(residentId(9))).isPresent();

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exchange.writeTemplate(SheetKind.NOMINATIONS, SheetFormat.CSV, csv);
        assertThat(new String(csv.toByteArray(), StandardCharsets.UTF_8)).startsWith("\uFEFF公民身份号码*,姓名*,推荐方式*");
    }

    @Test
    void exports_maskPersonalData_unlessRevealed_andNeutraliseFormulaCells() {
        List<List<String>> rows = artisans(2);
        rows.get(0).set(3, "=HYPERLINK(\"http://x\")");
        rows.get(1).set(3, "@SUM(1)");
        assertThat(importCsv(Sheets.bytes(csv(rows).replace("=HYPERLINK(\"http://x\")", "\"=HYPERLINK(\"\"http://x\"\")\""),
                StandardCharsets.UTF_8), ImportOptions.defaults()).created()).isEqualTo(2);

        ByteArrayOutputStream masked = new ByteArrayOutputStream();
        exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), SheetFormat.CSV, masked, ExportOptions.masked());
        String text = new String(masked.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,姓名");
        assertThat(text).doesNotContain(residentId(0).value()).contains(residentId(0).masked());
        assertThat(text).doesNotContain("13812340000").contains("138****0000");
        assertThat(text).contains("'=HYPERLINK").contains("'@SUM(1)");

        ByteArrayOutputStream revealed = new ByteArrayOutputStream();
        exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), SheetFormat.XLSX, revealed,
                ExportOptions.revealingPersonalData());
        List<List<String>> sheet = Sheets.readXlsx(revealed.toByteArray());
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(1).get(2)).isEqualTo(residentId(0).value());
        assertThat(sheet.get(1).get(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void exportsWithAPassword_asCsv_orWithoutTheModuleThatEncrypts_areRefusedNamingTheOptions_andWriteNothing() {
        importCsv(Sheets.bytes(csv(artisans(1)), StandardCharsets.UTF_8), ImportOptions.defaults());
        ExportOptions locked = ExportOptions.revealingPersonalData().withPassword("zibo2018");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), SheetFormat.CSV,
                out, locked)).isInstanceOfSatisfying(org.talentregistry.InvalidFieldException.class, e -> {
                    assertThat(e.getMessage()).startsWith("options: has a password, which only an XLSX workbook carries");
                    assertThat(e.problem().zh()).contains("只有XLSX工作簿能加密码");
                });
        // This module's tests run without registry-exchange-xls, as a host that leaves it out.
        assertThatThrownBy(() -> exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), SheetFormat.XLSX,
                out, locked)).isInstanceOfSatisfying(org.talentregistry.InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("options");
                    assertThat(e.getMessage()).contains("registry-exchange-xls");
                    assertThat(e.problem().zh()).contains("registry-exchange-xls模块");
                });
        assertThatThrownBy(() -> exchange.answerPrioritySheet(SheetSource.of(new byte[] {'x'}), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked().withPassword("zibo2018"),
                ImportOptions.defaults())).isInstanceOf(org.talentregistry.InvalidFieldException.class);
        assertThatThrownBy(() -> ImportOptions.builder().refusedRowsTo(SheetFormat.CSV, out, locked))
                .isInstanceOfSatisfying(org.talentregistry.InvalidFieldException.class,
                        e -> assertThat(e.getField()).isEqualTo("personalData"));
        assertThat(out.size()).isZero();
        assertThat(locked.toString()).doesNotContain("zibo2018").contains("password=******");
        assertThat(locked.revealsPersonalData()).isTrue();
    }

    @Test
    void exportAudit_writesThePeriodsEvents_masked() {
        importCsv(Sheets.bytes(csv(artisans(3)), StandardCharsets.UTF_8), ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exchange.exportAudit(CLOCK.instant().minusSeconds(60), CLOCK.instant().plusSeconds(60),
                SheetFormat.XLSX, out);

        assertThat(rows).isEqualTo(3);
        List<List<String>> sheet = Sheets.readXlsx(out.toByteArray());
        assertThat(sheet.get(1)).contains("artisan.registered");
        assertThat(String.join(",", sheet.get(1))).doesNotContain(residentId(0).value());
    }

    @Test
    void exportArtisans_revealed_importsIntoAnotherTenantAsTheSameArtisans_inBothFormats() {
        List<List<String>> rows = artisans(3);
        List<String> second = Sheets.artisan(1);
        second.set(10, "高级技师");
        second.set(11, "T1-2");
        second.set(13, "2015/6/1");
        rows.add(2, second);
        importCsv(Sheets.bytes(csv(rows), StandardCharsets.UTF_8), ImportOptions.defaults());
        // A certificate with its end, and a phone-less artisan: every column of the file has something to carry.
        Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        org.talentregistry.artisan.SkillCertificate held = first.details().certificates().get(0);
        org.talentregistry.artisan.ArtisanDetails edited = first.details().toBuilder().phone(null)
                .certificates(List.of(org.talentregistry.artisan.SkillCertificate.builder().level(held.level())
                        .occupation(held.occupation()).number(held.number()).issuer(held.issuer())
                        .issuedOn(held.issuedOn()).validUntil(LocalDate.of(2030, 12, 31)).build())).build();
        registry.artisans().update(CLERK, first.withDetails(edited));

        for (SheetFormat format : SheetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), format, out,
                    ExportOptions.revealingPersonalData());
            TalentRegistry other = registries.newTenant();

            ImportReport back = Exchange.of(other).importArtisans(CLERK, SheetSource.of(out.toByteArray()),
                    ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

            assertThat(back.problems()).as(format.toString()).isEmpty();
            assertThat(back.created()).as("rows: the second certificate's row counts with its person").isEqualTo(4);
            assertThat(other.artisans().count(ArtisanQuery.all())).isEqualTo(3);
            ImportReport again = exchange.importArtisans(CLERK, SheetSource.of(out.toByteArray()), ImportOptions.defaults());
            assertThat(again.unchanged()).as("the file back into the registry it came from").isEqualTo(4);
            for (int i = 0; i < 3; i++) {
                assertThat(other.artisans().findByResidentId(residentId(i)).orElseThrow().details()).as(format + " " + i)
                        .isEqualTo(registry.artisans().findByResidentId(residentId(i)).orElseThrow().details());
            }
        }
    }

    @Test
    void exportAudit_fromInstantMinToMax_writesEveryEvent() {
        importCsv(Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8), ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(exchange.exportAudit(Instant.MIN, Instant.MAX, SheetFormat.CSV, out)).isEqualTo(2);
    }

    @Test
    void exportAudit_ofAPeriodEndingBeforeItStarts_isRefusedNamingTheEnd_andWritesNothing() {
        importCsv(Sheets.bytes(csv(artisans(1)), StandardCharsets.UTF_8), ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exchange.exportAudit(CLOCK.instant().plusSeconds(60), CLOCK.instant().minusSeconds(60),
                SheetFormat.CSV, out))
                .isInstanceOf(org.talentregistry.InvalidFieldException.class).hasMessageContaining("toExclusive");
        assertThat(out.size()).isZero();
    }

    @Test
    void anErasedIdentityNumber_isExportedAsErased_stillAnswersThePrioritySheet_andAnImportRowGivesItBack() {
        byte[] file = Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8);
        importCsv(file, ImportOptions.defaults());
        Artisan first = registry.artisans().findByResidentId(residentId(0)).orElseThrow();
        registry.personalData().eraseIdentityNumber(CLERK, first.id(), "删除申请 2018-001");
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(2018, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(
                        new PriorityCondition.AgedAtMost("age-60", 60, "60周岁以下", "aged 60 or under"))));

        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        exchange.exportArtisans(ArtisanQuery.all(), LocalDate.of(2018, 3, 1), SheetFormat.XLSX, exported,
                ExportOptions.revealingPersonalData());
        ByteArrayOutputStream answered = new ByteArrayOutputStream();
        String sheet = "序号,姓名,身份证号\r\n1,工匠0," + residentId(0).value() + "\r\n";
        ImportReport answer = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, answered, ExportOptions.masked());
        ImportReport again = importCsv(file, ImportOptions.defaults());

        List<List<String>> rows = Sheets.readXlsx(exported.toByteArray());
        assertThat(rows.get(1).get(1)).isEqualTo("工匠0");
        assertThat(rows.get(1).get(2)).isEqualTo("（已删除）");
        assertThat(rows.get(2).get(2)).isEqualTo(residentId(1).value());
        assertThat(answer.created()).isEqualTo(1);
        assertThat(Sheets.readXlsx(answered.toByteArray()).get(1)).containsSubsequence("已核验", "是", "60周岁以下");
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(registry.artisans().get(first.id()).residentId()).contains(residentId(0));
    }

    @Test
    void aTitleRoundsRanking_isExported_markedProvisionalBeforeTheSelection_andAsSelectedAfterIt() {
        importCsv(Sheets.bytes(csv(artisans(3)), StandardCharsets.UTF_8), ImportOptions.defaults());
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("zibo-chief", 1, "zibo-chief-technician",
                LocalDate.of(2018, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of(
                        new PriorityCondition.AgedAtMost("age-60", 60, "60周岁以下", "aged 60 or under"))));
        org.talentregistry.title.TitleRound round = registry.titles().openRound(CLERK, "zibo-chief-technician",
                org.talentregistry.title.IssuingRegion.of("370300"), 2018, LocalDate.of(2018, 9, 1));
        for (int i = 0; i < 3; i++) {
            registry.titles().apply(CLERK, round.id(), registry.artisans().findByResidentId(residentId(i)).orElseThrow().id(),
                    new BigDecimal(90 - i * 5 * (i % 2 == 0 ? 1 : -2)), org.talentregistry.eligibility.Declarations.inServiceWithCleanRecord());
        }

        ByteArrayOutputStream before = new ByteArrayOutputStream();
        long written = exchange.exportTitleRanking(round.id(), SheetFormat.XLSX, before);
        registry.titles().select(CLERK, round.id());
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        exchange.exportTitleRanking(round.id(), SheetFormat.XLSX, after);

        List<List<String>> rows = Sheets.readXlsx(before.toByteArray());
        assertThat(written).isEqualTo(3);
        assertThat(rows.get(0)).containsExactly("名次", "人员编号", "姓名", "得分", "资格审查", "优先条件", "是否入选", "说明",
                "资格审查说明", "优先条件说明");
        // 工匠1 is a 高级工, below the 技师 the title asks: ineligible, listed last and not ranked despite the best score.
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(2)).containsExactly("工匠0", "工匠2", "工匠1");
        assertThat(rows.get(3)).containsSubsequence("不予排名", "工匠1", "100", "否");
        assertThat(rows.get(1)).containsSubsequence("1", registry.artisans().findByResidentId(residentId(0)).orElseThrow()
                .id().toString(), "工匠0", "90");
        assertThat(rows.get(1).get(9)).contains("优先政策 zibo-chief 第1版", "同等条件下享有“60周岁以下”优先：2018-09-01时年龄48周岁");
        assertThat(rows.get(5)).contains("排名为临时结果（尚未选定，按当前登记的情况计算）");
        List<List<String>> selected = Sheets.readXlsx(after.toByteArray());
        assertThat(selected.subList(0, 4)).isEqualTo(rows.subList(0, 4));
        assertThat(selected.get(5)).contains("选定时的排名（此后的更正、撤销不改变本表）");
        assertThatThrownBy(() -> exchange.exportTitleRanking(org.talentregistry.title.TitleRoundId.of(987_654),
                SheetFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(org.talentregistry.title.TitleRefusedException.class);
    }

    @Test
    void prioritySheet_answersEachRow_andTellsUnknownAndMalformedApartFromNoPriority() {
        importCsv(Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8), ImportOptions.defaults());
        List<String> young = artisan(0);
        String youngId = org.talentregistry.artisan.ResidentId.completing("37030319900101123").value();
        young.set(0, "青年");
        young.set(1, youngId);
        importCsv(Sheets.bytes(csv(List.of(young)), StandardCharsets.UTF_8), ImportOptions.defaults());
        definePolicyOfTheYoung();
        String sheet = "序号,姓名,身份证号\r\n1,青年," + youngId + "\r\n2,工匠0," + residentId(0).value() + "\r\n3,某人,12345\r\n"
                + "4,某人," + residentId(500).value() + "\r\n5,别人," + residentId(1).value() + "\r\n6,工匠1,3.70303E+17\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(4);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, RowProblem.Kind.INVALID),
                org.assertj.core.groups.Tuple.tuple(5L, RowProblem.Kind.NOT_FOUND),
                org.assertj.core.groups.Tuple.tuple(6L, RowProblem.Kind.AMBIGUOUS),
                org.assertj.core.groups.Tuple.tuple(7L, RowProblem.Kind.INVALID));
        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer).hasSize(7);
        assertThat(answer.get(0)).containsSubsequence("序号", "姓名", "身份证号", "核验结果", "是否优先");
        assertThat(answer.get(1)).containsSubsequence("已核验", "是", "45周岁以下", "zibo-chief 第1版");
        assertThat(answer.get(1).get(2)).isEqualTo(org.talentregistry.artisan.ResidentId.of(youngId).masked());
        assertThat(answer.get(2)).containsSubsequence("已核验", "否");
        assertThat(answer.get(3).get(3)).startsWith("身份证号无效");
        assertThat(answer.get(4).get(3)).isEqualTo("未在库中登记");
        assertThat(answer.get(5).get(3)).startsWith("姓名与登记不符");
        assertThat(answer.get(6).get(3)).startsWith("身份证号无效：被Excel存成了数字");
    }

    @Test
    void prioritySheet_withATitleAboveItsHeader_comesBackWithTheTitleStillAboveIt_andOldNumbersLookedUp() {
        artisansUnderTheAgePolicy(2);
        String old15 = residentId(1).value().substring(0, 6) + residentId(1).value().substring(8, 17);
        String sheet = "2018年首席技师申报人员名单,,\r\n序号,姓名,身份证号码（18位）\r\n1,工匠0," + residentId(0).value()
                + "\r\n2,工匠1," + old15 + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.headerRow()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(2);
        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer).hasSize(4);
        assertThat(answer.get(3)).containsSubsequence("2", "工匠1", "已核验（按15位旧号码对应的18位号码）");
        assertThat(answer.get(0).get(0)).isEqualTo("2018年首席技师申报人员名单");
        assertThat(answer.get(1)).containsSubsequence("序号", "姓名", "身份证号码（18位）", "核验结果", "是否优先");
        assertThat(answer.get(2)).containsSubsequence("1", "工匠0", residentId(0).masked(), "已核验");
    }

    @Test
    void prioritySheet_notesBelowTheList_comeBackWhereTheyWere_unanswered() {
        artisansUnderTheAgePolicy(2);
        String sheet = "序号,姓名,身份证号\r\n1,工匠0," + residentId(0).value() + "\r\n填表人：李科长,,\r\n2,工匠1,"
                + residentId(1).value() + "\r\n注：请于3月10日前反馈,,\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer).extracting(row -> row.get(0)).containsExactly("序号", "1", "填表人：李科长", "2",
                "注：请于3月10日前反馈");
        assertThat(answer.get(2)).containsExactly("填表人：李科长", "", "");
        assertThat(answer.get(3)).containsSubsequence("2", "工匠1", residentId(1).masked(), "已核验");
    }

    @Test
    void prioritySheet_masked_masksANumberInItsTitleAndNotesToo() {
        artisansUnderTheAgePolicy(1);
        String id = residentId(0).value();
        String sheet = "申报人员名单（经办人身份证" + id + "）,,\r\n序号,姓名,身份证号\r\n1,工匠0," + id
                + "\r\n填表人：李科长 13812345678 " + id + ",,\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer.get(0).get(0)).isEqualTo("申报人员名单（经办人身份证" + residentId(0).masked() + "）");
        assertThat(answer.get(3).get(0)).isEqualTo("填表人：李科长 138******78 " + residentId(0).masked());
        assertThat(String.join("|", answer.stream().map(r -> String.join(",", r)).toList())).doesNotContain(id);
    }

    @Test
    void prioritySheet_twoIdentityColumnsDisagreeing_answerThatRowAsSuch_andTheOthersAsUsual() {
        artisansUnderTheAgePolicy(2);
        String sheet = "序号,姓名,身份证号,公民身份号码\r\n1,工匠0," + residentId(0).value() + "," + residentId(0).value()
                + "\r\n2,工匠1," + residentId(1).value() + "," + residentId(0).value() + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(GBK)), "zibo-chief-technician",
                LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.INVALID);
            assertThat(p.reasonZh()).isEqualTo("公民身份号码与C列「身份证号」的值不一致，无法确定以哪一列为准");
            assertThat(p.value()).isEqualTo(residentId(0).masked() + " / " + residentId(1).masked());
        });
        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer.get(1)).containsSubsequence("1", "工匠0", residentId(0).masked(), residentId(0).masked(), "已核验");
        assertThat(String.join("|", answer.get(2))).contains("两列身份证号不一致（另一列为C列「身份证号」）")
                .doesNotContain(residentId(1).value(), residentId(0).value());
    }

    @Test
    void prioritySheet_masked_masksEveryIdentityColumn_andPhonesInAColumnItDoesNotRead() {
        artisansUnderTheAgePolicy(1);
        String id = residentId(0).value();
        // The second column as a Chinese input method types it; the phones as a clerk writes them.
        String wide = id.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).collect(Collectors.joining());
        String sheet = "序号,姓名,身份证号,公民身份号码,联系电话\r\n1,工匠0," + id + "," + wide
                + ",0533-2181234 / +86 139 1234 5678\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReport report = exchange.answerPrioritySheet(SheetSource.of(sheet.getBytes(StandardCharsets.UTF_8)),
                "zibo-chief-technician", LocalDate.of(2018, 3, 1), SheetFormat.XLSX, out, ExportOptions.masked());

        assertThat(report.created()).isEqualTo(1);
        List<List<String>> answer = Sheets.readXlsx(out.toByteArray());
        assertThat(answer.get(1)).containsSubsequence("1", "工匠0", residentId(0).masked(), residentId(0).masked(),
                "0533-*****34 / +86 139 **** **78", "已核验");
        assertThat(String.join("|", answer.stream().map(r -> String.join(",", r)).toList()))
                .doesNotContain(id, wide, "2181234", "1234 5678");
    }

    @Test
    void ballots_anAddressThatSlippedIntoTheNomineeColumn_isMaskedInTheReportAndTheRefusedRows() {
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        // The voting app's log with the nominee's cell missing: each row's address moved one column left.
        String ballots = "候选人编号,投票IP,投票时间\r\n202.110.1.7,2018-03-01 10:01:00\r\n"
                + "2001:db8::17,2018-03-01 10:02:00\r\n";
        ByteArrayOutputStream refused = new ByteArrayOutputStream();

        ImportReport report = exchange.importBallots(round.id(), SheetSource.of(ballots.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.builder().refusedRowsTo(SheetFormat.CSV, refused, ExportOptions.masked()).build());

        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.problems()).filteredOn(p -> p.column().equals("候选人编号"))
                .extracting(RowProblem::value, RowProblem::reasonEn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("202.***.*.*", "候选人编号 cannot be read: not a number"),
                        org.assertj.core.groups.Tuple.tuple("2001:***::**", "候选人编号 cannot be read: not a number"));
        assertThat(report.problems().toString() + refused.toString(StandardCharsets.UTF_8))
                .doesNotContain("202.110.1.7", "110.1", "db8");
    }

    @Test
    void importArtisans_twoColumnsOfOneField_theCloserNameIsRead_andTwoIdentityNumbersInOneRowRefuseIt() {
        // 公民身份号码 pasted beside 身份证号, and 联系电话 (the office's landline) beside 手机号.
        StringBuilder sheet = new StringBuilder(Sheets.ARTISAN_HEADER + ",公民身份号码,联系电话\r\n");
        for (int i = 0; i < 3; i++) {
            List<String> row = artisan(i);
            row.add(residentId(i == 1 ? 9 : i).value());
            row.add("0533-218123" + i);
            sheet.append(String.join(",", row)).append("\r\n");
        }

        ImportReport report = importCsv(Sheets.bytes(sheet.toString(), StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("公民身份号码");
            assertThat(p.reasonZh()).isEqualTo("公民身份号码与B列「身份证号」的值不一致，无法确定以哪一列为准：请核对后只保留一列");
            assertThat(p.reasonEn()).startsWith("公民身份号码 and column B (身份证号) hold different values");
            assertThat(p.value()).isEqualTo(residentId(9).masked() + " / " + residentId(1).masked());
        });
        assertThat(registry.artisans().findByResidentId(residentId(1))).isEmpty();
        assertThat(registry.artisans().findByResidentId(residentId(9))).isEmpty();
        assertThat(registry.artisans().findByResidentId(residentId(2)).orElseThrow().details().phone().orElseThrow()
                .value()).isEqualTo("13812340002");
    }

    private static ProgramDefinition program() {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 5)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.SENIOR_WORKER))
                .channel(NominationChannel.SELF).channel(NominationChannel.EMPLOYER)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 100)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1))
                .build();
    }

    @Test
    void nominations_withBoth推荐单位And推荐人Columns_takeTheNominatorFromWhicheverIsFilled() {
        importCsv(Sheets.bytes(csv(artisans(2)), StandardCharsets.UTF_8), ImportOptions.defaults());
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String sheet = "身份证号,姓名,推荐方式,推荐单位,推荐人,是否在职\r\n"
                + residentId(0).value() + ",工匠0,个人自荐,,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,单位推荐,淄博张店汽车维修有限公司,,是\r\n";

        ImportReport report = exchange.importNominations(CLERK, round.id(), SheetSource.of(sheet.getBytes(GBK)),
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(report.isClean()).as(report.problems().toString()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(registry.rounds().nominations(round.id())).extracting(Nomination::nominator)
                .containsExactlyInAnyOrder("工匠0", "淄博张店汽车维修有限公司");
    }

    @Test
    void nominationsAndBallots_importIntoARound_andReimportChangesNothing() {
        importCsv(Sheets.bytes(csv(artisans(3)), StandardCharsets.UTF_8), ImportOptions.defaults());
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String nominations = "身份证号,姓名,推荐方式,推荐单位,是否在职\r\n"
                + residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,单位推荐,淄博张店汽车维修有限公司,是\r\n"
                + residentId(2).value() + ",工匠2,邮寄推荐,某单位,是\r\n"
                + residentId(700).value() + ",无名,个人自荐,无名,是\r\n";
        byte[] file = nominations.getBytes(GBK);

        ImportReport first = exchange.importNominations(CLERK, round.id(), SheetSource.of(file), ImportOptions.defaults());
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.problems()).extracting(RowProblem::kind, RowProblem::row).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowProblem.Kind.INVALID, 4L),
                org.assertj.core.groups.Tuple.tuple(RowProblem.Kind.NOT_FOUND, 5L));
        ImportReport again = exchange.importNominations(CLERK, round.id(), SheetSource.of(file), ImportOptions.defaults());
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(registry.rounds().nominations(round.id())).hasSize(2);

        registry.rounds().closeNominations(CLERK, round.id());
        registry.rounds().closeEligibilityReview(CLERK, round.id());
        Reviewer expert = registry.rounds().addReviewer(CLERK, round.id(), "周教授", null);
        List<Nomination> nominees = registry.rounds().nominations(round.id());
        for (Nomination n : nominees) {
            registry.rounds().score(CLERK, expert.id(), n.id(), Map.of("skill", new BigDecimal("80")));
        }
        registry.rounds().closeExpertReview(CLERK, round.id());
        long nominee = nominees.get(0).id().value();
        // Cast in the minutes after the round opened (10:00 in Zibo), as the registry's clock reads them.
        String ballots = "候选人编号,投票IP,投票时间\r\n" + nominee + ",202.110.1.7,2018-03-01 10:01:00\r\n"
                + nominee + ",202.110.1.8,2018/3/1 10:02\r\n" + nominee + ",202.110.1.7,2018-03-01 10:03:00\r\n"
                + "999999,202.110.1.9,2018-03-01 10:04:00\r\n" + nominee + ",202.110.1.10,昨天\r\n";

        ImportReport votes = exchange.importBallots(round.id(), SheetSource.of(ballots.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        assertThat(votes.created()).isEqualTo(2);
        assertThat(votes.unchanged()).isEqualTo(1);
        assertThat(votes.refused()).isEqualTo(2);
        ImportReport revote = exchange.importBallots(round.id(), SheetSource.of(ballots.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        assertThat(revote.created()).isZero();
        assertThat(registry.rounds().ranking(round.id()).nominees()).filteredOn(n -> n.nominationId().value() == nominee)
                .singleElement().extracting(n -> n.votes()).isEqualTo(2L);

        ByteArrayOutputStream ranking = new ByteArrayOutputStream();
        assertThat(exchange.exportRanking(round.id(), SheetFormat.XLSX, ranking)).isEqualTo(2);
        assertThat(Sheets.readXlsx(ranking.toByteArray()).get(0)).startsWith("名次", "候选人编号", "姓名");
    }
}
