package org.talentregistry.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * What an Excel 97-2003 workbook costs to import beside the same rows as XLSX: a full {@code .xls} sheet
 * (65,535 artisans under the header, the format's limit) and an XLSX of the same cells, each imported into
 * a fresh tenant of an H2 file database in turns; then, once each, the live heap (after full collections)
 * sampled every tenth of the rows. HSSF reads a workbook whole, so the {@code .xls} import holds the
 * workbook while it runs; the XLSX import streams.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.talentregistry.benchmarks.XlsImportBenchmark [repeats]} (default 3).
 */
public final class XlsImportBenchmark {
    private static final int ROWS = 65_535;
    private static final String[] HEADER = ExchangeBenchmarks.HEADER.split(",");

    private XlsImportBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the repeats, optional
     * @throws Exception if writing the files fails
     */
    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        PrintStream out = System.out;
        EachDatabase.printMachine(out, "Excel 97-2003 import benchmark");
        Path folder = Files.createTempDirectory("tr-xls-bench");
        Path xls = folder.resolve("artisans.xls");
        Path xlsx = folder.resolve("artisans.xlsx");
        write(xls, xlsx);
        out.printf(Locale.ROOT, "Files: %,d rows of 14 columns; .xls %,d bytes, .xlsx %,d bytes%n", ROWS, Files.size(xls),
                Files.size(xlsx));
        try (BenchDatabase db = BenchDatabase.create(Options.Database.H2, folder)) {
            out.println(db.kind() + " " + db.version() + " at " + db.where());
            JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource());
            // A first import of each, not counted: the first runs compile the code paths.
            importOnce(store, xls, null);
            importOnce(store, xlsx, null);
            List<Double> xlsRates = new ArrayList<>();
            List<Double> xlsxRates = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                boolean xlsFirst = i % 2 == 0;
                for (Path file : xlsFirst ? List.of(xls, xlsx) : List.of(xlsx, xls)) {
                    double rate = importOnce(store, file, null);
                    (file == xls ? xlsRates : xlsxRates).add(rate);
                    out.printf(Locale.ROOT, "  %s run %d: %,.0f rows/s%n", file.getFileName(), i + 1, rate);
                }
            }
            out.println();
            out.println("| file | runs | rows/s, median (min–max) | live heap above the start every 6,553 rows (MB) |");
            out.println("| --- | ---: | ---: | --- |");
            for (Path file : List.of(xls, xlsx)) {
                List<Double> rates = file == xls ? xlsRates : xlsxRates;
                List<Long> samples = new ArrayList<>();
                importOnce(store, file, samples);
                Collections.sort(rates);
                out.printf(Locale.ROOT, "| %s | %d | %,.0f (%,.0f–%,.0f) | %s; max **%.1f** |%n", file.getFileName(),
                        rates.size(), rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1),
                        String.join(", ", samples.stream().map(b -> String.format(Locale.ROOT, "%.1f", b / 1e6)).toList()),
                        Collections.max(samples) / 1e6);
            }
        }
    }

    /** Imports a file into a new tenant; with samples, the live heap above the start every tenth of the rows. */
    private static double importOnce(JdbcRegistryStore store, Path file, List<Long> samples) {
        long began = System.nanoTime();
        BenchImports.importInto(store, SheetSource.of(file), ROWS, samples, HeapProbe::liveBytes);
        return ROWS / ((System.nanoTime() - began) / 1e9);
    }

    /** The exchange benchmark's cells, as .xls (HSSF) and .xlsx (fastexcel). */
    private static void write(Path xls, Path xlsx) throws IOException {
        BenchImports.writeXlsx(xlsx, ROWS);
        try (HSSFWorkbook hssf = new HSSFWorkbook()) {
            HSSFSheet sheet = hssf.createSheet("人员信息");
            HSSFRow top = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                top.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                String[] cells = ExchangeBenchmarks.artisanCells(i);
                HSSFRow row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            try (OutputStream o = Files.newOutputStream(xls)) {
                hssf.write(o);
            }
        }
    }
}
