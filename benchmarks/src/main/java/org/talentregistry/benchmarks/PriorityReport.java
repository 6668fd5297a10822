package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The figures of one database for {@link PriorityBenchmarks}, printed as Markdown (so that they paste into
 * BENCHMARKS.md), with the ratio to the best raw lookup and the verdict on the target.
 */
final class PriorityReport {
    /**
     * The live heap counts as constant when its last sample is within this many bytes of its first: the
     * stream then holds no more at its end than after its first chunk.
     */
    private static final long CONSTANT_SLACK = 4L << 20;

    private final Database database;
    private final String version;
    private final PriorityOptions options;
    private final PrioritySetup.Library library;
    private final PriorityBulkLoad.Loaded loaded;
    private final List<PriorityBenchmarks.Side> sides = new ArrayList<>();
    private long[] liveHeap = new long[0];
    private int[] statements = {0, 0};
    private int activeHonors;
    private int withPriority;
    private int decisions;

    PriorityReport(Database database, String version, PriorityOptions options, PrioritySetup.Library library,
            PriorityBulkLoad.Loaded loaded) {
        this.database = database;
        this.version = version;
        this.options = options;
        this.library = library;
        this.loaded = loaded;
    }

    void add(PriorityBenchmarks.Side side) {
        sides.add(side);
    }

    List<PriorityBenchmarks.Side> sides() {
        return sides;
    }

    void liveHeap(long[] samples) {
        liveHeap = samples.clone();
    }

    void statements(int[] connectionsAndStatements) {
        statements = connectionsAndStatements.clone();
    }

    void agreement(int active, int priority, int decided) {
        activeHonors = active;
        withPriority = priority;
        decisions = decided;
    }

    private PriorityBenchmarks.Side libraryRuns() {
        return sides.stream().filter(PriorityBenchmarks.Side::library).findFirst().orElseThrow();
    }

    private PriorityBenchmarks.Side bestRaw() {
        return sides.stream().filter(s -> !s.library() && !s.reference()).min(Comparator.comparingDouble(PriorityBenchmarks.Side::medianMillis))
                .orElseThrow();
    }

    /** @return the library's median over the best raw lookup's */
    double ratio() {
        return libraryRuns().medianMillis() / bestRaw().medianMillis();
    }

    /**
     * Prints the table, the verdict and the notes.
     *
     * @param out where to print
     */
    void print(PrintStream out) {
        PriorityBenchmarks.Side lib = libraryRuns();
        PriorityBenchmarks.Side best = bestRaw();
        out.println();
        out.println("### " + database.label() + ": " + version);
        out.println();
        out.printf(Locale.ROOT, "Bulk priority check of %,d artisans (a random sample, in random order) over %,d artisans"
                        + " and %,d honors, as of %s; time and allocation: median of %d timed runs per side after %d warm-up"
                        + " runs; peak and retained heap: one more run under the heap probe%n%n", options.checks(),
                loaded.artisans(), loaded.honors(), PrioritySetup.AS_OF, options.repeats(), options.warmups());
        out.println("| side | median ms | min ms | max ms | library ÷ side | allocated MB | peak heap MB | retained MB | rows |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (PriorityBenchmarks.Side s : sides) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %.1f | %.1f | %.2f | %,d |%n",
                    s.library() ? "**library** `checkAll`" : (s.reference() ? "" : "raw: ") + s.side()
                            + (s == best ? " (best raw)" : ""),
                    s.medianMillis(), s.millis()[0], s.millis()[s.millis().length - 1],
                    s.library() ? "" : String.format(Locale.ROOT, "%.2f×", lib.medianMillis() / s.medianMillis()),
                    mb(s.medianAllocated()), mb(s.heap().peakBytes()), mb(s.heap().retainedBytes()),
                    s.library() ? s.heap().result().decisions() : s.heap().result().rows());
        }
        out.println();
        double ratio = ratio();
        out.printf(Locale.ROOT, "- library ≤ %.1f× the best raw lookup: %.1f vs %.1f ms (%s) = **%.2f×: %s**%n",
                PriorityBenchmarks.TARGET, lib.medianMillis(), best.medianMillis(), best.side(), ratio,
                ratio <= PriorityBenchmarks.TARGET ? "met" : "MISSED");
        sides.stream().filter(PriorityBenchmarks.Side::reference).forEach(ref -> out.printf(Locale.ROOT,
                "- for comparison, against the raw reference that also reads every birth date (the policy's \"aged 45 or"
                        + " under\"): %.1f vs %.1f ms = %.2f×; the reference alone is %.2f× the best raw lookup%n",
                lib.medianMillis(), ref.medianMillis(), lib.medianMillis() / ref.medianMillis(),
                ref.medianMillis() / best.medianMillis()));
        out.printf(Locale.ROOT, "- every run agreed: the library (its honor condition met), every raw path and the generated"
                        + " data named the same %,d of %,d artisans as holding an active gold honor; %,d of the %,d decisions"
                        + " give priority (honor, or aged 45 or under)%n", activeHonors, options.checks(), withPriority,
                decisions);
        out.printf(Locale.ROOT, "- the library's check took %d connections and prepared %d statements for %,d artisans%n",
                statements[0], statements[1], options.checks());
        if (liveHeap.length > 0) {
            long first = liveHeap[0];
            long last = liveHeap[liveHeap.length - 1];
            long max = Arrays.stream(liveHeap).max().orElseThrow();
            out.printf(Locale.ROOT, "- live heap while the library's stream is consumed (after a GC every 10,000 decisions,"
                            + " above the heap before the check): %s MB; first %.1f, last %.1f, max %.1f MB: **%s**%n",
                    Arrays.stream(liveHeap).mapToObj(b -> String.format(Locale.ROOT, "%.1f", mb(b)))
                            .collect(Collectors.joining(", ")), mb(first), mb(last), mb(max),
                    Math.abs(last - first) <= CONSTANT_SLACK ? "constant" : "GROWS");
        }
        out.printf(Locale.ROOT, "- setup (not measured): %.1f s through the library (programs, %d artisans, %d honors, the"
                        + " title, two policy versions), %.1f s of raw loading and statistics%n", library.seconds(),
                library.artisans().size(), library.honors().size(), loaded.seconds());
        out.println("- honors in the database: " + loaded.honorKinds().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("; ")));
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
