package org.talentregistry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentregistry.exchange.Sheets.artisan;
import static org.talentregistry.exchange.Sheets.residentId;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.exchange.internal.Workbooks;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.TenantRegistries;
import org.talentregistry.pool.EngagementKind;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
/** Files as Chinese offices send them: Excel for Mac's dates, GBK that lost a character, GB18030 with its byte-order mark, a number cell of a million digits. */
class OfficeFilesTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final TenantRegistries registries = TenantRegistries.of(() -> Database.H2, CLOCK);
    private TalentRegistry registry;
    private Exchange exchange;

    @BeforeEach
    void newTenant() {
        registry = registries.newTenant();
        exchange = Exchange.of(registry);
    }

    /** An XLSX whose 发证日期 cell holds the serial `serial` with a date format, in a workbook of the given date system. */
    private static byte[] xlsxWithSerial(double serial, String date1904) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("人员");
        String[] headers = Sheets.ARTISAN_HEADER.split(",");
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
        }
        List<String> row = artisan(1);
        for (int c = 0; c < row.size(); c++) {
            if (c == 13) {
                ws.value(1, c, serial);
                ws.style(1, c).format("yyyy/m/d").set();
            } else {
                ws.value(1, c, row.get(c));
            }
        }
        wb.finish();
        return Workbooks.withPart(out.toByteArray(), "xl/workbook.xml",
                x -> x.replace("date1904=\"false\"", "date1904=\"" + date1904 + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true"})
    void xlsx_in1904DateSystem_readsTheDateExcelShows(String date1904) throws Exception {
        // 2017-06-26 is serial 41450 in the 1904 date system (Excel for Mac's, and any workbook with
        // "Use 1904 date system" ticked): Excel shows 2017/6/26 in the cell. Excel writes the flag as 1.
        byte[] xlsx = xlsxWithSerial(41450, date1904);

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(xlsx), ImportOptions.defaults());

        assertThat(report.created()).as(report.problems().toString()).isEqualTo(1);
        Artisan a = registry.artisans().findByResidentId(residentId(1)).orElseThrow();
        assertThat(a.details().certificates().get(0).issuedOn()).isEqualTo(LocalDate.of(2017, 6, 26));
    }

    @Test
    void gbkCsv_whoseRareCharacterExcelTurnedIntoAQuestionMark_isRefusedNamingTheRow() {
        // Excel's "CSV (逗号分隔)" on a Chinese system saves GBK: 刘䶮 (U+4DAE, outside GBK) is written as 刘?.
        List<List<String>> rows = new ArrayList<>(List.of(artisan(1)));
        rows.get(0).set(0, "刘?");
        ImportReport report = exchange.importArtisans(CLERK,
                SheetSource.of(Sheets.bytes(Sheets.csv(rows), Charset.forName("GBK"))), ImportOptions.defaults());

        assertThat(registry.artisans().findByResidentId(residentId(1)).map(Artisan::name)).isEmpty();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("姓名");
            assertThat(p.reasonZh()).contains("问号", "GBK", "CSV UTF-8");
            assertThat(p.reasonEn()).contains("question mark", "GBK");
        });
    }

    @Test
    void gb18030Csv_withItsByteOrderMark_isRead() {
        byte[] body = Sheets.bytes(Sheets.csv(List.of(artisan(1))), Charset.forName("GB18030"));
        byte[] all = new byte[body.length + 4];
        all[0] = (byte) 0x84; all[1] = 0x31; all[2] = (byte) 0x95; all[3] = 0x33;
        System.arraycopy(body, 0, all, 4, body.length);

        ImportReport report = exchange.importArtisans(CLERK, SheetSource.of(all), ImportOptions.defaults());

        assertThat(report.created()).as(report.problems().toString()).isEqualTo(1);
    }

    @Test
    void aNumberCellOfAMillionDigits_isRefusedAsTooLong_beforeItIsParsed() {
        String csv = "公民身份号码,姓名,培训班名称,主办单位,开始日期,结束日期,学时,培训结果\n"
                + "11010519491231002X,王建国,创新能力提升培训班,淄博市总工会,2017-06-01,2017-06-05," + "9".repeat(1_000_000) + ",结业\n";

        ImportReport report = exchange.importEngagements(CLERK, EngagementKind.TRAINING,
                SheetSource.of(csv.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());

        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("学时");
            assertThat(p.reasonZh()).contains("数字过长（超过40个字符）");
            assertThat(p.reasonEn()).contains("a number of more than 40 characters");
        });
    }
}
