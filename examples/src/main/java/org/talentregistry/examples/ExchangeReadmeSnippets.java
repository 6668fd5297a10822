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
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.MatchPolicy;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;

/**
 * The README's spreadsheet snippet, compiled by the build: the region between {@code // README:exchange} and
 * {@code // END} is the README's block, whitespace aside. What it takes from its host is a parameter.
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
     * @param date the date priority is decided as of
     * @param cancelled set by the host's UI to stop the import
     * @param out where each sheet is written
     */
    static void exchange(TalentRegistry registry, Actor actor, Path upload, LocalDate date, AtomicBoolean cancelled,
            OutputStream out) {
        // README:exchange
        Exchange exchange = Exchange.of(registry);
        ImportReport report = exchange.importArtisans(actor, SheetSource.of(Path.of("工匠名单.csv")), ImportOptions.builder()
                .mode(ImportMode.ALL_OR_NOTHING)                  // or GOOD_ROWS (the default)
                .matchPolicy(MatchPolicy.UPDATE)                  // or REPORT_CONFLICT
                .column("residentId", "证件号")                    // headers the defaults do not know
                .regions(Map.of("张店区", Region.of("370303", "张店区")))   // sheets with a district's name but no code
                .onProgress(p -> log(p.rowsRead(), p.accepted(), p.refused()))
                .cancelWhen(cancelled::get)
                .build());
        report.writeTo(SheetFormat.XLSX, out);                    // row, column, masked value, reason in Chinese and English
        exchange.exportPool(LocalDate.now(), SheetFormat.XLSX, out, ExportOptions.masked());
        exchange.answerPrioritySheet(SheetSource.of(upload), "zibo-chief-technician", date, SheetFormat.XLSX, out,
                ExportOptions.masked());
        exchange.writeTemplate(SheetKind.ARTISANS, SheetFormat.XLSX, out);
        // END
    }

    private static void log(long rowsRead, long accepted, long refused) {
        System.out.printf("read %d, accepted %d, refused %d%n", rowsRead, accepted, refused);
    }
}
