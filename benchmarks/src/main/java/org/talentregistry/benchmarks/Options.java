package org.talentregistry.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link VoteBenchmarks}.
 *
 * @param databases the databases to measure, in order
 * @param votes ballots in the ingestion run (duplicates included); the ranked round ends with this many votes
 * @param threads threads casting single votes at once
 * @param duplicateShare the share of ballots whose voter already voted, 0 to 0.9
 * @param batchSize ballots per ingestion batch (one transaction each), library and baselines alike
 * @param castVotes single votes cast per side (library, baseline) from all threads together
 * @param warmupVotes ballots in each side's warm-up ingestion, 0 for no warm-up pass
 * @param rankingRepeats timed repetitions of each ranking and tally
 * @param rounds how many times ingestion and casting are measured, library and baselines taking turns; the
 *     best of each side counts, which keeps a burst of load from another process on one side out of the ratios
 * @param nominees nominees in the round
 * @param h2Directory where the H2 file database lives while it is measured
 */
record Options(List<Database> databases, int votes, int threads, double duplicateShare, int batchSize, int castVotes,
        int warmupVotes, int rankingRepeats, int rounds, int nominees, Path h2Directory) {

    /** The databases the benchmark knows. */
    enum Database {
        /** H2, as a file database, the registry's embedded default. */
        H2,
        /** PostgreSQL. */
        POSTGRESQL,
        /** MariaDB. */
        MARIADB,
        /** The MySQL path: MySQL Connector/J and the library's MySQL dialect, against the MariaDB server. */
        MYSQL;

        String label() {
            return switch (this) {
                case H2 -> "H2";
                case POSTGRESQL -> "PostgreSQL";
                case MARIADB -> "MariaDB";
                case MYSQL -> "MySQL path (Connector/J on MariaDB)";
            };
        }
    }

    static final String USAGE = """
            usage: java -jar benchmarks/target/benchmarks.jar [options]
            """ + CommandLine.DB_OPTION + """
              --votes 1000000              ballots ingested, duplicates included; the ranked round holds this many votes
              --threads 8                  threads casting single votes
              --duplicates 0.2             share of ballots from a voter who already voted
              --batch 10000                ballots per ingestion batch (a transaction each)
              --cast-votes 20000           single votes cast per side
              --warmup-votes N             ballots per side in the warm-up pass (default votes / 10; 0: no warm-up)
              --ranking-repeats 5          timed repetitions of ranking and GROUP BY
              --rounds 2                   times ingestion and casting are measured, sides taking turns; best counts
              --nominees 2000              nominees in the round
            """ + CommandLine.H2_DIR_OPTION + CommandLine.REACHING_DATABASES;

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the faulty option
     */
    static Options parse(String[] args) {
        List<Database> databases = List.of(Database.values());
        int votes = 1_000_000;
        int threads = 8;
        double duplicates = 0.2;
        int batch = 10_000;
        int castVotes = 20_000;
        Integer warmup = null;
        int repeats = 5;
        int rounds = 2;
        int nominees = 2_000;
        Path h2 = CommandLine.defaultH2Directory();
        for (Map.Entry<String, String> pair : CommandLine.pairs(args)) {
            String option = pair.getKey();
            String value = pair.getValue();
            switch (option) {
                case "--db" -> databases = CommandLine.databases(value);
                case "--votes" -> votes = CommandLine.number(option, value, 1_000, 10_000_000);
                case "--threads" -> threads = CommandLine.number(option, value, 1, 256);
                case "--duplicates" -> duplicates = share(option, value);
                case "--batch" -> batch = CommandLine.number(option, value, 1, 100_000);
                case "--cast-votes" -> castVotes = CommandLine.number(option, value, 100, 2_000_000);
                case "--warmup-votes" -> warmup = CommandLine.number(option, value, 0, 10_000_000);
                case "--ranking-repeats" -> repeats = CommandLine.number(option, value, 1, 1_000);
                case "--rounds" -> rounds = CommandLine.number(option, value, 1, 20);
                case "--nominees" -> nominees = CommandLine.number(option, value, 2, 100_000);
                case "--h2-dir" -> h2 = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(databases, votes, threads, duplicates, batch, castVotes, warmup == null ? votes / 10 : warmup,
                repeats, rounds, nominees, h2);
    }

    private static double share(String option, String value) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + value, e);
        }
        if (d < 0 || d > 0.9) {
            throw new IllegalArgumentException(option + " must be 0 to 0.9, got " + d);
        }
        return d;
    }
}
