package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The figures of one database for {@link PriorityBenchmarks}, printed as Markdown (so that they paste into
 * BENCHMARKS.md): one table of every side, the honor policy's library side first, with each side's ratio to
 * both library sides, and a verdict per library side: the honor policy against the best raw lookup (the
 * issue's target), the honor and age policy against the best raw reference, the faster of those that read what
 * that policy needs.
 */
final class PriorityReport {
    /**
     * The live heap counts as constant when no sample exceeds the first by more than this many bytes: the
     * stream then never holds more than after its first 10,000 decisions. A heap that shrinks (H2 lets go
     * of cached pages during the check) is not growth.
     */
    private static final long CONSTANT_SLACK = 4L << 20;

    private final Database database;
    private final String version;
    private final PriorityOptions options;
    private final int checks;
    private final PrioritySetup.Library library;
    private final PriorityBulkLoad.Loaded loaded;
    private final List<PriorityBenchmarks.Side> sides = new ArrayList<>();
    private final Map<PrioritySetup.CheckedPolicy, long[]> liveHeap = new EnumMap<>(PrioritySetup.CheckedPolicy.class);
    private final Map<PrioritySetup.CheckedPolicy, int[]> statements = new EnumMap<>(PrioritySetup.CheckedPolicy.class);
    private int activeHonors;

    PriorityReport(Database database, String version, PriorityOptions options, int checks, PrioritySetup.Library library,
            PriorityBulkLoad.Loaded loaded) {
        this.database = database;
        this.version = version;
        this.options = options;
        this.checks = checks;
        this.library = library;
        this.loaded = loaded;
    }

    void add(PriorityBenchmarks.Side side) {
        sides.add(side);
    }

    /** Records a library side's live heap, sampled every 10,000 decisions. */
    void liveHeap(PrioritySetup.CheckedPolicy policy, long[] samples) {
        liveHeap.put(policy, samples.clone());
    }

    /** Records the connections taken and the statements prepared by one check of a library side. */
    void statements(PrioritySetup.CheckedPolicy policy, int[] connectionsAndStatements) {
        statements.put(policy, connectionsAndStatements.clone());
    }

    /** Records how many of the checked artisans hold an active gold honor, as every side agreed. */
    void activeHonors(int active) {
        activeHonors = active;
    }

    private PriorityBenchmarks.Side libraryRuns(PrioritySetup.CheckedPolicy policy) {
        return sides.stream().filter(s -> s.policy() == policy && !s.screen()).findFirst().orElseThrow();
    }

    private PriorityBenchmarks.Side screenRuns(PrioritySetup.CheckedPolicy policy) {
        return sides.stream().filter(s -> s.policy() == policy && s.screen()).findFirst().orElseThrow();
    }

    private PriorityBenchmarks.Side bestRaw() {
        return sides.stream().filter(s -> !s.library() && !s.reference() && !s.peer())
                .min(Comparator.comparingDouble(PriorityBenchmarks.Side::medianMillis)).orElseThrow();
    }

    /** The best of the raw lookups that send the ids, as every lookup the issues measured did. */
    private PriorityBenchmarks.Side bestRawByIds() {
        return sides.stream().filter(s -> !s.library() && !s.reference() && !s.peer() && !s.withoutIds())
                .min(Comparator.comparingDouble(PriorityBenchmarks.Side::medianMillis)).orElseThrow();
    }

    private PriorityBenchmarks.Side peer() {
        return sides.stream().filter(PriorityBenchmarks.Side::peer).findFirst().orElseThrow();
    }

    private PriorityBenchmarks.Side bestReference() {
        return sides.stream().filter(PriorityBenchmarks.Side::reference)
                .min(Comparator.comparingDouble(PriorityBenchmarks.Side::medianMillis)).orElseThrow();
    }

    /**
     * Prints the table, the verdicts and the notes.
     *
     * @param out where to print
     */
    void print(PrintStream out) {
        PriorityBenchmarks.Side honor = libraryRuns(PrioritySetup.CheckedPolicy.HONOR);
        PriorityBenchmarks.Side honorAndAge = libraryRuns(PrioritySetup.CheckedPolicy.HONOR_AND_AGE);
        PriorityBenchmarks.Side best = bestRaw();
        PriorityBenchmarks.Side ref = bestReference();
        out.println();
        out.printf(Locale.ROOT, "### %s, %,d ids: %s%n", database.label(), checks, version);
        out.println();
        out.printf(Locale.ROOT, "Bulk priority check of %,d artisans (a random sample, in random order) over %,d artisans"
                        + " and %,d honors, as of %s, by the library under two policies: %s, \"holds an active gold\" alone,"
                        + " and %s, the same, then \"aged 45 or under\"; time and allocation: median of %d timed runs per"
                        + " side after %d warm-up runs; peak and retained heap: one more run under the heap probe%n%n",
                checks, loaded.artisans(), loaded.honors(), PrioritySetup.AS_OF,
                PrioritySetup.CheckedPolicy.HONOR.label(), PrioritySetup.CheckedPolicy.HONOR_AND_AGE.label(),
                options.repeats(), options.warmups());
        out.println("| side | median ms | min ms | max ms | honor policy ÷ side | honor and age policy ÷ side"
                + " | allocated MB | peak heap MB | retained MB | rows |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (PriorityBenchmarks.Side s : sides) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %s | %.1f | %.1f | %.2f | %,d |%n",
                    s.library() ? "**library** `" + (s.screen() ? "screen" : "checkAll") + "`, " + s.policy().label()
                            : (s.reference() || s.peer() ? "" : "raw: ") + s.side()
                                    + (s == best ? " (best raw)" : s == ref ? " (best reference)" : ""),
                    s.medianMillis(), s.millis()[0], s.millis()[s.millis().length - 1],
                    s.library() ? "" : times(honor, s), s.library() ? "" : times(honorAndAge, s),
                    mb(s.medianAllocated()), mb(s.heap().peakBytes()), mb(s.heap().retainedBytes()),
                    s.library() ? s.heap().result().decisions() : s.heap().result().rows());
        }
        out.println();
        verdict(out, honor, "the best raw lookup", best, " (" + best.side() + ")");
        verdict(out, honorAndAge, "the best raw reference, which reads what this policy needs (birth dates and active"
                + " honors)", ref, " (" + ref.side() + ")");
        PriorityBenchmarks.Side peer = peer();
        fasterThanPeer(out, honor, peer);
        allocation(out, honor, best);
        PriorityBenchmarks.Side screen = screenRuns(PrioritySetup.CheckedPolicy.HONOR);
        PriorityBenchmarks.Side screenWithAge = screenRuns(PrioritySetup.CheckedPolicy.HONOR_AND_AGE);
        verdict(out, screen, "the best raw lookup", best, " (" + best.side() + ")");
        verdict(out, screenWithAge, "the best raw reference", ref, " (" + ref.side() + ")");
        fasterThanPeer(out, screen, peer);
        allocation(out, screen, best);
        PriorityBenchmarks.Side byIds = bestRawByIds();
        if (byIds != best) {
            double againstIds = honor.medianMillis() / byIds.medianMillis();
            out.printf(Locale.ROOT, "- library `checkAll`, %s ≤ %.1f× the best raw lookup that sends the ids, as the issues' lookups"
                            + " did: %.1f vs %.1f ms (%s) = **%.2f×: %s**; allocation %.1f vs %.1f MB = %.1f×%n",
                    honor.policy().label(), PriorityBenchmarks.TARGET, honor.medianMillis(), byIds.medianMillis(),
                    byIds.side(), againstIds, againstIds <= PriorityBenchmarks.TARGET ? "met" : "MISSED",
                    mb(honor.medianAllocated()), mb(byIds.medianAllocated()),
                    (double) honor.medianAllocated() / Math.max(1, byIds.medianAllocated()));
        }
        out.printf(Locale.ROOT, "- for information, library `checkAll`, %s against the best raw lookup: %.1f vs %.1f ms = %.2f×; the"
                        + " best reference alone is %.2f× the best raw lookup%n", honorAndAge.policy().label(),
                honorAndAge.medianMillis(), best.medianMillis(), honorAndAge.medianMillis() / best.medianMillis(),
                ref.medianMillis() / best.medianMillis());
        out.printf(Locale.ROOT, "- every run agreed: every library side (its honor condition met), every raw path and the"
                        + " generated data named the same %,d of %,d artisans as holding an active gold honor; each library"
                        + " side decided once per id, in order, under the policy version it names%n", activeHonors,
                checks);
        out.printf(Locale.ROOT, "- decisions giving priority: %s %,d of %,d (exactly the honor holders); %s %,d of %,d"
                        + " (honor, or aged 45 or under)%n", honor.policy().label(), honor.heap().result().withPriority(),
                honor.heap().result().decisions(), honorAndAge.policy().label(), honorAndAge.heap().result().withPriority(),
                honorAndAge.heap().result().decisions());
        out.printf(Locale.ROOT, "- connections taken and statements prepared by one library check of %,d artisans: %s%n",
                checks, statements.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %d and %d", e.getKey().label(), e.getValue()[0],
                                e.getValue()[1]))
                        .collect(Collectors.joining("; ")));
        liveHeap.forEach((policy, samples) -> printLiveHeap(out, policy, samples));
        out.printf(Locale.ROOT, "- setup (not measured): %.1f s through the library (programs, %d artisans, %d honors, two"
                        + " titles, three policy versions), %.1f s of raw loading and statistics%n", library.seconds(),
                library.artisans().size(), library.honors().size(), loaded.seconds());
        out.println("- honors in the database: " + loaded.honorKinds().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("; ")));
    }

    /** Prints whether a library side is the target multiple as fast as the ORM peer. */
    private static void fasterThanPeer(PrintStream out, PriorityBenchmarks.Side lib, PriorityBenchmarks.Side peer) {
        double faster = peer.medianMillis() / lib.medianMillis();
        out.printf(Locale.ROOT, "- library %s, %s ≥ %.0f× as fast as the ORM peer: %.1f vs %.1f ms = **%.2f× as fast: %s**%n",
                method(lib), lib.policy().label(), PriorityBenchmarks.PEER_TARGET, lib.medianMillis(), peer.medianMillis(),
                faster, faster >= PriorityBenchmarks.PEER_TARGET ? "met" : "MISSED");
    }

    /** Prints whether a library side allocates at most the target multiple of what the best raw lookup does. */
    private static void allocation(PrintStream out, PriorityBenchmarks.Side lib, PriorityBenchmarks.Side best) {
        double allocation = (double) lib.medianAllocated() / Math.max(1, best.medianAllocated());
        out.printf(Locale.ROOT, "- library %s, %s, allocation ≤ %.0f× the best raw lookup's: %.1f vs %.1f MB = **%.1f×: %s**%n",
                method(lib), lib.policy().label(), PriorityBenchmarks.ALLOCATION_TARGET, mb(lib.medianAllocated()),
                mb(best.medianAllocated()), allocation, allocation <= PriorityBenchmarks.ALLOCATION_TARGET ? "met" : "MISSED");
    }

    private static String method(PriorityBenchmarks.Side lib) {
        return lib.screen() ? "`screen`" : "`checkAll`";
    }

    /** Prints whether a library side's median is within the target multiple of the raw side it is held to. */
    private static void verdict(PrintStream out, PriorityBenchmarks.Side lib, String against, PriorityBenchmarks.Side raw,
            String rawName) {
        double ratio = lib.medianMillis() / raw.medianMillis();
        out.printf(Locale.ROOT, "- library %s, %s ≤ %.1f× %s: %.1f vs %.1f ms%s = **%.2f×: %s**%n", method(lib),
                lib.policy().label(), PriorityBenchmarks.TARGET, against, lib.medianMillis(), raw.medianMillis(), rawName, ratio,
                ratio <= PriorityBenchmarks.TARGET ? "met" : "MISSED");
    }

    private static void printLiveHeap(PrintStream out, PrioritySetup.CheckedPolicy policy, long[] samples) {
        if (samples.length == 0) {
            return;
        }
        long first = samples[0];
        long last = samples[samples.length - 1];
        long max = Arrays.stream(samples).max().orElseThrow();
        out.printf(Locale.ROOT, "- live heap while the library's stream is consumed, %s (after a GC every 10,000"
                        + " decisions, above the heap before the check): %s MB; first %.1f, last %.1f, max %.1f MB: **%s**%n",
                policy.label(), Arrays.stream(samples).mapToObj(b -> String.format(Locale.ROOT, "%.1f", mb(b)))
                        .collect(Collectors.joining(", ")), mb(first), mb(last), mb(max),
                max - first <= CONSTANT_SLACK ? "constant" : "GROWS");
    }

    /** @return a library side's median over another side's, as the table shows it */
    private static String times(PriorityBenchmarks.Side lib, PriorityBenchmarks.Side other) {
        return String.format(Locale.ROOT, "%.2f×", lib.medianMillis() / other.medianMillis());
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
