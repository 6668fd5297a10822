package org.talentregistry.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.spi.WorkbookEncrypter;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * What a password costs a workbook: 100,000 artisans imported from an XLSX and from the same XLSX encrypted
 * with a password (Excel's agile encryption, as {@code registry-exchange-xls} writes it), each into a fresh
 * tenant of an H2 file database, in turns; then the same artisans exported with their numbers shown, as a
 * plain and as a locked workbook, in turns. Last, once each, the live objects (the JVM's class histogram):
 * an import's every tenth of its rows, an export's every quarter of a second.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.talentregistry.benchmarks.LockedWorkbookBenchmark [repeats]} (default 3).
 */
public final class LockedWorkbookBenchmark {
    private static final int ROWS = 100_000;
    private static final String PASSWORD = "zbrsj2024";
    private static final ExportOptions REVEALING = ExportOptions.revealingPersonalData();

    private LockedWorkbookBenchmark() {
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
        EachDatabase.printMachine(out, "Locked workbook benchmark");
        Path folder = Files.createTempDirectory("tr-locked-bench");
        Path plain = folder.resolve("artisans.xlsx");
        Path locked = folder.resolve("artisans-locked.xlsx");
        BenchImports.writeXlsx(plain, ROWS);
        WorkbookEncrypter encrypter = ServiceLoader.load(WorkbookEncrypter.class).findFirst().orElseThrow();
        try (OutputStream file = Files.newOutputStream(locked);
                OutputStream encrypting = encrypter.encrypting(file, PASSWORD)) {
            Files.copy(plain, encrypting);
        }
        out.printf(Locale.ROOT, "Files: %,d rows of 14 columns; plain %,d bytes, locked %,d bytes%n", ROWS,
                Files.size(plain), Files.size(locked));
        SheetSource plainSource = SheetSource.of(plain);
        SheetSource lockedSource = SheetSource.of(locked).withPassword(PASSWORD);
        try (BenchDatabase db = BenchDatabase.create(Options.Database.H2, folder)) {
            out.println(db.kind() + " " + db.version() + " at " + db.where());
            JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource());
            // A first run of each, not counted: the first runs compile the code paths.
            TalentRegistry exported = importOnce(store, plainSource, null);
            importOnce(store, lockedSource, null);
            exportOnce(exported, REVEALING);
            exportOnce(exported, REVEALING.withPassword(PASSWORD));
            // Rows per second: import plain, import locked, export plain, export locked.
            List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int i = 0; i < repeats; i++) {
                boolean plainFirst = i % 2 == 0;
                for (boolean isLocked : plainFirst ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    long began = System.nanoTime();
                    importOnce(store, isLocked ? lockedSource : plainSource, null);
                    rates.get(isLocked ? 1 : 0).add(ROWS / ((System.nanoTime() - began) / 1e9));
                }
                for (boolean isLocked : plainFirst ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    long began = System.nanoTime();
                    exportOnce(exported, isLocked ? REVEALING.withPassword(PASSWORD) : REVEALING);
                    rates.get(isLocked ? 3 : 2).add(ROWS / ((System.nanoTime() - began) / 1e9));
                }
                out.printf(Locale.ROOT, "  run %d: import %,.0f plain, %,.0f locked; export %,.0f plain, %,.0f locked"
                        + " rows/s%n", i + 1, last(rates.get(0)), last(rates.get(1)), last(rates.get(2)),
                        last(rates.get(3)));
            }
            List<Long> importPlain = new ArrayList<>();
            importOnce(store, plainSource, importPlain);
            List<Long> importLocked = new ArrayList<>();
            importOnce(store, lockedSource, importLocked);
            long exportPlain = exportLiveHeap(exported, REVEALING);
            long exportLocked = exportLiveHeap(exported, REVEALING.withPassword(PASSWORD));
            out.println();
            out.println("| operation | workbook | runs | rows/s, median (min–max) | live objects above the start, max"
                    + " MB |");
            out.println("| --- | --- | ---: | ---: | ---: |");
            row(out, "import", "plain", rates.get(0), Collections.max(importPlain));
            row(out, "import", "locked", rates.get(1), Collections.max(importLocked));
            row(out, "export, numbers shown", "plain", rates.get(2), exportPlain);
            row(out, "export, numbers shown", "locked", rates.get(3), exportLocked);
        }
    }

    private static double last(List<Double> rates) {
        return rates.get(rates.size() - 1);
    }

    private static void row(PrintStream out, String operation, String workbook, List<Double> rates, long liveMax) {
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "| %s | %s | %d | %,.0f (%,.0f–%,.0f) | %.1f |%n", operation, workbook, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), liveMax / 1e6);
    }

    private static TalentRegistry importOnce(JdbcRegistryStore store, SheetSource source, List<Long> samples) {
        return BenchImports.importInto(store, source, ROWS, samples, LockedWorkbookBenchmark::liveObjects);
    }

    private static void exportOnce(TalentRegistry registry, ExportOptions options) {
        long rows = Exchange.of(registry).exportArtisans(ArtisanQuery.all(), java.time.LocalDate.of(2024, 5, 1),
                SheetFormat.XLSX, OutputStream.nullOutputStream(), options);
        if (rows != ROWS) {
            throw new IllegalStateException("exported " + rows + " rows, not " + ROWS);
        }
    }

    /** An export's live heap above the start, at its largest, read every quarter of a second on a thread. */
    private static long exportLiveHeap(TalentRegistry registry, ExportOptions options) throws InterruptedException {
        long start = liveObjects();
        AtomicLong max = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long live = liveObjects() - start;
                max.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "live-heap-sampler");
        sampler.start();
        try {
            exportOnce(registry, options);
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return Math.max(0, max.get());
    }

    /**
     * The bytes of the objects reachable now, as the JVM's class histogram counts them after the full
     * collection it asks for. While another thread is in native code that holds the collector off (the
     * export's writer thread compressing, the import's reader inflating), the JVM skips that collection and
     * counts the dead objects too: a reading taken then showed 841 MB where the live objects were some 40. So
     * a reading counts only if a full collection ran for it; otherwise it is taken again.
     */
    private static long liveObjects() {
        for (int attempt = 0; ; attempt++) {
            long fullBefore = HeapProbe.fullCollections();
            String text;
            try {
                text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()})
                        .toString();
            } catch (javax.management.JMException e) {
                throw new IllegalStateException("the class histogram cannot be read", e);
            }
            if (HeapProbe.fullCollections() > fullBefore) {
                String last = text.strip().lines().reduce((x, y) -> y).orElseThrow();
                String[] words = last.trim().split("\\s+");
                return Long.parseLong(words[words.length - 1]);
            }
            if (attempt == 1_000) {
                throw new IllegalStateException("no full collection ran for a class histogram in 1,000 attempts");
            }
            Thread.onSpinWait();
        }
    }
}
