package org.talentregistry.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.privacy.ConsentPurpose;

/**
 * Issue 12's benchmark: importing artisans with one certificate each from CSV and from XLSX, and exporting
 * them to XLSX, through {@code registry-exchange} and through a hand-written baseline that reads the same
 * file with the same library (commons-csv, fastexcel-reader) and inserts the same rows into the same tables
 * with a raw JDBC batch of the same size, or selects them with one query and writes them with the same
 * writer. Library and baseline alternate, each in a tenant of its own, on the same database.
 *
 * <p>The library does more than the baseline, on purpose: it validates every value through the core's
 * types, matches each batch against the registry by resident ID (so that a re-import changes nothing), and
 * writes an audit event per artisan in the same transaction.
 */
public final class ExchangeBenchmarks {
    private static final String USAGE = """
            usage: java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar \
            org.talentregistry.benchmarks.ExchangeBenchmarks [options]
            """ + CommandLine.DB_OPTION + """
              --rows 100000                artisans in each file
              --small 10000                rows of the warm-up run, whose peak heap is compared with the full run's
              --warmups 1                  full-size imports per side and format before the measured ones, reported
                                           as "(first run)" and left out of the medians: the library's first
                                           import of 100,000 rows ran at half its later speed, still compiling
              --repeats 3                  measurements of each operation per side, alternating which side goes
                                           first; the median of each side is reported, with the min and max
              --memory yes                 after the timed runs, a memory pass (not timed): each operation at
                                           --small and --rows rows, the live heap sampled after a full GC every
                                           10,000 rows (every tenth of the rows below 100,000); no to skip it
              --imports on                 off skips the measured imports (the exports' tenant is still imported)
              --export-repeats N           measurements of each export per side (default: --repeats); an export
                                           takes a second or two, and more of them steady a median
            """ + CommandLine.H2_DIR_OPTION + CommandLine.REACHING_DATABASES;
    private static final Actor ACTOR = Actor.system("benchmark-import");
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    static final String HEADER = "姓名,公民身份号码,手机号,工作单位,统一社会信用代码,职业(工种),职业代码,所在区县,区县代码,"
            + "从业起始日期,技能等级,证书编号,发证机关,发证日期";
    private static final int BATCH = 1000;
    private static final LocalDate POOL_AS_OF = LocalDate.of(2024, 5, 1);
    private static final LocalDate POOL_SINCE = LocalDate.of(2020, 1, 1);
    private static final String POOL_NOTE = "市人社局认定的高技能人才";
    private static final String REVEALED_POOL = "export pool XLSX revealed";

    private record Settings(List<Database> databases, int rows, int small, int warmups, int repeats, boolean memory,
            Path h2Directory, boolean exportsOnly, int exportRepeats) {
        static Settings parse(String[] args) {
            List<Database> databases = List.of(Database.values());
            int rows = 100_000;
            int small = 10_000;
            int warmups = 1;
            int repeats = 3;
            boolean memory = true;
            Path h2 = CommandLine.defaultH2Directory();
            boolean exportsOnly = false;
            int exportRepeats = 0;
            for (Map.Entry<String, String> pair : CommandLine.pairs(args)) {
                switch (pair.getKey()) {
                    case "--db" -> databases = CommandLine.databases(pair.getValue());
                    case "--rows" -> rows = CommandLine.number("--rows", pair.getValue(), 1_000, 1_000_000);
                    case "--small" -> small = CommandLine.number("--small", pair.getValue(), 100, 1_000_000);
                    case "--warmups" -> warmups = CommandLine.number("--warmups", pair.getValue(), 0, 9);
                    case "--repeats" -> repeats = CommandLine.number("--repeats", pair.getValue(), 1, 99);
                    case "--memory" -> memory = switch (pair.getValue()) {
                        case "yes" -> true;
                        case "no" -> false;
                        default -> throw new IllegalArgumentException("--memory: yes or no, got " + pair.getValue());
                    };
                    case "--h2-dir" -> h2 = Path.of(pair.getValue());
                    case "--imports" -> exportsOnly = switch (pair.getValue()) {
                        case "on" -> false;
                        case "off" -> true;
                        default -> throw new IllegalArgumentException("--imports takes on or off");
                    };
                    case "--export-repeats" -> exportRepeats = CommandLine.number("--export-repeats", pair.getValue(), 1, 99);
                    default -> throw new IllegalArgumentException("unknown option " + pair.getKey());
                }
            }
            return new Settings(databases, rows, small, warmups, repeats, memory, h2, exportsOnly,
                    exportRepeats == 0 ? repeats : exportRepeats);
        }
    }

    /** One measured operation. */
    private record Result(String database, String operation, String side, int rows, long nanos, long peakBytes) {
        double rowsPerSecond() {
            return rows / (nanos / 1e9);
        }
    }

    /** Every measurement of one operation on one database, each side's in the order taken. */
    private record Summary(String database, String operation, List<Result> library, List<Result> baseline) {
        static List<Summary> of(List<Result> results) {
            Map<String, Summary> byOperation = new java.util.LinkedHashMap<>();
            for (Result r : results) {
                Summary s = byOperation.computeIfAbsent(r.database() + "\u0000" + r.operation(),
                        k -> new Summary(r.database(), r.operation(), new ArrayList<>(), new ArrayList<>()));
                (r.side().equals("library") ? s.library() : s.baseline()).add(r);
            }
            return List.copyOf(byOperation.values());
        }

        String row() {
            double lib = median(library);
            double raw = median(baseline);
            return String.format(Locale.ROOT, "| %s | %s | %d | %,.0f (%s) | %,.0f (%s) | %.2f× | %,d MB | %,d MB |",
                    database, operation, library.size(), lib, range(library), raw, range(baseline), lib / raw,
                    peak(library) >> 20, peak(baseline) >> 20);
        }

        private static double median(List<Result> rs) {
            double[] rates = rs.stream().mapToDouble(Result::rowsPerSecond).sorted().toArray();
            int n = rates.length;
            return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
        }

        private static String range(List<Result> rs) {
            double min = rs.stream().mapToDouble(Result::rowsPerSecond).min().orElse(0);
            double max = rs.stream().mapToDouble(Result::rowsPerSecond).max().orElse(0);
            return String.format(Locale.ROOT, "%,.0f–%,.0f", min, max);
        }

        private static long peak(List<Result> rs) {
            return rs.stream().mapToLong(Result::peakBytes).max().orElse(0);
        }
    }

    /**
     * The memory pass's figures for one operation: the live heap (used after a full collection) above what
     * was live before it started, sampled as it passed each {@link LiveHeap#every} rows, and once more after
     * it returned.
     */
    private record HeapTrace(String database, String operation, String side, int rows, long every, List<Long> samples,
            long after) {
        long max() {
            return samples.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %s | %s | %s | %s |", database, operation,
                    side, rows, samples.size(), mb(samples.isEmpty() ? 0 : samples.get(0)), mb(max()),
                    mb(samples.isEmpty() ? 0 : samples.get(samples.size() - 1)), mb(after));
        }

        String line() {
            return String.format(Locale.ROOT, "%-22s %-8s %,9d rows: live heap every %,d rows (MB) %s, after %s",
                    operation, side, rows, every, samples.stream().map(ExchangeBenchmarks::mb).toList(), mb(after));
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /**
     * Samples the live heap: the used heap after a full collection ({@link HeapProbe#liveBytes()}) each time
     * an operation tells it has passed another {@code every} rows, above what was live before it started. The
     * collections take a few hundred milliseconds each, which is why the memory pass is not timed.
     */
    private static final class LiveHeap {
        private final long every;
        private final long start = HeapProbe.liveBytes();
        private final List<Long> samples = new ArrayList<>();
        private long next;

        LiveHeap(int rows) {
            this.every = Math.min(10_000, Math.max(1, rows / 10));
            this.next = every;
        }

        /** Tells the sampler how many rows are done; it samples if that passed another {@code every}. */
        void at(long rowsDone) {
            if (rowsDone >= next) {
                samples.add(Math.max(0, HeapProbe.liveBytes() - start));
                next = (rowsDone / every + 1) * every;
            }
        }

        HeapTrace done(String database, String operation, String side, int rows) {
            long after = Math.max(0, HeapProbe.liveBytes() - start);
            return new HeapTrace(database, operation, side, rows, every, List.copyOf(samples), after);
        }
    }

    /** A stream that counts what it is given and throws it away, telling the sampler of the rows it stands for. */
    private static final class SampledNullStream extends OutputStream {
        private final LiveHeap heap;
        private final double bytesPerRow;
        private long bytes;

        SampledNullStream(LiveHeap heap, double bytesPerRow) {
            this.heap = heap;
            this.bytesPerRow = bytesPerRow;
        }

        @Override
        public void write(int b) {
            written(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written(len);
        }

        private void written(int n) {
            bytes += n;
            if (heap != null) {
                heap.at((long) (bytes / bytesPerRow));
            }
        }
    }

    private ExchangeBenchmarks() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the usage
     * @throws Exception if preparing the files fails
     */
    public static void main(String[] args) throws Exception {
        Settings settings = CommandLine.parseOrExit(args, Settings::parse, USAGE);
        PrintStream out = System.out;
        EachDatabase.printMachine(out, "Exchange benchmark");
        Path files = Files.createTempDirectory("tr-exchange-bench");
        Path csv = files.resolve("artisans.csv");
        Path xlsx = files.resolve("artisans.xlsx");
        Path smallCsv = files.resolve("small.csv");
        writeFiles(csv, xlsx, settings.rows());
        Path smallXlsx = files.resolve("small.xlsx");
        writeFiles(smallCsv, smallXlsx, settings.small());
        out.printf(Locale.ROOT, "Files: %,d rows; CSV %,d bytes, XLSX %,d bytes%n", settings.rows(), Files.size(csv),
                Files.size(xlsx));
        List<Result> results = new ArrayList<>();
        List<HeapTrace> traces = new ArrayList<>();
        boolean failed = EachDatabase.run(settings.databases(), out, database -> {
            try (BenchDatabase db = BenchDatabase.create(database, settings.h2Directory())) {
                out.println(db.kind() + " " + db.version() + " at " + db.where());
                JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource());
                List<Result> mine = new ArrayList<>();
                String name = database.name();
                // Warm-up at the small size, measured for heap only.
                if (!settings.exportsOnly()) {
                    mine.add(libraryImport(store, name, "import CSV (warm-up)", SheetSource.of(smallCsv), settings.small()));
                    mine.add(baselineImport(db.dataSource(), name, "import CSV (warm-up)", smallCsv, false, settings.small()));
                }
                for (boolean excel : settings.exportsOnly() ? new boolean[0] : new boolean[] {false, true}) {
                    Path file = excel ? xlsx : csv;
                    String op = excel ? "import XLSX" : "import CSV";
                    // The first runs, then the measured ones; each kind alternates from its own start.
                    for (int run = 0; run < settings.warmups() + settings.repeats(); run++) {
                        boolean first = run < settings.warmups();
                        String label = first ? op + " (first run)" : op;
                        Work lib = () -> mine.add(libraryImport(store, name, label, SheetSource.of(file), settings.rows()));
                        Work raw = () -> mine.add(baselineImport(db.dataSource(), name, label, file, excel, settings.rows()));
                        alternate(first ? run : run - settings.warmups(), lib, raw);
                    }
                }
                TenantId exported = TenantId.of("bench-export");
                TalentRegistry registry = TalentRegistry.builder(store).tenant(exported).build();
                Exchange.of(registry).importArtisans(ACTOR, SheetSource.of(csv),
                        ImportOptions.builder().batchSize(BATCH).build());
                gatherStatistics(db);
                // Each export once before it is measured, as the imports have their warm-up: the first to run
                // otherwise pays for compiling the writer the other then finds ready.
                Exchange.of(registry).exportArtisans(ArtisanQuery.all(), POOL_AS_OF, SheetFormat.XLSX,
                        OutputStream.nullOutputStream(), ExportOptions.masked());
                baselineExport(db.dataSource(), exported.value(), Listed.ARTISANS);
                for (int i = 0; i < settings.exportRepeats(); i++) {
                    alternate(i, () -> mine.add(measure(name, "export XLSX", "library", settings.rows(),
                            () -> Exchange.of(registry).exportArtisans(ArtisanQuery.all(), POOL_AS_OF, SheetFormat.XLSX,
                                    OutputStream.nullOutputStream(), ExportOptions.masked()))),
                            () -> mine.add(measure(name, "export XLSX", "baseline", settings.rows(),
                                    () -> baselineExport(db.dataSource(), exported.value(), Listed.ARTISANS))));
                }
                enterPool(db.dataSource(), exported.value());
                gatherStatistics(db);
                Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX, OutputStream.nullOutputStream(),
                        ExportOptions.masked());
                baselineExport(db.dataSource(), exported.value(), Listed.POOL);
                for (int i = 0; i < settings.exportRepeats(); i++) {
                    alternate(i, () -> mine.add(measure(name, "export pool XLSX", "library", settings.rows(),
                            () -> Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX,
                                    OutputStream.nullOutputStream(), ExportOptions.masked()))),
                            () -> mine.add(measure(name, "export pool XLSX", "baseline", settings.rows(),
                                    () -> baselineExport(db.dataSource(), exported.value(), Listed.POOL))));
                }
                // The pool for the bureau: numbers shown where the member's consent holds today, half of them.
                giveConsents(db.dataSource(), exported.value());
                gatherStatistics(db);
                ExportOptions revealing = ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU);
                Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX, OutputStream.nullOutputStream(), revealing);
                baselineExport(db.dataSource(), exported.value(), Listed.POOL_REVEALED);
                for (int i = 0; i < settings.exportRepeats(); i++) {
                    alternate(i, () -> mine.add(measure(name, REVEALED_POOL, "library", settings.rows(),
                            () -> Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX,
                                    OutputStream.nullOutputStream(), revealing))),
                            () -> mine.add(measure(name, REVEALED_POOL, "baseline", settings.rows(),
                                    () -> baselineExport(db.dataSource(), exported.value(), Listed.POOL_REVEALED))));
                }
                mine.forEach(r -> out.println("  " + line(r)));
                results.addAll(mine);
                if (settings.memory()) {
                    List<HeapTrace> heap = new ArrayList<>();
                    heap.addAll(memoryPass(db, store, name, smallCsv, smallXlsx, settings.small()));
                    heap.addAll(memoryPass(db, store, name, csv, xlsx, settings.rows()));
                    heap.forEach(t -> out.println("  " + t.line()));
                    traces.addAll(heap);
                }
                return mine;
            }
        }, (mine, o) -> { });
        out.println();
        out.println("| database | operation | runs | library rows/s, median (min–max) | baseline rows/s, median"
                + " (min–max) | library ÷ baseline, medians | library peak heap | baseline peak heap |");
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Summary.of(results).forEach(s -> out.println(s.row()));
        if (!traces.isEmpty()) {
            out.println();
            out.println("Live heap (memory pass, not timed): the used heap after a full GC, above what was live before the"
                    + " operation, sampled every 10,000 rows (every tenth of a smaller run), and after it returned.");
            out.println();
            out.println("| database | operation | side | rows | samples | first sample MB | max MB | last sample MB |"
                    + " after MB |");
            out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            traces.forEach(t -> out.println(t.row()));
        }
        deleteTree(files);
        if (failed) {
            System.exit(1);
        }
    }

    private static String line(Result r) {
        return String.format(Locale.ROOT, "%-26s %-8s %,9d rows in %6.1f s = %,8.0f rows/s, peak heap %,d MB",
                r.operation(), r.side(), r.rows(), r.nanos() / 1e9, r.rowsPerSecond(), r.peakBytes() >> 20);
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Runs both sides, the library first in even repeats and the baseline first in odd ones. */
    private static void alternate(int repeat, Work library, Work baseline) throws Exception {
        if (repeat % 2 == 0) {
            library.run();
            baseline.run();
        } else {
            baseline.run();
            library.run();
        }
    }

    private static Result measure(String database, String operation, String side, int rows, Work work) throws Exception {
        HeapProbe.Measurement<Object> m = HeapProbe.measure(work::run);
        return new Result(database, operation, side, rows, m.nanos(), m.peakBytes());
    }

    private static Result libraryImport(JdbcRegistryStore store, String database, String operation, SheetSource source,
            int rows) throws Exception {
        TalentRegistry registry = TalentRegistry.builder(store).tenant(TenantId.of("lib-" + shortId())).build();
        Result r = measure(database, operation, "library", rows, () -> Exchange.of(registry).importArtisans(ACTOR, source,
                ImportOptions.builder().batchSize(BATCH).build()));
        long registered = registry.artisans().count(ArtisanQuery.all());
        if (registered != rows) {
            throw new IllegalStateException("the library registered " + registered + " of " + rows + " artisans");
        }
        return r;
    }

    private static Result baselineImport(DataSource ds, String database, String operation, Path file, boolean excel,
            int rows) throws Exception {
        return measure(database, operation, "baseline", rows, () -> baselineImport(ds, file, excel, done -> { }));
    }

    private static long baselineImport(DataSource ds, Path file, boolean excel, LongConsumer progress) throws Exception {
        String tenant = "raw-" + shortId();
        try (RawInserter inserter = new RawInserter(ds, tenant, progress)) {
            if (excel) {
                try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
                        Stream<Row> stream = wb.getFirstSheet().openStream()) {
                    Iterator<Row> it = stream.iterator();
                    it.next();
                    while (it.hasNext()) {
                        Row row = it.next();
                        String[] cells = new String[14];
                        for (int c = 0; c < 14; c++) {
                            cells[c] = row.getCellText(c);
                        }
                        inserter.add(cells);
                    }
                }
            } else {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser parser = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get()
                                .parse(reader)) {
                    for (CSVRecord record : parser) {
                        String[] cells = new String[14];
                        for (int c = 0; c < 14; c++) {
                            cells[c] = record.get(c);
                        }
                        inserter.add(cells);
                    }
                }
            }
            return inserter.count;
        }
    }

    /** The hand-written import: a batch of artisans, their generated ids, a batch of certificates, commit. */
    private static final class RawInserter implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement artisans;
        private final PreparedStatement certificates;
        private final String tenant;
        private final BenchResidentKeys residentKeys;
        private final List<String[]> pending = new ArrayList<>(BATCH);
        private final Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        private final LongConsumer progress;
        int count;

        RawInserter(DataSource ds, String tenant, LongConsumer progress) throws Exception {
            this.progress = progress;
            this.connection = ds.getConnection();
            connection.setAutoCommit(false);
            this.tenant = tenant;
            this.residentKeys = BenchResidentKeys.of(ds);
            this.artisans = connection.prepareStatement("INSERT INTO tr_artisan (tenant_id, version, name, resident_id,"
                    + " resident_key, birth_date, phone, employer_name, employer_credit_code, occupation_code,"
                    + " occupation_name, region_code, region_name, started_in_trade_on, registered_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            this.certificates = connection.prepareStatement("INSERT INTO tr_skill_certificate (tenant_id, artisan_id,"
                    + " position, level_rank, occupation_code, occupation_name, cert_number, issuer, issued_on)"
                    + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
        }

        void add(String[] cells) throws Exception {
            pending.add(cells);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        private void flush() throws Exception {
            for (String[] c : pending) {
                String id = c[1];
                artisans.setString(1, tenant);
                artisans.setString(2, c[0]);
                artisans.setString(3, id);
                artisans.setString(4, residentKeys.of(id));
                artisans.setDate(5, Date.valueOf(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                        Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)))));
                artisans.setString(6, c[2]);
                artisans.setString(7, c[3]);
                artisans.setString(8, c[4]);
                artisans.setString(9, c[6]);
                artisans.setString(10, c[5]);
                artisans.setString(11, c[8]);
                artisans.setString(12, c[7]);
                artisans.setDate(13, Date.valueOf(LocalDate.parse(c[9])));
                artisans.setTimestamp(14, now);
                artisans.setTimestamp(15, now);
                artisans.addBatch();
            }
            artisans.executeBatch();
            List<Long> ids = new ArrayList<>(pending.size());
            try (ResultSet keys = artisans.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            for (int i = 0; i < pending.size(); i++) {
                String[] c = pending.get(i);
                certificates.setString(1, tenant);
                certificates.setLong(2, ids.get(i));
                certificates.setInt(3, SkillLevel.parse(c[10]).rank());
                certificates.setString(4, c[6]);
                certificates.setString(5, c[5]);
                certificates.setString(6, c[11]);
                certificates.setString(7, c[12]);
                certificates.setDate(8, Date.valueOf(LocalDate.parse(c[13])));
                certificates.addBatch();
            }
            certificates.executeBatch();
            connection.commit();
            count += pending.size();
            pending.clear();
            progress.accept(count);
        }

        @Override
        public void close() throws Exception {
            if (!pending.isEmpty()) {
                flush();
            }
            connection.close();
        }
    }

    /**
     * The memory pass at one size, not timed: both sides' imports of both files, then both sides' exports,
     * pool exports and revealing pool exports of the library's CSV tenant, each traced by a {@link LiveHeap}.
     * An export runs once untraced first, to learn its bytes per row: the writer tells no progress, so the
     * sampler counts rows by the bytes written.
     */
    private static List<HeapTrace> memoryPass(BenchDatabase db, JdbcRegistryStore store, String name, Path csv,
            Path xlsx, int rows) throws Exception {
        List<HeapTrace> traces = new ArrayList<>();
        TenantId tenant = null;
        for (Path file : List.of(csv, xlsx)) {
            String op = file == csv ? "import CSV" : "import XLSX";
            TenantId t = TenantId.of("mem-" + shortId());
            TalentRegistry registry = TalentRegistry.builder(store).tenant(t).build();
            LiveHeap heap = new LiveHeap(rows);
            Exchange.of(registry).importArtisans(ACTOR, SheetSource.of(file), ImportOptions.builder().batchSize(BATCH)
                    .onProgress(p -> heap.at(p.rowsRead())).build());
            traces.add(heap.done(name, op, "library", rows));
            if (registry.artisans().count(ArtisanQuery.all()) != rows) {
                throw new IllegalStateException("the memory pass's import registered another count than " + rows);
            }
            tenant = tenant == null ? t : tenant;
        }
        for (Path file : List.of(csv, xlsx)) {
            LiveHeap rawImport = new LiveHeap(rows);
            baselineImport(db.dataSource(), file, file == xlsx, rawImport::at);
            traces.add(rawImport.done(name, file == csv ? "import CSV" : "import XLSX", "baseline", rows));
        }
        TalentRegistry registry = TalentRegistry.builder(store).tenant(tenant).build();
        String t = tenant.value();
        for (Listed listed : Listed.values()) {
            String op = switch (listed) {
                case ARTISANS -> "export XLSX";
                case POOL -> "export pool XLSX";
                case POOL_REVEALED -> REVEALED_POOL;
            };
            // Statistics first, as before the timed exports: the baseline's join, planned for a tenant the
            // statistics did not know, rescanned the tenant's rows for every artisan and ran for many minutes.
            if (listed == Listed.POOL) {
                enterPool(db.dataSource(), t);
            } else if (listed == Listed.POOL_REVEALED) {
                giveConsents(db.dataSource(), t);
            }
            gatherStatistics(db);
            ExportTo export = out -> switch (listed) {
                case ARTISANS -> Exchange.of(registry).exportArtisans(ArtisanQuery.all(), POOL_AS_OF, SheetFormat.XLSX,
                        out, ExportOptions.masked());
                case POOL -> Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX, out, ExportOptions.masked());
                case POOL_REVEALED -> Exchange.of(registry).exportPool(POOL_AS_OF, SheetFormat.XLSX, out,
                        ExportOptions.revealingPersonalDataFor(ConsentPurpose.SHARING_WITH_BUREAU));
            };
            SampledNullStream counted = new SampledNullStream(null, 1);
            export.to(counted);
            LiveHeap heap = new LiveHeap(rows);
            export.to(new SampledNullStream(heap, counted.bytes / (double) rows));
            traces.add(heap.done(name, op, "library", rows));
            LiveHeap raw = new LiveHeap(rows);
            baselineExport(db.dataSource(), t, listed, raw::at);
            traces.add(raw.done(name, op, "baseline", rows));
        }
        return traces;
    }

    /** A library export to a stream. */
    private interface ExportTo {
        Object to(OutputStream out) throws Exception;
    }

    /**
     * Enters every artisan of a tenant into the talent pool, as a bureau's addition, in one statement: the
     * pool export's setup, not measured. A pool of 100,000 honorees would need as many honors named first.
     */
    /**
     * Has the database gather statistics on the tables the exports read, as a host's database has them: just
     * after a bulk load PostgreSQL planned the pool export's join without any, sorting every joined row before
     * sending the first. Both sides read with the same statistics.
     */
    private static void gatherStatistics(BenchDatabase db) throws Exception {
        String tables = "tr_artisan, tr_skill_certificate, tr_pool_member, tr_honor";
        String sql = switch (db.kind()) {
            case POSTGRESQL -> "ANALYZE " + tables;
            case MARIADB, MYSQL -> "ANALYZE TABLE " + tables;
            case H2 -> "ANALYZE";
        };
        try (Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Gives every other artisan of a tenant (the even ids) a consent to sharing with the bureau, given before
     * the export's day: the revealing pool export's setup, not measured.
     */
    private static void giveConsents(DataSource ds, String tenant) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO tr_consent"
                + " (tenant_id, artisan_id, purpose, given_on, evidence, given_by_id, given_by_name)"
                + " SELECT tenant_id, id, ?, ?, '书面同意书', 'benchmark', 'benchmark' FROM tr_artisan"
                + " WHERE tenant_id = ? AND MOD(id, 2) = 0")) {
            s.setString(1, ConsentPurpose.SHARING_WITH_BUREAU.name());
            s.setDate(2, Date.valueOf(POOL_SINCE));
            s.setString(3, tenant);
            s.executeUpdate();
        }
    }

    /** What a baseline export lists. */
    private enum Listed {
        /** Every artisan, numbers masked. */
        ARTISANS,
        /** The pool's members on the day, numbers masked. */
        POOL,
        /** The pool's members on the day, numbers shown where a consent to sharing with the bureau holds today. */
        POOL_REVEALED
    }

    private static void enterPool(DataSource ds, String tenant) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO tr_pool_member"
                + " (tenant_id, artisan_id, source, source_note, since_date, entered_by_id, entered_by_name)"
                + " SELECT tenant_id, id, 'ADDED', ?, ?, 'benchmark', 'benchmark' FROM tr_artisan WHERE tenant_id = ?")) {
            s.setString(1, POOL_NOTE);
            s.setDate(2, Date.valueOf(POOL_SINCE));
            s.setString(3, tenant);
            s.executeUpdate();
        }
    }

    /**
     * The hand-written export: one query joining the certificates (and, for the pool, the memberships on the
     * day), the same columns through the same writer.
     */
    private static long baselineExport(DataSource ds, String tenant, Listed listed) throws Exception {
        return baselineExport(ds, tenant, listed, done -> { });
    }

    private static long baselineExport(DataSource ds, String tenant, Listed listed, LongConsumer progress)
            throws Exception {
        long n = 0;
        boolean pool = listed != Listed.ARTISANS;
        boolean consent = listed == Listed.POOL_REVEALED;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT a.id, a.name,"
                + " a.resident_id, a.phone, a.employer_name, a.employer_credit_code, a.occupation_name, a.occupation_code,"
                + " a.region_name, a.region_code, a.started_in_trade_on, c.level_rank, c.cert_number"
                + (pool ? ", p.source_note, p.since_date" : "")
                + (consent ? ", CASE WHEN EXISTS (SELECT 1 FROM tr_consent k WHERE k.tenant_id = a.tenant_id"
                        + " AND k.artisan_id = a.id AND k.purpose = ? AND k.given_on <= ?"
                        + " AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ?)) THEN 1 ELSE 0 END AS consented" : "")
                + " FROM tr_artisan a LEFT JOIN tr_skill_certificate c ON c.artisan_id = a.id AND c.position = 0"
                + (pool ? " JOIN tr_pool_member p ON p.tenant_id = a.tenant_id AND p.artisan_id = a.id"
                        + " AND p.since_date <= ? AND (p.until_date IS NULL OR p.until_date > ?)" : "")
                + " WHERE a.tenant_id = ? ORDER BY a.id")) {
            c.setAutoCommit(false);
            s.setFetchSize(1000);
            int p = 1;
            if (consent) {
                Date today = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")));  // the registry's default clock
                s.setString(p++, ConsentPurpose.SHARING_WITH_BUREAU.name());
                s.setDate(p++, today);
                s.setDate(p++, today);
            }
            if (pool) {
                s.setDate(p++, Date.valueOf(POOL_AS_OF));
                s.setDate(p++, Date.valueOf(POOL_AS_OF));
            }
            s.setString(p, tenant);
            Workbook wb = new Workbook(OutputStream.nullOutputStream(), "baseline", "1.0");
            Worksheet ws = wb.newWorksheet(pool ? "人才库" : "人员名单");
            String[] header = ("序号," + HEADER.replace(",发证机关,发证日期", ",人才库")).split(",");
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int row = 1;
                while (rs.next()) {
                    String id = rs.getString("resident_id");
                    String phone = rs.getString("phone");
                    ws.value(row, 0, ++n);
                    ws.value(row, 1, rs.getString("name"));
                    boolean reveal = consent && rs.getInt("consented") == 1;
                    ws.value(row, 2, reveal ? id : id.substring(0, 4) + "**********" + id.substring(14));
                    ws.value(row, 3, phone == null || reveal ? phone : phone.substring(0, 3) + "****" + phone.substring(7));
                    ws.value(row, 4, rs.getString("employer_name"));
                    ws.value(row, 5, rs.getString("employer_credit_code"));
                    ws.value(row, 6, rs.getString("occupation_name"));
                    ws.value(row, 7, rs.getString("occupation_code"));
                    ws.value(row, 8, rs.getString("region_name"));
                    ws.value(row, 9, rs.getString("region_code"));
                    ws.value(row, 10, rs.getDate("started_in_trade_on").toLocalDate());
                    ws.value(row, 11, SkillLevel.ofRank(rs.getInt("level_rank")).chineseName());
                    ws.value(row, 12, rs.getString("cert_number"));
                    if (pool) {
                        ws.value(row, 13, "人社部门纳入：" + rs.getString("source_note") + "（"
                                + rs.getDate("since_date").toLocalDate() + "起）");
                    }
                    row++;
                    if (row % 500 == 0) {
                        ws.flush();
                    }
                    progress.accept(n);
                }
            }
            wb.finish();
            c.commit();
        }
        return n;
    }

    private static final String CREDIT_CODE = CreditCode.completing("91370303MA3C0001K").value();
    private static final String[] LEVELS = {"高级工", "技师", "高级技师", "中级工"};

    /**
     * The cells of the benchmark files' artisan i, in the order of {@code HEADER}: a distinct identity number,
     * phone and certificate each, birth dates over 10,000 days from 1965, four skill levels in turn.
     */
    static String[] artisanCells(int i) {
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(i % 10_000);
        String id = ResidentId.completing("370303" + born.toString().replace("-", "")
                + String.format(Locale.ROOT, "%03d", i / 10_000 + 1)).value();
        return new String[] {"工匠" + i, id, String.format(Locale.ROOT, "138%08d", i), "淄博张店汽车维修有限公司", CREDIT_CODE,
            "汽车维修工", "4-12-01-01", "张店区", "370303", born.plusYears(20).toString(), LEVELS[i % 4], "ZB" + i,
            "淄博市职业技能鉴定中心", born.plusYears(30).toString()};
    }

    /** Writes the same artisans as CSV (UTF-8) and XLSX, in the columns an HR office's sheet has. */
    private static void writeFiles(Path csv, Path xlsx, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                OutputStream x = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(x, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("人员信息");
            String[] header = HEADER.split(",");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            w.write(HEADER);
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                String[] cells = artisanCells(i);
                w.write(String.join(",", cells));
                w.write("\r\n");
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

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

}
