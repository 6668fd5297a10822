package org.talentregistry.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The command line of {@link PriorityBenchmarks}.
 *
 * @param databases the databases to measure, in order
 * @param artisans artisans in the database, those registered through the library included
 * @param honors honors in the database, those named through the library included
 * @param checks artisans checked by each bulk priority check (a random sample of the artisans), one report per
 *     size, on the same data
 * @param repeats timed runs per side; the median counts
 * @param warmups untimed runs per side before the timed ones
 * @param h2Directory where the H2 file database lives while it is measured
 */
record PriorityOptions(List<Database> databases, int artisans, int honors, List<Integer> checks, int repeats, int warmups,
        Path h2Directory) {

    static final String USAGE = """
            usage: java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar \
            org.talentregistry.benchmarks.PriorityBenchmarks [options]
            """ + CommandLine.DB_OPTION + """
              --artisans 1000000           artisans in the database
              --honors 200000              honors in the database (all programs, tiers and states)
              --checks 100000,1000000      artisans in each bulk priority check; a comma-separated list
                                           measures each size on the same data, smallest first
                                           (sizes without thousands separators, or with '_')
              --repeats 9                  timed runs per side (library, each raw path); the median counts
              --warmups 5                  untimed runs per side first
            """ + CommandLine.H2_DIR_OPTION + CommandLine.REACHING_DATABASES;

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the faulty option, or with the message {@code help}
     */
    static PriorityOptions parse(String[] args) {
        List<Database> databases = List.of(Database.values());
        int artisans = 1_000_000;
        int honors = 200_000;
        List<Integer> checks = List.of(100_000, 1_000_000);
        int repeats = 9;
        int warmups = 5;
        Path h2 = CommandLine.defaultH2Directory();
        for (Map.Entry<String, String> pair : CommandLine.pairs(args)) {
            String option = pair.getKey();
            String value = pair.getValue();
            switch (option) {
                case "--db" -> databases = CommandLine.databases(value);
                case "--artisans" -> artisans = CommandLine.number(option, value, 10_000, 10_000_000);
                case "--honors" -> honors = CommandLine.number(option, value, 1_000, 10_000_000);
                case "--checks" -> checks = Arrays.stream(value.split(",", -1))
                        .map(size -> CommandLine.number(option, size.trim(), 100, 10_000_000)).sorted().toList();
                case "--repeats" -> repeats = CommandLine.number(option, value, 3, 100);
                case "--warmups" -> warmups = CommandLine.number(option, value, 0, 100);
                case "--h2-dir" -> h2 = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        int largest = checks.get(checks.size() - 1);
        if (largest > artisans) {
            throw new IllegalArgumentException("--checks (" + largest + ") cannot exceed --artisans (" + artisans + ")");
        }
        if (honors > artisans) {
            throw new IllegalArgumentException("--honors (" + honors + ") cannot exceed --artisans (" + artisans
                    + "): the honors of one round go to distinct artisans");
        }
        return new PriorityOptions(databases, artisans, honors, checks, repeats, warmups, h2);
    }

}
