package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The figures of one database, printed as Markdown tables (so that they paste into BENCHMARKS.md), with the
 * ratios to the baselines and a verdict on each of the targets.
 */
final class Report {
    /** Ingestion: at least this share of the best raw path's throughput. */
    static final double INGEST_TARGET = 0.8;
    /** Single casts: at least this share of the raw throughput. */
    static final double CAST_THROUGHPUT_TARGET = 0.8;
    /** Single casts: p99 at most this multiple of the raw p99. */
    static final double CAST_P99_TARGET = 1.5;
    /** Ranking on PostgreSQL and MariaDB: at most this multiple of the raw GROUP BY. */
    static final double RANKING_TARGET = 1.5;
    /** Issue 14: ingestion at least this multiple of the MyBatis BATCH peer's throughput. */
    static final double PEER_INGEST_TARGET = 1.2;
    /** Issue 14: single casts at least this multiple of the Hibernate peer's throughput. */
    static final double PEER_CAST_TARGET = 1.5;
    /** Ranking on H2: under this many milliseconds. */
    static final double H2_RANKING_MILLIS = 1_000;
    /**
     * Heap counts as constant when the library's median allocation at the full round is within this share of
     * its allocation at the smaller round (which has 20% fewer votes, with the default duplicate share), plus
     * {@link #CONSTANT_HEAP_SLACK}: H2 runs in the same thread and allocates for its page reads too.
     */
    private static final double CONSTANT_HEAP_TOLERANCE = 0.10;
    private static final long CONSTANT_HEAP_SLACK = 4L << 20;
    private static final String LIBRARY = IngestBenchmark.LIBRARY;

    private final Database database;
    private final String version;
    private final Options options;
    private final List<IngestBenchmark.Result> ingest = new ArrayList<>();
    private final List<CastBenchmark.Result> casts = new ArrayList<>();
    private final List<RankingBenchmark.Result> rankings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Starts the report of one database.
     *
     * @param database the database
     * @param version its version
     * @param options the run's options
     */
    Report(Database database, String version, Options options) {
        this.database = database;
        this.version = version;
        this.options = options;
    }

    /** @param result an ingestion run, of the library or a baseline path */
    void add(IngestBenchmark.Result result) {
        ingest.add(result);
    }

    /** @param result a cast run, of the library or the baseline */
    void add(CastBenchmark.Result result) {
        casts.add(result);
    }

    /** @param result a ranking run, library and GROUP BY in pairs */
    void add(RankingBenchmark.Result result) {
        rankings.add(result);
    }

    /** @param note a line printed under the tables */
    void note(String note) {
        notes.add(note);
    }

    /** The ingestion runs of each side, library first, then the baselines in the order they ran. */
    private Map<String, List<IngestBenchmark.Result>> ingestBySide() {
        Map<String, List<IngestBenchmark.Result>> bySide = new LinkedHashMap<>();
        bySide.put(LIBRARY, new ArrayList<>());
        ingest.forEach(r -> bySide.computeIfAbsent(r.side(), k -> new ArrayList<>()).add(r));
        return bySide;
    }

    private static IngestBenchmark.Result best(List<IngestBenchmark.Result> runs) {
        return runs.stream().max(Comparator.comparingDouble(IngestBenchmark.Result::votesPerSecond)).orElseThrow();
    }

    private IngestBenchmark.Result libraryIngest() {
        return best(ingestBySide().get(LIBRARY));
    }

    private IngestBenchmark.Result bestIngestBaseline() {
        return ingestBySide().entrySet().stream().filter(e -> !e.getKey().equals(LIBRARY) && !e.getKey().equals(MyBatisPeer.NAME))
                .map(e -> best(e.getValue()))
                .max(Comparator.comparingDouble(IngestBenchmark.Result::votesPerSecond)).orElseThrow();
    }

    private List<CastBenchmark.Result> castsOf(String side) {
        return casts.stream().filter(r -> r.side().equals(side)).toList();
    }

    private static double bestThroughput(List<CastBenchmark.Result> runs) {
        return runs.stream().mapToDouble(CastBenchmark.Result::votesPerSecond).max().orElseThrow();
    }

    private static double bestP99(List<CastBenchmark.Result> runs) {
        return runs.stream().mapToDouble(r -> r.percentileMillis(99)).min().orElseThrow();
    }

    /**
     * Prints the tables and the verdicts.
     *
     * @param out where to print
     */
    void print(PrintStream out) {
        out.println();
        out.println("### " + database.label() + ": " + version);
        out.println();
        IngestBenchmark.Result lib = libraryIngest();
        IngestBenchmark.Result bestBaseline = bestIngestBaseline();
        out.printf(Locale.ROOT, "Bulk ingestion: %,d ballots, %,d distinct voters, %,d duplicates, batches of %,d;"
                        + " best of %d runs per path%n%n", lib.ballots(), lib.accepted(), lib.ballots() - lib.accepted(),
                options.batchSize(), options.rounds());
        out.println("| path | best votes/s | every run, votes/s | library ÷ path |");
        out.println("| --- | ---: | --- | ---: |");
        for (Map.Entry<String, List<IngestBenchmark.Result>> side : ingestBySide().entrySet()) {
            IngestBenchmark.Result best = best(side.getValue());
            boolean library = side.getKey().equals(LIBRARY);
            String label = library ? "**library** `ingestVotes`"
                    : side.getKey().equals(MyBatisPeer.NAME) ? "peer: " + side.getKey() : "raw: " + side.getKey();
            out.printf(Locale.ROOT, "| %s%s | %,.0f | %s | %s |%n", label,
                    best == bestBaseline ? " (best baseline)" : "", best.votesPerSecond(),
                    side.getValue().stream().map(r -> String.format(Locale.ROOT, "%,.0f", r.votesPerSecond()))
                            .collect(Collectors.joining(", ")),
                    library ? "" : String.format(Locale.ROOT, "%.2f×", lib.votesPerSecond() / best.votesPerSecond()));
        }
        out.println();
        List<CastBenchmark.Result> libCasts = castsOf(CastBenchmark.LIBRARY);
        out.printf(Locale.ROOT, "Single casts: %,d per side and run from %d threads (%,d accepted, the rest duplicates);"
                        + " %d runs per side%n%n", libCasts.get(0).casts(), options.threads(), libCasts.get(0).accepted(),
                libCasts.size());
        out.println("| side | run | votes/s | p50 ms | p99 ms | max ms |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String side : List.of(CastBenchmark.LIBRARY, CastBenchmark.RAW, HibernatePeer.NAME)) {
            List<CastBenchmark.Result> runs = castsOf(side);
            for (int i = 0; i < runs.size(); i++) {
                CastBenchmark.Result r = runs.get(i);
                out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %.1f |%n",
                        side.equals(CastBenchmark.LIBRARY) ? "**library** `castVote`"
                                : side.equals(CastBenchmark.RAW) ? "raw JDBC, autocommit" : "peer: " + side, i + 1,
                        r.votesPerSecond(), r.percentileMillis(50), r.percentileMillis(99), r.percentileMillis(100));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Ranking over %,d nominees (time and allocation: median of %d timed runs; peak and retained"
                + " heap: one more run under the heap probe)%n%n", options.nominees(), options.rankingRepeats());
        out.println("| side | votes in round | median ms | min ms | max ms | allocated MB | peak heap MB | retained MB |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (RankingBenchmark.Result r : rankings) {
            out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
                    r.side().startsWith("library") ? "**library** `ranking`" : "raw `GROUP BY`", r.votes(), r.medianMillis(),
                    r.millis()[0], r.millis()[r.millis().length - 1], mb(r.medianAllocated()), mb(r.heap().peakBytes()),
                    mb(r.heap().retainedBytes()));
        }
        out.println();
        for (String verdict : verdicts()) {
            out.println("- " + verdict);
        }
        for (String note : notes) {
            out.println("- " + note);
        }
    }

    /** @return one line per target: the figures, the ratio, met or missed */
    List<String> verdicts() {
        List<String> lines = new ArrayList<>();
        IngestBenchmark.Result lib = libraryIngest();
        IngestBenchmark.Result best = bestIngestBaseline();
        double ingestRatio = lib.votesPerSecond() / best.votesPerSecond();
        lines.add(String.format(Locale.ROOT, "ingestion ≥ %.1f× the best raw path: %,.0f vs %,.0f votes/s (%s) = **%.2f×: %s**",
                INGEST_TARGET, lib.votesPerSecond(), best.votesPerSecond(), best.side(), ingestRatio,
                met(ingestRatio >= INGEST_TARGET)));
        List<CastBenchmark.Result> libCasts = castsOf(CastBenchmark.LIBRARY);
        List<CastBenchmark.Result> rawCasts = castsOf(CastBenchmark.RAW);
        double castRatio = bestThroughput(libCasts) / bestThroughput(rawCasts);
        double p99Ratio = bestP99(libCasts) / bestP99(rawCasts);
        lines.add(String.format(Locale.ROOT, "cast throughput ≥ %.1f× raw: %,.0f vs %,.0f votes/s = **%.2f×: %s**",
                CAST_THROUGHPUT_TARGET, bestThroughput(libCasts), bestThroughput(rawCasts), castRatio,
                met(castRatio >= CAST_THROUGHPUT_TARGET)));
        lines.add(String.format(Locale.ROOT, "cast p99 ≤ %.1f× raw: %.2f vs %.2f ms = **%.2f×: %s**", CAST_P99_TARGET,
                bestP99(libCasts), bestP99(rawCasts), p99Ratio, met(p99Ratio <= CAST_P99_TARGET)));
        List<IngestBenchmark.Result> peerIngest = ingestBySide().get(MyBatisPeer.NAME);
        if (peerIngest != null) {
            IngestBenchmark.Result peer = best(peerIngest);
            double ratio = lib.votesPerSecond() / peer.votesPerSecond();
            lines.add(String.format(Locale.ROOT, "ingestion ≥ %.1f× the MyBatis BATCH peer (issue 14): %,.0f vs %,.0f votes/s"
                    + " = **%.2f×: %s**", PEER_INGEST_TARGET, lib.votesPerSecond(), peer.votesPerSecond(), ratio,
                    met(ratio >= PEER_INGEST_TARGET)));
        }
        List<CastBenchmark.Result> peerCasts = castsOf(HibernatePeer.NAME);
        if (!peerCasts.isEmpty()) {
            double ratio = bestThroughput(libCasts) / bestThroughput(peerCasts);
            lines.add(String.format(Locale.ROOT, "cast throughput ≥ %.1f× the Hibernate peer (issue 14): %,.0f vs %,.0f votes/s"
                    + " = **%.2f×: %s**", PEER_CAST_TARGET, bestThroughput(libCasts), bestThroughput(peerCasts), ratio,
                    met(ratio >= PEER_CAST_TARGET)));
        }
        RankingBenchmark.Result libFull = rankings.get(rankings.size() - 2);
        RankingBenchmark.Result rawFull = rankings.get(rankings.size() - 1);
        if (database == Database.H2) {
            lines.add(String.format(Locale.ROOT, "ranking %,d votes under 1 s on H2: %.1f ms (raw GROUP BY %.1f ms): **%s**",
                    libFull.votes(), libFull.medianMillis(), rawFull.medianMillis(),
                    met(libFull.medianMillis() < H2_RANKING_MILLIS)));
        } else {
            double ratio = libFull.medianMillis() / rawFull.medianMillis();
            lines.add(String.format(Locale.ROOT, "ranking %,d votes ≤ %.1f× the raw GROUP BY: %.1f vs %.1f ms = **%.2f×: %s**",
                    libFull.votes(), RANKING_TARGET, libFull.medianMillis(), rawFull.medianMillis(), ratio,
                    met(ratio <= RANKING_TARGET)));
        }
        if (rankings.size() >= 4) {
            RankingBenchmark.Result libSmall = rankings.get(0);
            long small = libSmall.medianAllocated();
            long large = libFull.medianAllocated();
            boolean constant = large <= small * (1 + CONSTANT_HEAP_TOLERANCE) + CONSTANT_HEAP_SLACK;
            lines.add(String.format(Locale.ROOT, "ranking in constant heap: allocated (median) %.1f MB at %,d votes, %.1f MB at %,d votes;"
                    + " peak %.1f / %.1f MB; retained %.2f / %.2f MB: **%s**", mb(small), libSmall.votes(), mb(large),
                    libFull.votes(), mb(libSmall.heap().peakBytes()), mb(libFull.heap().peakBytes()),
                    mb(libSmall.heap().retainedBytes()), mb(libFull.heap().retainedBytes()),
                    constant ? "constant (met)" : "grows with the votes (MISSED)"));
        }
        return lines;
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
