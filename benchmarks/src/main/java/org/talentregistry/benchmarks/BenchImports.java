package org.talentregistry.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * For the benchmarks that hold one kind of file against another ({@code .xls}, a locked workbook): the
 * exchange benchmark's artisans written as an XLSX, and imported into a tenant of their own, checked whole.
 */
final class BenchImports {
    private static final Actor ACTOR = Actor.system("benchmark-import");
    private static final String[] HEADER = ExchangeBenchmarks.HEADER.split(",");

    private BenchImports() {
    }

    /**
     * Imports a file of artisans into a new tenant, in batches of 1,000; with samples, the live heap above the
     * start every tenth of the rows.
     *
     * @param store the store
     * @param source the file
     * @param rows the artisans it holds, all of which must be registered
     * @param samples where the live heap goes, or null for none
     * @param live reads the live heap
     * @return the tenant's registry
     */
    static TalentRegistry importInto(JdbcRegistryStore store, SheetSource source, int rows, List<Long> samples,
            LongSupplier live) {
        TalentRegistry registry = TalentRegistry.builder(store)
                .tenant(TenantId.of("imp-" + UUID.randomUUID().toString().substring(0, 8))).build();
        long start = samples == null ? 0 : live.getAsLong();
        long every = rows / 10;
        long[] next = {every};
        ImportOptions.Builder options = ImportOptions.builder().batchSize(1000);
        if (samples != null) {
            options.onProgress(p -> {
                if (p.rowsRead() >= next[0]) {
                    samples.add(Math.max(0, live.getAsLong() - start));
                    next[0] += every;
                }
            });
        }
        ImportReport report = Exchange.of(registry).importArtisans(ACTOR, source, options.build());
        if (report.created() != rows || !report.isClean()) {
            throw new IllegalStateException(source + " did not import whole: " + report + " "
                    + report.problems().stream().limit(3).toList());
        }
        return registry;
    }

    /**
     * Writes the exchange benchmark's artisans as an XLSX (fastexcel), under its header.
     *
     * @param xlsx the file
     * @param rows how many artisans
     * @throws IOException if writing fails
     */
    static void writeXlsx(Path xlsx, int rows) throws IOException {
        try (OutputStream x = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(x, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("人员信息");
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] cells = ExchangeBenchmarks.artisanCells(i);
                for (int c = 0; c < cells.length; c++) {
                    ws.value(i + 1, c, cells[c]);
                }
                if (i % 1000 == 999) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
