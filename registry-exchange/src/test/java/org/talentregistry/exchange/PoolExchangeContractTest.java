package org.talentregistry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.talentregistry.exchange.Sheets.csv;
import static org.talentregistry.exchange.Sheets.residentId;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.RevocationReason;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.TenantRegistries;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.ConsentRequiredException;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleRound;

/**
 * The talent pool's sheets on every database: pool members from other sources and the three kinds of
 * engagement in CSV (UTF-8 with BOM, GBK) and XLSX, both modes, re-import, matching, their templates; the
 * pool export that reveals numbers only with consent to its purpose; the round's 公示 list as XLSX and CSV.
 * Each test works in a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PoolExchangeContractTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Charset GBK = Charset.forName("GBK");
    /** Thursday 2018-03-01, 10:00 in Zibo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2018, 3, 1);
    private static final String SOURCE = "淄博市首席技师（2016年）";
    private static final String POOL_HEADER = "身份证号,姓名,纳入依据,纳入日期\r\n";
    private static final String TRAINING_HEADER = "身份证号,姓名,培训班名称,主办单位,开始日期,结束日期,学时,培训结果\r\n";
    private static final String MEDIA_HEADER = "公民身份号码,姓名,媒体,宣传形式,发布日期,标题,链接\r\n";

    @RegisterExtension
    final TenantRegistries registries = TenantRegistries.of(this::database, CLOCK);
    private TenantId tenant;
    private TalentRegistry registry;
    private Exchange exchange;

    abstract Database database();

    @BeforeEach
    void newTenant() {
        registry = registries.newTenant();
        tenant = registry.tenant();
        exchange = Exchange.of(registry);
    }

    /** Registers artisans 0 to count - 1 as {@link Sheets#artisan} writes them. */
    private void register(int count) {
        List<List<String>> rows = IntStream.range(0, count).mapToObj(Sheets::artisan).collect(Collectors.toList());
        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(csv(rows).getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        assertThat(report.created()).as(report.problems().toString()).isEqualTo(count);
    }

    private static String poolRow(int i, String name, String source, String since) {
        return residentId(i).value() + "," + name + "," + source + "," + since + "\r\n";
    }

    /** Adds artisans 0 to count - 1 to the pool from a day on, through the pool-member import. */
    private void addToPool(int count, String since) {
        StringBuilder sheet = new StringBuilder(POOL_HEADER);
        for (int i = 0; i < count; i++) {
            sheet.append(poolRow(i, "工匠" + i, SOURCE, since));
        }
        assertThat(importPool(sheet.toString().getBytes(StandardCharsets.UTF_8), ImportOptions.defaults()).created())
                .isEqualTo(count);
    }

    private ImportReport importPool(byte[] content, ImportOptions options) {
        return exchange.importPoolMembers(CLERK, SheetSource.of(content), options);
    }

    private ImportReport importEngagements(EngagementKind kind, byte[] content, ImportOptions options) {
        return exchange.importEngagements(CLERK, kind, SheetSource.of(content), options);
    }

    private ArtisanId id(int i) {
        return registry.artisans().findByResidentId(residentId(i)).orElseThrow().id();
    }

    private void consent(int i, ConsentPurpose purpose) {
        registry.consents().give(CLERK, new ConsentGrant(id(i), purpose, LocalDate.of(2017, 1, 1), "申报表第3页签字"));
    }

    @Test
    void importPoolMembers_gbk_addsTheGoodRows_reportsEachBadOne_andReimportChangesNothing() {
        register(3);
        String sheet = POOL_HEADER + poolRow(0, "工匠0", SOURCE, "2016年12月1日") + poolRow(1, "工匠1", "齐鲁首席技师", "2017/1/5")
                + poolRow(700, "无名", SOURCE, "2017-01-05") + poolRow(2, "李四", SOURCE, "2017-01-05")
                + poolRow(2, "工匠2", "", "2017-01-05");
        byte[] file = sheet.getBytes(GBK);

        ImportReport first = importPool(file, ImportOptions.defaults());

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.problems()).extracting(RowProblem::row, RowProblem::kind, RowProblem::column).containsExactly(
                tuple(4L, RowProblem.Kind.NOT_FOUND, "身份证号"), tuple(5L, RowProblem.Kind.AMBIGUOUS, "姓名"),
                tuple(6L, RowProblem.Kind.INVALID, "纳入依据"));
        assertThat(first.problems().get(0).value()).isEqualTo(residentId(700).masked());
        assertThat(registry.pool().ofArtisan(id(0))).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo(new PoolSource.AddedByBureau(SOURCE));
            assertThat(m.since()).isEqualTo(LocalDate.of(2016, 12, 1));
        });
        assertThat(registry.pool().sizeOn(TODAY)).isEqualTo(2);
        int events = registry.audit().latest(1000).size();

        ImportReport again = importPool(file, ImportOptions.defaults());

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(registry.audit().latest(1000)).hasSize(events);
        assertThat(registry.pool().ofArtisan(id(0))).hasSize(1);
    }

    @Test
    void importPoolMembers_anotherSourceForAnOpenAddition_isAConflict_andTwoRowsOfOnePersonMustAgree() {
        register(2);
        addToPool(1, "2016-12-01");
        String sheet = POOL_HEADER + poolRow(0, "工匠0", "齐鲁首席技师", "2017-06-01")
                + poolRow(1, "工匠1", SOURCE, "2017-06-01") + poolRow(1, "工匠1", SOURCE, "2017-06-01")
                + poolRow(1, "工匠1", SOURCE, "2017-07-01");

        ImportReport report = importPool(sheet.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind).containsExactly(
                tuple(2L, RowProblem.Kind.CONFLICT), tuple(5L, RowProblem.Kind.CONFLICT));
        assertThat(report.problems().get(0).reasonZh()).contains(SOURCE, "2016-12-01");
        assertThat(report.problems().get(1).reasonEn()).contains("row 3");
        assertThat(registry.pool().ofArtisan(id(0))).extracting(PoolMembership::source)
                .containsExactly(new PoolSource.AddedByBureau(SOURCE));
    }

    @Test
    void importPoolMembers_xlsxWithEnglishHeaders_allOrNothingWritesNothing_goodRowsWritesTheGoodOne() {
        register(2);
        byte[] xlsx = Sheets.xlsx("Resident ID,Name,Source,Since", List.of(
                List.of(residentId(0).value(), "工匠0", SOURCE, ""),
                List.of(residentId(1).value(), "王五", SOURCE, "")), 3);

        ImportReport refused = importPool(xlsx, ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(refused.committed()).isFalse();
        assertThat(refused.problems()).singleElement().extracting(RowProblem::row, RowProblem::column)
                .containsExactly(3L, "Name");
        assertThat(registry.pool().sizeOn(TODAY)).isZero();

        ImportReport good = importPool(xlsx, ImportOptions.defaults());

        assertThat(good.created()).isEqualTo(1);
        assertThat(registry.pool().ofArtisan(id(0))).singleElement().extracting(PoolMembership::since)
                .isEqualTo(LocalDate.of(2012, 3, 1));
    }

    @Test
    void importEngagements_trainings_utf8WithBom_recordsTheGoodRows_byThePoolsRules() {
        register(2);
        addToPool(2, "2016-12-01");
        String sheet = TRAINING_HEADER
                + residentId(0).value() + ",工匠0,创新能力提升培训班,淄博市总工会,2017-05-15,2017-05-19,40学时,结业\r\n"
                + residentId(1).value() + ",工匠1,创新能力提升培训班,淄博市总工会,2017/5/15,,40,\r\n"
                + residentId(1).value() + ",工匠1,数控技术研修班,淄博市总工会,2016-06-01,,16,\r\n"
                + residentId(0).value() + ",工匠0,安全生产培训,淄博市应急局,2017-09-01,,0,\r\n"
                + residentId(0).value() + ",工匠0,技能大师研修班,淄博市总工会,2018-06-01,,8,\r\n"
                + residentId(1).value() + ",工匠1,技能大师研修班,淄博市总工会,2017-10-09,,99999,\r\n";

        ImportReport report = importEngagements(EngagementKind.TRAINING, Sheets.utf8WithBom(sheet),
                ImportOptions.defaults());

        assertThat(report.kind()).isEqualTo(SheetKind.TRAININGS);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::kind, RowProblem::column).containsExactly(
                tuple(4L, RowProblem.Kind.NOT_FOUND, "开始日期"), tuple(5L, RowProblem.Kind.INVALID, "学时"),
                tuple(6L, RowProblem.Kind.INVALID, "开始日期"), tuple(7L, RowProblem.Kind.INVALID, "学时"));
        assertThat(report.problems().get(0).reasonZh()).contains("不在人才库中");
        assertThat(report.problems().get(1).reasonZh()).contains("应大于0");
        assertThat(report.problems().get(2).reasonZh()).contains("晚于今天");
        // A problem the report has no short words for is said in the core's Chinese, not in English.
        assertThat(report.problems().get(3).reasonZh()).isEqualTo("学时过大：应小于1E+4，实为'99999'");
        assertThat(report.problems().get(3).reasonEn()).isEqualTo("学时 must be below 1E+4, got '99999'");
        EngagementDetails.Training first = (EngagementDetails.Training) registry.pool().engagementsOf(id(0), 2017)
                .get(0).details();
        assertThat(first.hours()).isEqualByComparingTo("40");
        assertThat(first.result()).contains("结业");
        EngagementDetails.Training oneDay = (EngagementDetails.Training) registry.pool().engagementsOf(id(1), 2017)
                .get(0).details();
        assertThat(oneDay.lastDay()).isEqualTo(LocalDate.of(2017, 5, 15));
        assertThat(oneDay.result()).isEmpty();
    }

    @Test
    void importEngagements_reimportChangesNothing_otherDetailsCorrectOrConflict_asThePolicySays() {
        register(1);
        addToPool(1, "2016-12-01");
        String row = residentId(0).value() + ",工匠0,创新能力提升培训班,淄博市总工会,2017-05-15,2017-05-19,%s,结业\r\n";
        byte[] file = (TRAINING_HEADER + String.format(row, "40")).getBytes(GBK);
        importEngagements(EngagementKind.TRAINING, file, ImportOptions.defaults());
        int events = registry.audit().latest(1000).size();

        ImportReport again = importEngagements(EngagementKind.TRAINING, file, ImportOptions.defaults());
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(registry.audit().latest(1000)).hasSize(events);

        byte[] changed = (TRAINING_HEADER + String.format(row, "48")).getBytes(GBK);
        ImportReport conflict = importEngagements(EngagementKind.TRAINING, changed,
                ImportOptions.builder().matchPolicy(MatchPolicy.REPORT_CONFLICT).build());
        assertThat(conflict.problems()).singleElement().extracting(RowProblem::kind).isEqualTo(RowProblem.Kind.CONFLICT);
        assertThat(registry.pool().engagementsOf(id(0), 2017)).singleElement().extracting(Engagement::revision)
                .isEqualTo(1);

        ImportReport corrected = importEngagements(EngagementKind.TRAINING, changed, ImportOptions.defaults());
        assertThat(corrected.updated()).isEqualTo(1);
        Engagement engagement = registry.pool().engagementsOf(id(0), 2017).get(0);
        assertThat(engagement.revision()).isEqualTo(2);
        assertThat(((EngagementDetails.Training) engagement.details()).hours()).isEqualByComparingTo("48");
        assertThat(registry.pool().engagementHistory(engagement.id()).get(1).reason().orElseThrow()).contains("第2行");

        byte[] disagreeing = (TRAINING_HEADER + String.format(row, "48") + String.format(row, "50")).getBytes(GBK);
        ImportReport twice = importEngagements(EngagementKind.TRAINING, disagreeing, ImportOptions.defaults());
        assertThat(twice.unchanged()).isEqualTo(1);
        assertThat(twice.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.kind()).isEqualTo(RowProblem.Kind.CONFLICT);
            assertThat(p.reasonZh()).contains("第2行");
        });
    }

    @Test
    void importEngagements_campusTalksFromXlsx_withEnglishHeadersAndADeclaredColumn() {
        register(2);
        addToPool(2, "2010-01-01");
        byte[] xlsx = Sheets.xlsx("Resident ID,Name,宣讲单位,Day,Talk kind,Audience", List.of(
                List.of(residentId(0).value(), "工匠0", "淄博职业学院", "", "实操演示", "300人"),
                List.of(residentId(1).value(), "工匠1", "山东理工大学", "", "访谈", ""),
                List.of(residentId(1).value(), "工匠1", "淄博一中", "", "讲座", "50")), 3);

        ImportReport report = importEngagements(EngagementKind.CAMPUS_TALK, xlsx,
                ImportOptions.builder().column("school", "宣讲单位").build());

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Talk kind");
            assertThat(p.value()).isEqualTo("讲座");
            assertThat(p.reasonZh()).contains("工匠报告会", "工匠访谈", "实操演示");
        });
        EngagementDetails.CampusTalk talk = (EngagementDetails.CampusTalk) registry.pool().engagementsOf(id(0), 2012)
                .get(0).details();
        assertThat(talk).isEqualTo(new EngagementDetails.CampusTalk("淄博职业学院", LocalDate.of(2012, 3, 1),
                TalkKind.LIVE_DEMONSTRATION, 300));
        assertThat(((EngagementDetails.CampusTalk) registry.pool().engagementsOf(id(1), 2012).get(0).details())
                .talkKind()).isEqualTo(TalkKind.INTERVIEW);
        Charset gb18030 = Charset.forName("GB18030");
        String csv = "身份证号,姓名,学校,宣讲日期,宣讲形式,听众人数\r\n" + residentId(0).value() + ",工匠0,淄博𠮷祥小学,2016年9月1日,工匠报告会,120\r\n";
        ImportReport rare = exchange.importEngagements(CLERK, EngagementKind.CAMPUS_TALK,
                SheetSource.of(csv.getBytes(gb18030)).withCharset(gb18030), ImportOptions.defaults());
        assertThat(rare.created()).as(rare.problems().toString()).isEqualTo(1);
        assertThat(registry.pool().engagementsOf(id(0), 2016)).singleElement()
                .extracting(e -> ((EngagementDetails.CampusTalk) e.details()).school()).isEqualTo("淄博𠮷祥小学");
        assertThatThrownBy(() -> importEngagements(EngagementKind.CAMPUS_TALK, xlsx,
                ImportOptions.builder().column("course", "课程").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("course");
    }

    @Test
    void importEngagements_mediaFeatures_needMediaConsentOnTheDay_andAllOrNothingWritesNothing() {
        register(2);
        addToPool(2, "2016-12-01");
        consent(0, ConsentPurpose.MEDIA);
        String sheet = MEDIA_HEADER
                + residentId(0).value() + ",工匠0,淄博电视台,电视访谈,2017-06-02,《小语访谈》：工匠0,https://tv.zibo.example/1\r\n"
                + residentId(1).value() + ",工匠1,淄博电视台,微视频,2017-06-09,匠心筑梦：工匠1,\r\n"
                + residentId(0).value() + ",工匠0,淄博日报,新闻报道,2017-07-01,工匠0的故事,ftp://x\r\n";
        byte[] file = sheet.getBytes(GBK);

        ImportReport refused = importEngagements(EngagementKind.MEDIA_FEATURE, file,
                ImportOptions.builder().mode(ImportMode.ALL_OR_NOTHING).build());

        assertThat(refused.committed()).isFalse();
        assertThat(refused.problems()).extracting(RowProblem::row, RowProblem::kind, RowProblem::column).containsExactly(
                tuple(3L, RowProblem.Kind.NO_CONSENT, "发布日期"), tuple(4L, RowProblem.Kind.INVALID, "链接"));
        assertThat(refused.problems().get(0).reasonZh()).contains("媒体宣传");
        assertThat(registry.pool().engagementsOf(id(0), 2017)).isEmpty();

        ImportReport good = importEngagements(EngagementKind.MEDIA_FEATURE, file, ImportOptions.defaults());

        assertThat(good.created()).isEqualTo(1);
        assertThat(registry.pool().engagementsOf(id(0), 2017)).singleElement()
                .extracting(e -> ((EngagementDetails.MediaFeature) e.details()).link()).isEqualTo(
                        Optional.of("https://tv.zibo.example/1"));
        assertThat(registry.pool().engagementsOf(id(1), 2017)).isEmpty();
        String utf8 = MEDIA_HEADER + residentId(0).value() + ",工匠0,爱·工惠,微视频,2017-08-01,匠心筑梦：工匠0,\r\n";
        assertThat(importEngagements(EngagementKind.MEDIA_FEATURE, utf8.getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults()).created()).isEqualTo(1);
        assertThat(registry.pool().engagementsOf(id(0), 2017)).hasSize(2);
    }

    @Test
    void templates_ofThePoolKinds_haveDropDowns_andTheirSampleRowsImport() {
        ByteArrayOutputStream artisans = new ByteArrayOutputStream();
        exchange.writeTemplate(SheetKind.ARTISANS, SheetFormat.XLSX, artisans);
        assertThat(exchange.importArtisans(CLERK, SheetSource.of(artisans.toByteArray()), ImportOptions.defaults())
                .created()).isEqualTo(1);
        ByteArrayOutputStream pool = new ByteArrayOutputStream();
        exchange.writeTemplate(SheetKind.POOL_MEMBERS, SheetFormat.CSV, pool);
        assertThat(pool.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF公民身份号码*,姓名*,纳入依据*,纳入日期*");
        assertThat(importPool(pool.toByteArray(), ImportOptions.defaults()).created()).isEqualTo(1);
        ArtisanId sample = registry.artisans().findByResidentId(ResidentId.of("370303197805120132")).orElseThrow().id();
        registry.consents().give(CLERK, new ConsentGrant(sample, ConsentPurpose.MEDIA, LocalDate.of(2017, 1, 1), "app-001"));

        for (EngagementKind kind : EngagementKind.values()) {
            SheetKind sheetKind = switch (kind) {
                case TRAINING -> SheetKind.TRAININGS;
                case CAMPUS_TALK -> SheetKind.CAMPUS_TALKS;
                case MEDIA_FEATURE -> SheetKind.MEDIA_FEATURES;
            };
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            exchange.writeTemplate(sheetKind, SheetFormat.XLSX, xlsx);
            ImportReport report = importEngagements(kind, xlsx.toByteArray(), ImportOptions.defaults());
            assertThat(report.isClean()).as(kind + ": " + report.problems()).isTrue();
            assertThat(report.created()).as(kind.toString()).isEqualTo(1);
        }
        assertThat(registry.pool().engagementCounts(2017)).containsEntry(sample, 3L);

        ByteArrayOutputStream talks = new ByteArrayOutputStream();
        exchange.writeTemplate(SheetKind.CAMPUS_TALKS, SheetFormat.XLSX, talks);
        assertThat(Sheets.readXlsx(talks.toByteArray()).get(0)).containsExactly("公民身份号码*", "姓名*", "学校*", "宣讲日期*",
                "宣讲形式*", "听众人数");
        assertThat(sheetNamed(talks.toByteArray(), "可选值")).containsExactly(List.of("宣讲形式"), List.of("工匠报告会"),
                List.of("工匠访谈"), List.of("实操演示"));
        // The drop-down's error style is one Excel knows, under the tests' Turkish locale too.
        assertThat(unzipped(talks.toByteArray())).contains("<dataValidation sqref=\"E2:E100001\" type=\"list\"")
                .containsPattern("errorStyle=\"(stop|warning)\"");
        assertThat(SheetKind.MEDIA_FEATURES.fields()).containsExactly("residentId", "name", "outlet", "mediaKind", "day",
                "title", "link");
    }

    @Test
    void exportHistory_showsPoolEntriesAndEngagements_oldestFirst() {
        register(1);
        addToPool(1, "2016-12-01");
        String sheet = TRAINING_HEADER
                + residentId(0).value() + ",工匠0,创新能力提升培训班,淄博市总工会,2017-05-15,2017-05-19,40,结业\r\n";
        assertThat(importEngagements(EngagementKind.TRAINING, sheet.getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults()).created()).isEqualTo(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exchange.exportHistory(id(0), SheetFormat.CSV, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).isEqualTo(3);
        assertThat(lines.get(0)).isEqualTo("\uFEFF时间,类别,事项,经办,说明");
        assertThat(lines.get(1)).startsWith("2016-12-01 00:00,入人才库,人社部门增补：" + SOURCE + ",张科长");
        assertThat(lines.get(2)).startsWith("2017-05-15 00:00,培训,创新能力提升培训班（淄博市总工会，2017-05-15 至 2017-05-19，"
                + "40.0学时，结业）,张科长");
        assertThat(lines.get(3)).contains("artisan.registered").doesNotContain(residentId(0).value());
    }

    @Test
    void exportHistory_listsATechnicianTitleAndItsRevocation_inChinese() {
        register(1);
        String chief = "zibo-chief-test";
        registry.titles().define(CLERK, new TechnicianTitle(chief, "淄博市首席技师", List.of(), 5,
                Optional.empty(), Optional.of(4), Map.of()));
        registry.titles().definePolicy(CLERK, new PriorityPolicy(chief + "-p", 1, chief,
                LocalDate.of(2000, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of()));
        TitleRound round = registry.titles().openRound(CLERK, chief,
                IssuingRegion.of("370300"), 2016, LocalDate.of(2016, 9, 1));
        registry.titles().apply(CLERK, round.id(), id(0), new BigDecimal("88"),
                Declarations.inServiceWithCleanRecord());
        TitleAward award = registry.titles().select(CLERK, round.id()).get(0);
        registry.titles().revokeAward(CLERK, award.id(), new RevocationRequest(
                RevocationReason.FRAUD, "申报材料造假", LocalDate.of(2017, 3, 1), "淄博市人力资源和社会保障局"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exchange.exportHistory(id(0), SheetFormat.CSV, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).startsWith("2016-09-01 00:00,技师称号,淄博市首席技师,,任期 2016-09-01 至 2020-09-01");
        assertThat(lines.get(2)).isEqualTo("2017-03-01 00:00,技师称号撤销,淄博市首席技师,淄博市人力资源和社会保障局,弄虚作假骗取荣誉 申报材料造假");
    }

    @Test
    void exportHistory_listsNominationsWithTheirVerdictsStandingAndPlace_andTitleApplications_inChinese() {
        register(4);
        SelectionRound round = roundOf2018With(residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,单位推荐,淄博市第一机床厂,是\r\n"
                + residentId(2).value() + ",工匠2,个人自荐,工匠2,是\r\n"
                + residentId(3).value() + ",工匠3,个人自荐,工匠3,是\r\n");
        Nomination second = registry.rounds().nominationsOf(id(1)).get(0);
        registry.rounds().withdraw(CLERK, second.id(), "本人申请撤回");
        registry.rounds().closeNominations(CLERK, round.id());
        registry.rounds().closeEligibilityReview(CLERK, round.id());
        Reviewer expert = registry.rounds().addReviewer(CLERK, round.id(), "周教授", null);
        Map.of(0, 90, 2, 85, 3, 80).forEach((artisan, points) -> registry.rounds().score(CLERK, expert.id(),
                registry.rounds().nominationsOf(id(artisan)).get(0).id(), Map.of("skill", new BigDecimal(points))));
        registry.rounds().closeExpertReview(CLERK, round.id());
        registry.rounds().closeVoting(CLERK, round.id());
        registry.rounds().startNotice(CLERK, round.id(), TODAY);
        String chief = "zibo-chief-test";
        registry.titles().define(CLERK, new TechnicianTitle(chief, "淄博市首席技师", List.of(), 5,
                Optional.empty(), Optional.of(4), Map.of()));
        registry.titles().definePolicy(CLERK, new PriorityPolicy(chief + "-p", 1, chief,
                LocalDate.of(2000, 1, 1), Optional.empty(), BigDecimal.ZERO, List.of()));
        TitleRound titleRound = registry.titles().openRound(CLERK, chief, IssuingRegion.of("370300"), 2018,
                LocalDate.of(2018, 9, 1));
        registry.titles().apply(CLERK, titleRound.id(), id(0), new BigDecimal("86.5"), Declarations.inServiceWithCleanRecord());

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        long rows = exchange.exportHistory(id(0), SheetFormat.CSV, first);
        ByteArrayOutputStream withdrawn = new ByteArrayOutputStream();
        exchange.exportHistory(id(1), SheetFormat.CSV, withdrawn);
        ByteArrayOutputStream waitlisted = new ByteArrayOutputStream();
        exchange.exportHistory(id(3), SheetFormat.CSV, waitlisted);

        List<String> lines = first.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).isEqualTo(lines.size() - 1);
        assertThat(lines).contains("2018-03-01 10:00,评选申报,测试金牌工匠（2018年）,工匠0,个人自荐；资格审查：符合条件；综合排名第1名，入选金牌工匠",
                "2018-03-01 10:00,技师申请,淄博市首席技师（2018年）,,市（区划代码 370300）评选；评价得分 86.5");
        assertThat(registry.titles().applicationsOf(id(0))).extracting(TitleApplication::roundId).containsExactly(titleRound.id());
        assertThat(withdrawn.toString(StandardCharsets.UTF_8).lines())
                .contains("2018-03-01 10:00,评选申报,测试金牌工匠（2018年）,淄博市第一机床厂,单位推荐；已撤回")
                .noneMatch(line -> line.contains("技师申请"));
        assertThat(registry.titles().applicationsOf(id(1))).isEmpty();
        // The tier takes two a year: the third of the ranking waits.
        assertThat(waitlisted.toString(StandardCharsets.UTF_8).lines())
                .contains("2018-03-01 10:00,评选申报,测试金牌工匠（2018年）,工匠3,个人自荐；资格审查：符合条件；综合排名第3名，候补第1名");
    }

    @Test
    void exportPool_revealsNumbersOnlyWithConsentToItsPurpose_andSaysHowManyWereWithheldAndWhy() {
        register(3);
        addToPool(3, "2016-12-01");
        consent(0, ConsentPurpose.SHARING_WITH_BUREAU);
        consent(1, ConsentPurpose.SHARING_WITH_BUREAU);
        registry.consents().withdraw(CLERK, id(1), ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2018, 2, 1), "撤回申请");
        consent(2, ConsentPurpose.MEDIA);

        ByteArrayOutputStream masked = new ByteArrayOutputStream();
        ExportReport maskedReport = exchange.exportPoolWithReport(TODAY, SheetFormat.CSV, masked, ExportOptions.masked());
        String maskedText = masked.toString(StandardCharsets.UTF_8);
        assertThat(maskedReport.rows()).isEqualTo(3);
        assertThat(maskedReport.revealed()).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(maskedText).doesNotContain(residentId(i).value()).contains(residentId(i).masked());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = exchange.exportPoolWithReport(TODAY, SheetFormat.XLSX, out,
                ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU));

        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.revealed()).isEqualTo(1);
        assertThat(report.withheld()).isEqualTo(2);
        assertThat(report.reasonZh()).contains("2人", "向人社部门人才库提供", "2018-03-01");
        assertThat(report.reasonEn()).contains("2 have no consent to sharing with the bureau's talent pool");
        List<List<String>> sheet = Sheets.readXlsx(out.toByteArray());
        assertThat(sheet).hasSize(5);
        Map<String, List<String>> byName = sheet.subList(1, 4).stream().collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertThat(byName.get("工匠0").get(2)).isEqualTo(residentId(0).value());
        assertThat(byName.get("工匠0").get(3)).isEqualTo("13812340000");
        assertThat(byName.get("工匠1").get(2)).isEqualTo(residentId(1).masked());
        assertThat(byName.get("工匠2").get(2)).isEqualTo(residentId(2).masked());
        assertThat(byName.get("工匠2").get(3)).isEqualTo("138****0002");
        assertThat(sheet.get(4)).containsExactly("说明", report.reasonZh(), report.reasonEn());
    }

    @Test
    void exportArtisans_revealingForAPurpose_showsNumbersWhereThatConsentHolds_inThePoolOrNot() {
        register(3);
        addToPool(2, "2016-12-01");
        consent(0, ConsentPurpose.SHARING_WITH_BUREAU);
        consent(1, ConsentPurpose.MEDIA);
        consent(2, ConsentPurpose.SHARING_WITH_BUREAU);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exchange.exportArtisans(ArtisanQuery.all(), TODAY, SheetFormat.CSV, out,
                ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU));

        assertThat(rows).isEqualTo(3);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        // Written after a tab, which makes Excel keep the eighteen digits as text.
        assertThat(lines.get(1)).contains(",工匠0,\"\t" + residentId(0).value() + "\",13812340000,");
        assertThat(lines.get(2)).contains(",工匠1," + residentId(1).masked() + ",138****0001,");
        assertThat(lines.get(3)).contains(",工匠2,\"\t" + residentId(2).value() + "\",13812340002,").endsWith(",");
    }

    /**
     * The pool export and the artisan export list, in id order, each artisan's certificates in their order and
     * the memberships holding on the day, an honor's by its program and tier names; an artisan outside the
     * pool that day (never in it, left before the day, entering after it) is not on the pool's list and has
     * an empty pool cell on the artisans'. Revealing for a purpose reads each row's consent in the same read,
     * an artisan of two certificates and two memberships on four joined rows.
     */
    @Test
    void exportPool_andArtisans_listEveryCertificateAndEveryMembershipHoldingOnTheDay_inIdOrder() {
        List<String> second = Sheets.artisan(1);
        second.set(10, "高级技师");
        second.set(11, "T1-2");
        second.set(13, "2015/6/1");
        List<List<String>> rows = List.of(Sheets.artisan(0), Sheets.artisan(1), second, Sheets.artisan(2),
                Sheets.artisan(3), Sheets.artisan(4));
        assertThat(exchange.importArtisans(CLERK, SheetSource.of(csv(rows).getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults()).problems()).isEmpty();
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String nominations = "身份证号,姓名,推荐方式,推荐单位,是否在职\r\n" + residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n";
        assertThat(exchange.importNominations(CLERK, round.id(), SheetSource.of(nominations.getBytes(GBK)),
                ImportOptions.defaults()).created()).isEqualTo(1);
        registry.rounds().closeNominations(CLERK, round.id());
        registry.rounds().closeEligibilityReview(CLERK, round.id());
        Reviewer expert = registry.rounds().addReviewer(CLERK, round.id(), "周教授", null);
        Nomination nominee = registry.rounds().nominations(round.id()).get(0);
        registry.rounds().score(CLERK, expert.id(), nominee.id(), Map.of("skill", new BigDecimal(90)));
        registry.rounds().closeExpertReview(CLERK, round.id());
        registry.rounds().closeVoting(CLERK, round.id());
        registry.rounds().startNotice(CLERK, round.id(), TODAY);
        TalentRegistry later = TalentRegistry.builder(registries.store()).tenant(tenant)
                .clock(Clock.fixed(Instant.parse("2018-03-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
                .voteSecret("zibo-union-vote-secret-2018".getBytes(StandardCharsets.UTF_8)).build();
        later.rounds().name(CLERK, round.id(), new NamingDecision("淄工发〔2018〕9号", LocalDate.of(2018, 3, 19), "淄博市总工会"));
        String pool = POOL_HEADER + poolRow(0, "工匠0", SOURCE, "2016-12-01") + poolRow(1, "工匠1", SOURCE, "2017-01-01")
                + poolRow(3, "工匠3", SOURCE, "2016-12-01") + poolRow(4, "工匠4", SOURCE, "2018-05-01");
        assertThat(importPool(pool.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults()).created()).isEqualTo(4);
        later.pool().leave(CLERK, id(3), new PoolLeave(LeaveReason.LEFT_CITY, LocalDate.of(2018, 3, 10), Optional.empty()));
        consent(1, ConsentPurpose.SHARING_WITH_BUREAU);
        LocalDate asOf = LocalDate.of(2018, 4, 1);

        ByteArrayOutputStream poolXlsx = new ByteArrayOutputStream();
        ExportReport report = exchange.exportPoolWithReport(asOf, SheetFormat.XLSX, poolXlsx,
                ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU));
        ByteArrayOutputStream artisansCsv = new ByteArrayOutputStream();
        long artisans = exchange.exportArtisans(ArtisanQuery.all(), asOf, SheetFormat.CSV, artisansCsv, ExportOptions.masked());

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.revealed()).isEqualTo(1);
        assertThat(report.withheld()).isEqualTo(1);
        String header = "序号,姓名,公民身份号码,手机号,工作单位,统一社会信用代码,职业(工种),职业代码,所在区县,区县代码,从业起始日期,技能等级,证书编号,人才库";
        List<List<String>> sheet = Sheets.readXlsx(poolXlsx.toByteArray());
        assertThat(sheet).hasSize(4);
        // The reader gives a date cell as its serial number: 36708 is 2000-07-01.
        assertThat(sheet.get(0)).containsExactly(header.split(","));
        assertThat(sheet.get(1)).containsExactly("1", "工匠0", residentId(0).masked(), "138****0000", "淄博张店汽车维修有限公司",
                "91370303MA3C0001K0", "汽车维修工", "4-12-01-01", "张店区", "370303", "36708.0", "技师", "T0",
                "测试金牌工匠金牌工匠（2018-03-19起）；人社部门纳入：" + SOURCE + "（2016-12-01起）");
        assertThat(sheet.get(2)).containsExactly("2", "工匠1", residentId(1).value(), "13812340001", "淄博张店汽车维修有限公司",
                "91370303MA3C0001K0", "汽车维修工", "4-12-01-01", "张店区", "370303", "36708.0", "高级技师", "T1；T1-2",
                "人社部门纳入：" + SOURCE + "（2017-01-01起）");
        assertThat(sheet.get(3)).containsExactly("说明", report.reasonZh(), report.reasonEn());

        // The list of artisans is in the import's columns, a row per certificate.
        assertThat(artisans).isEqualTo(5);
        List<String> lines = artisansCsv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + header.replace("证书编号,人才库", "证书编号,发证机关,发证日期,有效期至,人才库"));
        assertThat(lines.subList(1, 7)).extracting(l -> l.split(",", -1)[1])
                .containsExactly("工匠0", "工匠1", "工匠1", "工匠2", "工匠3", "工匠4");
        assertThat(lines.get(1)).contains(",T0,").endsWith(",测试金牌工匠金牌工匠（2018-03-19起）；人社部门纳入：" + SOURCE + "（2016-12-01起）");
        assertThat(lines.get(2)).contains(residentId(1).masked(), ",T1,").endsWith(",人社部门纳入：" + SOURCE + "（2017-01-01起）");
        assertThat(lines.get(3)).contains(residentId(1).masked(), ",高级技师,T1-2,");
        for (int i = 4; i <= 6; i++) {
            assertThat(lines.get(i)).contains(",T" + (i - 2) + ",").endsWith(",");
        }
    }

    @Test
    void aNumberWrittenIntoFreeText_isMaskedInThePoolListTheHistoryAndTheAuditTrail_unlessRevealed() {
        register(1);
        String phone = "13912345678";
        String number = residentId(0).value();
        String source = "省级技能大师（推荐人电话" + phone + "，身份证" + number + "）";
        assertThat(importPool((POOL_HEADER + poolRow(0, "工匠0", source, "2016-12-01")).getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults()).created()).isEqualTo(1);
        ByteArrayOutputStream pool = new ByteArrayOutputStream();
        ByteArrayOutputStream history = new ByteArrayOutputStream();
        ByteArrayOutputStream audit = new ByteArrayOutputStream();
        ByteArrayOutputStream revealed = new ByteArrayOutputStream();

        exchange.exportPool(TODAY, SheetFormat.CSV, pool, ExportOptions.masked());
        exchange.exportHistory(id(0), SheetFormat.CSV, history);
        exchange.exportAudit(Instant.MIN, Instant.MAX, SheetFormat.CSV, audit);
        exchange.exportArtisans(org.talentregistry.artisan.ArtisanQuery.all(), TODAY, SheetFormat.CSV, revealed,
                ExportOptions.revealingPersonalData());

        for (ByteArrayOutputStream out : List.of(pool, history, audit)) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("推荐人电话139******78，身份证" + residentId(0).masked())
                    .doesNotContain(phone, number);
        }
        assertThat(revealed.toString(StandardCharsets.UTF_8)).contains(source);
    }

    @Test
    void exportPool_refusesToRevealWithoutAPurpose_andPublicDisclosureNeverRevealsNumbers() {
        register(1);
        addToPool(1, "2016-12-01");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exchange.exportPool(TODAY, SheetFormat.XLSX, out, ExportOptions.revealingPersonalData()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("options");
                    assertThat(e.getMessage()).contains("consent to a purpose").doesNotContain("人才库");
                    assertThat(e.getMessage(Locale.CHINESE)).contains("人才库名单只对已同意相应用途的人员显示");
                });
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> ExportOptions.revealingPersonalDataFor(ConsentPurpose.PUBLIC_DISCLOSURE))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.getField()).isEqualTo("purpose");
                    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("字段「purpose」公示只公开姓名、工作单位和职业，从不公开身份证号和手机号");
                });
        assertThat(exchange.exportPool(TODAY, SheetFormat.CSV, out, ExportOptions.masked())).isEqualTo(1);
    }

    /** Defines {@link #program()}, opens its 2018 round and imports nominations, rows of a GBK sheet, into it. */
    private SelectionRound roundOf2018With(String rows) {
        HonorProgram program = registry.programs().define(CLERK, program());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String sheet = "身份证号,姓名,推荐方式,推荐单位,是否在职\r\n" + rows;
        assertThat(exchange.importNominations(CLERK, round.id(), SheetSource.of(sheet.getBytes(GBK)),
                ImportOptions.defaults()).created()).isEqualTo(rows.lines().count());
        return round;
    }

    private static ProgramDefinition program() {
        return ProgramDefinition.builder()
                .name("测试金牌工匠").organizer("淄博市总工会").years(2016, 5)
                .tier(new HonorTier("gold", "金牌工匠", 2, true))
                .criterion(new Criterion.MinimumSkillLevel("level", Severity.HARD,
                        org.talentregistry.artisan.SkillLevel.SENIOR_WORKER))
                .channel(NominationChannel.SELF).channel(NominationChannel.EMPLOYER)
                .scoring(new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                        List.of(new ReviewItem("skill", "技能水平", 100)),
                        ScoringScheme.ExpertNormalization.NONE, ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST,
                        List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1))
                .build();
    }

    @Test
    void exportNoticeList_asXlsxAndCsv_publishesNameEmployerTradeOnly_neutralised_andOnlyWithConsent() {
        List<String> formula = Sheets.artisan(1);
        formula.set(3, "@SUM(1)");
        exchange.importArtisans(CLERK, SheetSource.of(csv(List.of(Sheets.artisan(0), formula))
                .getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        SelectionRound round = roundOf2018With(residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,个人自荐,工匠1,是\r\n");
        registry.rounds().closeNominations(CLERK, round.id());
        registry.rounds().closeEligibilityReview(CLERK, round.id());
        Reviewer expert = registry.rounds().addReviewer(CLERK, round.id(), "周教授", null);
        List<Nomination> nominees = registry.rounds().nominations(round.id());
        for (int i = 0; i < nominees.size(); i++) {
            registry.rounds().score(CLERK, expert.id(), nominees.get(i).id(), Map.of("skill", new BigDecimal(80 + i)));
        }
        registry.rounds().closeExpertReview(CLERK, round.id());
        String ballots = "候选人编号,投票IP,投票时间\r\n" + nominees.get(0).id().value() + ",202.110.1.7,2018-03-01 10:01:00\r\n";
        exchange.importBallots(round.id(), SheetSource.of(ballots.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
        registry.rounds().closeVoting(CLERK, round.id());
        registry.rounds().startNotice(CLERK, round.id(), TODAY);

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exchange.exportNoticeList(round.id(), SheetFormat.XLSX, refused))
                .isInstanceOf(ConsentRequiredException.class);
        assertThat(refused.size()).isZero();

        consent(0, ConsentPurpose.PUBLIC_DISCLOSURE);
        consent(1, ConsentPurpose.PUBLIC_DISCLOSURE);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertThat(exchange.exportNoticeList(round.id(), SheetFormat.XLSX, xlsx)).isEqualTo(2);
        List<List<String>> sheet = Sheets.readXlsx(xlsx.toByteArray());
        assertThat(sheet.get(0).get(0)).isEqualTo("2018年测试金牌工匠拟命名人选公示");
        assertThat(sheet.get(1).get(0)).startsWith("公示期：2018-03-01 至 ");
        // The reader leaves out the blank row between the notice's header lines and its table.
        assertThat(sheet.get(3)).containsExactly("序号", "姓名", "工作单位", "职业（工种）", "拟命名称号");
        assertThat(sheet.subList(4, 6)).extracting(r -> r.get(1)).containsExactlyInAnyOrder("工匠0", "工匠1");
        assertThat(sheet.subList(4, 6)).extracting(r -> r.get(2)).contains("'@SUM(1)");
        assertThat(sheet).hasSize(6);
        String all = sheet.toString();
        assertThat(all).doesNotContain(residentId(0).value(), residentId(1).value(), "13812340000");

        ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
        exchange.exportNoticeList(round.id(), SheetFormat.CSV, csvOut);
        String text = csvOut.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF2018年测试金牌工匠拟命名人选公示\r\n").contains("\r\n序号,姓名,工作单位,职业（工种）,拟命名称号\r\n")
                .contains(",'@SUM(1),").doesNotContain(residentId(0).value());
    }

    private static List<List<String>> sheetNamed(byte[] xlsx, String name) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var rows = wb.findSheet(name).orElseThrow().openStream()) {
            return rows.map(r -> IntStream.range(0, r.getCellCount()).mapToObj(r::getCellText).toList())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every part of an XLSX, read from a file: the writer streams its entries with data descriptors. */
    private static String unzipped(byte[] xlsx) {
        StringBuilder all = new StringBuilder();
        try {
            Path file = Files.createTempFile("template", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
