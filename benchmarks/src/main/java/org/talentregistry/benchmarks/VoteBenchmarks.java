package org.talentregistry.benchmarks;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.talentregistry.benchmarks.Options.Database;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRounds;

/**
 * The vote benchmarks of issue 3: on each database, in a schema or database of its own, the library
 * beside a raw-JDBC baseline doing the same work in the same run:
 * <ol>
 *   <li>bulk ingestion with deduplication ({@link IngestBenchmark});</li>
 *   <li>single votes cast from several threads ({@link CastBenchmark});</li>
 *   <li>tally and ranking of the round ({@link RankingBenchmark}), once after ingestion and once with the
 *       round topped up to exactly {@code --votes} votes.</li>
 * </ol>
 * A warm-up pass runs every measurement once on a smaller workload first and is then wiped. See {@link
 * Options#USAGE} for the command line and BENCHMARKS.md for the figures.
 */
public final class VoteBenchmarks {
    private static final long INGEST_VOTERS = 0;
    private static final long CAST_VOTERS = 50_000_000;
    private static final long CAST_VOTERS_PER_ROUND = 2_000_000;
    private static final long TOP_UP_VOTERS = 100_000_000;
    private static final long WARMUP_VOTERS = 150_000_000;
    private static final long WARMUP_CAST_VOTERS = 200_000_000;
    private static final int TOP_UP_BATCH = 50_000;

    private final Options options;
    private final PrintStream out;

    private VoteBenchmarks(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the benchmarks and prints a report per database, then exits with status 1 if a database
     * failed.
     *
     * @param args see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        Options options = CommandLine.parseOrExit(args, Options::parse, Options.USAGE);
        boolean failed = new VoteBenchmarks(options, System.out).runAll();
        System.exit(failed ? 1 : 0);
    }

    private boolean runAll() {
        EachDatabase.printMachine(out, "Talent Registry vote benchmarks");
        out.printf(Locale.ROOT, "votes %,d, duplicates %.0f%%, batch %,d, %d threads casting %,d votes per side,"
                        + " warm-up %,d votes, %d ranking repeats, %,d nominees%n", options.votes(),
                options.duplicateShare() * 100, options.batchSize(), options.threads(), options.castVotes(),
                options.warmupVotes(), options.rankingRepeats(), options.nominees());
        return EachDatabase.run(options.databases(), out, this::run, Report::print);
    }

    private Report run(Database kind) throws Exception {
        out.println();
        out.println("== " + kind.label());
        try (BenchDatabase db = BenchDatabase.create(kind, options.h2Directory())) {
            out.println("  " + db.version() + "; " + db.where());
            DataSource ds = db.dataSource();
            Setup.Fixture fixture = Setup.roundInVoting(ds, options.nominees(), out);
            try {
                RawJdbc raw = RawJdbc.forDatabase(kind);
                try (Connection c = ds.getConnection()) {
                    raw.create(c);
                }
                Report report = new Report(kind, db.version(), options);
                report.note(String.format(Locale.ROOT, "setup (not measured): %,d nominees registered, nominated, reviewed and"
                        + " scored through the library in %.0f s", options.nominees(), fixture.seconds()));
                try (HibernatePeer hibernate = new HibernatePeer(ds)) {
                    if (options.warmupVotes() > 0) {
                        warmUp(db, fixture, raw, hibernate);
                    }
                    measure(db, fixture, raw, hibernate, report);
                }
                return report;
            } finally {
                fixture.registry().close();
            }
        }
    }

    private void warmUp(BenchDatabase db, Setup.Fixture fixture, RawJdbc raw, HibernatePeer hibernate) throws Exception {
        long started = System.nanoTime();
        DataSource ds = db.dataSource();
        SelectionRounds rounds = fixture.registry().rounds();
        RoundId round = fixture.roundId();
        VoteWorkload ingest = VoteWorkload.generate(options.warmupVotes(), options.duplicateShare(), WARMUP_VOTERS,
                fixture.nominees(), 11);
        IngestBenchmark.library(rounds, round, ingest, options.batchSize());
        for (RawIngestPath path : raw.ingestPaths()) {
            Chores.emptyBaseline(ds, raw);
            IngestBenchmark.raw(ds, path, fixture.voteSecret(), round.value(), ingest, options.batchSize());
        }
        Chores.emptyBaseline(ds, raw);
        MyBatisPeer.load(ds, db.kind(), fixture.voteSecret(), round.value(), ingest);
        VoteWorkload cast = VoteWorkload.generate(Math.max(options.threads(), options.castVotes() / 4),
                options.duplicateShare(), WARMUP_CAST_VOTERS, fixture.nominees(), 12);
        CastBenchmark.library(rounds, round, cast, options.threads());
        Chores.emptyBaseline(ds, raw);
        CastBenchmark.raw(ds, raw, fixture.voteSecret(), round.value(), cast, options.threads());
        Chores.emptyBaseline(ds, raw);
        CastBenchmark.hibernate(hibernate, fixture.voteSecret(), round.value(), cast, options.threads());
        Callable<Void> touch = Chores.touch(ds, round, fixture.nominees().get(0));
        RankingBenchmark.library(rounds, round, 0, 2, touch);
        RankingBenchmark.groupBy(ds, round, 0, 2, touch);
        Chores.wipeLibraryVotes(ds);
        Chores.emptyBaseline(ds, raw);
        out.printf(Locale.ROOT, "  warm-up: %,d ballots per ingestion path, %,d casts per side, 2 rankings; wiped (%.0f s)%n",
                ingest.size(), cast.size(), (System.nanoTime() - started) / 1e9);
    }

    private void measure(BenchDatabase db, Setup.Fixture fixture, RawJdbc raw, HibernatePeer hibernate, Report report)
            throws Exception {
        DataSource ds = db.dataSource();
        SelectionRounds rounds = fixture.registry().rounds();
        RoundId round = fixture.roundId();
        VoteWorkload ingest = VoteWorkload.generate(options.votes(), options.duplicateShare(), INGEST_VOTERS,
                fixture.nominees(), 1);
        for (int r = 0; r < options.rounds(); r++) {
            if (r > 0) {
                Chores.wipeLibraryVotes(ds);
            }
            // The sides take turns going first, so that neither always meets the database as the other left it.
            if (r % 2 == 0) {
                ingestLibrary(db, rounds, round, ingest, report, r);
            }
            for (RawIngestPath path : raw.ingestPaths()) {
                Chores.emptyBaseline(ds, raw);
                Chores.settle(db);
                IngestBenchmark.Result result = IngestBenchmark.raw(ds, path, fixture.voteSecret(), round.value(), ingest,
                        options.batchSize());
                Chores.requireTally(ds, "bench_tally", round, result.accepted());
                progress("ingest", r, "raw: " + result.side(), result.seconds(),
                        String.format(Locale.ROOT, "%,.0f votes/s", result.votesPerSecond()));
                report.add(result);
            }
            Chores.emptyBaseline(ds, raw);
            Chores.settle(db);
            IngestBenchmark.Result peer = MyBatisPeer.load(ds, db.kind(), fixture.voteSecret(), round.value(), ingest);
            progress("ingest", r, "peer: " + peer.side(), peer.seconds(),
                    String.format(Locale.ROOT, "%,.0f votes/s", peer.votesPerSecond()));
            report.add(peer);
            if (r % 2 == 1) {
                ingestLibrary(db, rounds, round, ingest, report, r);
            }
        }

        long same = Chores.single(ds, "SELECT COUNT(*) FROM tr_vote v JOIN bench_vote b ON b.round_id = v.round_id"
                + " AND b.voter_key = v.voter_key WHERE v.round_id = ?", round.value());
        report.note(same == ingest.distinctVoters()
                ? String.format(Locale.ROOT, "the baselines stored the very voter keys the library stored (%,d of %,d)", same,
                        ingest.distinctVoters())
                : String.format(Locale.ROOT, "the baselines' voter keys DIFFER from the library's (%,d of %,d in common):"
                        + " the library hashes other key material than VoterHasher; the work is comparable, the keys are not"
                        + " the same", same, ingest.distinctVoters()));

        Chores.settle(db);
        Callable<Void> touch = Chores.touch(ds, round, fixture.nominees().get(0));
        rank(ds, rounds, round, report, touch);

        for (int r = 0; r < options.rounds(); r++) {
            VoteWorkload cast = VoteWorkload.generate(options.castVotes(), options.duplicateShare(),
                    CAST_VOTERS + r * CAST_VOTERS_PER_ROUND, fixture.nominees(), 2 + r);
            // The three sides take turns going first, and each casts into an emptied table: the library into
            // tr_vote without the ingested votes (and without its own earlier casts), the baselines into bench_vote.
            // Until the seventh session the library cast into the ingested round (800,000 votes at the defaults)
            // while the baselines cast into an empty table, a larger B-tree for the library's inserts alone. The
            // ranking below tops the round up again.
            CastBenchmark.Result[] results = new CastBenchmark.Result[3];
            for (int turn = 0; turn < 3; turn++) {
                int side = (turn + r) % 3;
                if (side == 0) {
                    Chores.wipeLibraryVotes(ds);
                } else {
                    Chores.emptyBaseline(ds, raw);
                }
                Chores.settle(db);
                if (side == 0) {
                    results[0] = CastBenchmark.library(rounds, round, cast, options.threads());
                    progress("cast", r, "library", results[0].seconds(), castLine(results[0]));
                } else if (side == 1) {
                    results[1] = CastBenchmark.raw(ds, raw, fixture.voteSecret(), round.value(), cast, options.threads());
                    progress("cast", r, "raw JDBC", results[1].seconds(), castLine(results[1]));
                } else {
                    results[2] = CastBenchmark.hibernate(hibernate, fixture.voteSecret(), round.value(), cast, options.threads());
                    progress("cast", r, "peer: " + HibernatePeer.NAME, results[2].seconds(), castLine(results[2]));
                }
            }
            for (CastBenchmark.Result result : results) {
                if (result.accepted() != cast.distinctVoters()) {
                    throw new IllegalStateException("casts accepted by " + result.side() + ": " + result.accepted()
                            + "; expected " + cast.distinctVoters());
                }
                report.add(result);
            }
        }

        long have = Chores.countVotes(ds, round);
        if (have < options.votes()) {
            VoteWorkload topUp = VoteWorkload.generate((int) (options.votes() - have), 0, TOP_UP_VOTERS, fixture.nominees(), 3);
            long started = System.nanoTime();
            IngestBenchmark.library(rounds, round, topUp, TOP_UP_BATCH);
            out.printf(Locale.ROOT, "  top-up (not measured): %,d more votes, the round now holds %,d (%.0f s)%n", topUp.size(),
                    Chores.countVotes(ds, round), (System.nanoTime() - started) / 1e9);
        }
        Chores.settle(db);
        rank(ds, rounds, round, report, touch);
    }

    private void ingestLibrary(BenchDatabase db, SelectionRounds rounds, RoundId round, VoteWorkload ingest, Report report,
            int r) throws SQLException {
        Chores.settle(db);
        IngestBenchmark.Result result = IngestBenchmark.library(rounds, round, ingest, options.batchSize());
        Chores.requireTally(db.dataSource(), "tr_vote_tally", round, result.accepted());
        progress("ingest", r, result.side(), result.seconds(), String.format(Locale.ROOT, "%,.0f votes/s",
                result.votesPerSecond()));
        report.add(result);
    }

    private void rank(DataSource ds, SelectionRounds rounds, RoundId round, Report report, Callable<Void> touch)
            throws Exception {
        long votes = Chores.countVotes(ds, round);
        RankingBenchmark.Result lib = RankingBenchmark.library(rounds, round, votes, options.rankingRepeats(), touch);
        progress("ranking", -1, "library", lib.medianMillis() / 1e3, String.format(Locale.ROOT, "%,d votes, median %.1f ms",
                votes, lib.medianMillis()));
        RankingBenchmark.Result raw = RankingBenchmark.groupBy(ds, round, votes, options.rankingRepeats(), touch);
        progress("ranking", -1, "raw GROUP BY", raw.medianMillis() / 1e3, String.format(Locale.ROOT, "%,d votes, median %.1f ms",
                votes, raw.medianMillis()));
        Map<Long, Long> ranked = lib.heap().result();
        Map<Long, Long> counted = raw.heap().result();
        if (!ranked.equals(counted)) {
            throw new IllegalStateException("the ranking's votes differ from the GROUP BY's: " + ranked.size() + " vs "
                    + counted.size() + " nominees");
        }
        report.add(lib);
        report.add(raw);
    }

    private void progress(String benchmark, int round, String side, double seconds, String figure) {
        out.printf(Locale.ROOT, "  %-8s %-3s %-62s %8.2f s  %s%n", benchmark, round < 0 ? "" : "#" + (round + 1), side,
                seconds, figure);
    }

    private static String castLine(CastBenchmark.Result r) {
        return String.format(Locale.ROOT, "%,.0f votes/s, p50 %.2f ms, p99 %.2f ms", r.votesPerSecond(), r.percentileMillis(50),
                r.percentileMillis(99));
    }
}
