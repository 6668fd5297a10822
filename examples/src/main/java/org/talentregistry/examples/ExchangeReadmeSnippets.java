package org.talentregistry.examples;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Region;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ExportReport;
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.MatchPolicy;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.RoundId;

/**
 * The README's spreadsheet snippets, compiled by the build: each region between {@code // README:name} and
 * {@code // END} is a README block, whitespace aside. What it takes from its host is a parameter.
 * SpreadsheetExchangeExample runs the same calls end to end.
 */
final class ExchangeReadmeSnippets {
    private ExchangeReadmeSnippets() {
    }

    /**
     * Imports an office's artisan list, sends back its report, and exports the pool, the bureau's priority sheet
     * and a template.
     *
     * @param registry the registry of the tenant
     * @param actor who imports
     * @param upload the bureau's list of ids to answer, as uploaded
     * @param password the password the bureau locked its list with, given apart from the file
     * @param date the date priority is decided as of
     * @param cancelled set by the host's UI to stop the import
     * @param out where each sheet is written
     */
    static void exchange(TalentRegistry registry, Actor actor, Path upload, String password, LocalDate date,
            AtomicBoolean cancelled, OutputStream out) {
        // README:exchange
        Exchange exchange = Exchange.of(registry);
        ImportReport report = exchange.importArtisans(actor, SheetSource.of(Path.of("工匠名单.csv")), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING)                  // or GOOD_ROWS (the default)
                .matchPolicy(MatchPolicy.UPDATE)                  // or REPORT_CONFLICT
                .column("residentId", "证件号")                    // headers the defaults do not know
                .regions(Map.of("张店区", Region.of("370303", "张店区")))   // sheets with a district's name but no code
                .onProgress(p -> log(p.rowsRead(), p.accepted(), p.refused()))
                .cancelWhen(cancelled::get)
                .refusedRowsTo(SheetFormat.XLSX, out, ExportOptions.revealingPersonalData())   // the bad rows back, to mend
                .build());
        report.writeTo(SheetFormat.XLSX, out);                    // row, column, masked value, reason in Chinese and English
        exchange.exportPool(LocalDate.now(), SheetFormat.XLSX, out, ExportOptions.masked());
        exchange.answerPrioritySheet(SheetSource.of(upload).withPassword(password), "zibo-chief-technician", date,
                SheetFormat.XLSX, out, ExportOptions.masked().withPassword(password));   // locked, as the bureau sent it
        exchange.writeTemplate(SheetKind.ARTISANS, SheetFormat.XLSX, out);
        // END
    }

    /**
     * Adds the bureau's additions and a year's training classes to the pool, hands the pool to the bureau with
     * numbers shown only where consent holds, and publishes a round's notice list.
     *
     * @param registry the registry of the tenant
     * @param actor who imports
     * @param roundId a round in public notice
     * @param date the date the pool is exported as of
     * @param out where each sheet is written
     */
    static void pool(TalentRegistry registry, Actor actor, RoundId roundId, LocalDate date, OutputStream out) {
        // README:exchange-pool
        Exchange exchange = Exchange.of(registry);
        exchange.importPoolMembers(actor, SheetSource.of(Path.of("增补入库名单.csv")), ImportOptions.defaults());
        exchange.importEngagements(actor, EngagementKind.TRAINING, SheetSource.of(Path.of("2024年培训班.xlsx")),
                ImportOptions.defaults());                        // or CAMPUS_TALK, MEDIA_FEATURE
        ExportReport shared = exchange.exportPoolWithReport(date, SheetFormat.XLSX, out,
                ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU));
        System.out.println(shared.reasonZh());  // 共导出120行，其中3人于2024-05-01无「向人社部门人才库提供」同意记录，其身份证号和手机号已隐去；117人完整显示
        exchange.exportNoticeList(roundId, SheetFormat.XLSX, out);
        exchange.writeTemplate(SheetKind.MEDIA_FEATURES, SheetFormat.XLSX, out);
        // END
    }

    private static void log(long rowsRead, long accepted, long refused) {
        System.out.printf("read %d, accepted %d, refused %d%n", rowsRead, accepted, refused);
    }
}
