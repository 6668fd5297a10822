package org.talentregistry.exchange.xls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.TenantRegistries;

/**
 * An .xls whose container opens but one cell record is damaged (a shared-string index past the table) ends in
 * a report naming the row from which the sheet cannot be read, as the same damage in an .xlsx does, and the
 * report counts what was written before it. It had let a java.io.UncheckedIOException out of importArtisans,
 * and in GOOD_ROWS the batches before it stayed written without a report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamagedXlsRecordTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADER = List.of("姓名", "身份证号", "手机号", "工作单位", "统一社会信用代码", "职业（工种）",
            "职业代码", "所在区县", "区县代码", "参加工作时间", "技能等级", "证书编号", "发证机关", "发证日期");
    @RegisterExtension
    final TenantRegistries registries = TenantRegistries.of(() -> Database.H2, CLOCK);

    private static List<Object> artisan(int i) {
        String id = ResidentId.completing("370303" + (1960 + i % 20) + "0101"
                + String.format(Locale.ROOT, "%03d", i / 20 % 999 + 1)).value();
        return new ArrayList<>(List.of("工匠" + i, id, "1381234" + String.format(Locale.ROOT, "%04d", i), "淄博张店汽车维修有限公司",
                "91370303MA3C0001K0", "汽车维修工", "4-12-01-01", "张店区", "370303", "2000-07-01", "二级", "T" + i,
                "淄博市人力资源和社会保障局", "2012-03-01"));
    }

    /** 120 artisans; the LabelSST record of row 100, column 0 (a name) points past the shared strings. */
    private static byte[] damagedXls() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        for (int i = 0; i < 120; i++) {
            rows.add(artisan(i));
        }
        byte[] b = new XlsFiles().withSheet("人员", rows);
        int hits = 0;
        for (int i = 0; i + 14 <= b.length; i++) {
            // LABELSST: sid 0x00FD, length 10, row 100, column 0, xf, then the 4-byte index.
            if ((b[i] & 0xFF) == 0xFD && b[i + 1] == 0 && b[i + 2] == 0x0A && b[i + 3] == 0
                    && (b[i + 4] & 0xFF) == 100 && b[i + 5] == 0 && b[i + 6] == 0 && b[i + 7] == 0) {
                b[i + 10] = (byte) 0xFF;
                b[i + 11] = (byte) 0xFF;
                b[i + 12] = (byte) 0xFF;
                b[i + 13] = 0x7F;
                hits++;
            }
        }
        assertThat(hits).isEqualTo(1);
        return b;
    }

    @Test
    void aDamagedCellRecordInAnXls_endsInAReport_andTheReportCountsWhatWasWritten() {
        byte[] xls = damagedXls();
        List<String> failures = new ArrayList<>();
        for (ImportMode mode : ImportMode.values()) {
            TalentRegistry registry = registries.newTenant();
            try {
                ImportReport report = Exchange.of(registry).importArtisans(CLERK, SheetSource.of(xls),
                        ImportOptions.builder().mode(mode).batchSize(10).build());
                long held = registry.artisans().count(ArtisanQuery.all());
                if (held != report.created()) {
                    failures.add(mode + ": report " + report + " but " + held + " artisans written");
                }
                // The reader meets the damage with the block of rows that holds row 101: from that block's first row on
                // nothing is read, and the report says so.
                if (report.problems().stream().noneMatch(p -> p.row() > 1 && p.row() <= 101
                        && p.reasonZh().contains("从这一行起工作表无法读取"))) {
                    failures.add(mode + ": the damage at row 101 not reported: " + report.problems());
                }
            } catch (RuntimeException e) {
                failures.add(mode + ": threw " + e + " with " + registry.artisans().count(ArtisanQuery.all())
                        + " artisans written");
            }
        }
        assertThat(failures).isEmpty();
    }
}
