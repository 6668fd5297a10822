package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.talentregistry.benchmarks.Options.Database;

/**
 * Runs a benchmark program's measurement on each database in turn, then prints the reports: a failure on
 * one database is printed and the others still run.
 */
final class EachDatabase {
    private EachDatabase() {
    }

    /** A measurement on one database, returning its report. */
    @FunctionalInterface
    interface Run<R> {
        R on(Database database) throws Exception;
    }

    /** Prints the program's title with the JVM, the CPUs and the heap it runs with. */
    static void printMachine(PrintStream out, String title) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "%s: %s %s on %d CPUs, max heap %,d MB%n", title, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    }

    /**
     * Measures on each database, then prints a "Results" section with the report of each that did not fail.
     *
     * @return true if a database failed
     */
    static <R> boolean run(List<Database> databases, PrintStream out, Run<R> run, BiConsumer<R, PrintStream> print) {
        List<R> reports = new ArrayList<>();
        boolean failed = false;
        for (Database database : databases) {
            long started = System.nanoTime();
            try {
                reports.add(run.on(database));
            } catch (Exception e) {
                failed = true;
                out.println(database.label() + " FAILED: " + e);
                e.printStackTrace(out);
            }
            out.printf(Locale.ROOT, "  %s done in %.0f s%n", database.label(), (System.nanoTime() - started) / 1e9);
        }
        out.println();
        out.println("## Results");
        reports.forEach(r -> print.accept(r, out));
        return failed;
    }
}
