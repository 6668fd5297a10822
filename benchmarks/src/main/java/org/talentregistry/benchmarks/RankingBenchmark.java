package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRounds;

/**
 * Tally and ranking of a round: the library's {@link SelectionRounds#ranking(RoundId)} (the composite
 * ranking with every nominee's breakdown) against the raw {@code SELECT nomination_id, COUNT(*) FROM tr_vote
 * WHERE round_id = ? GROUP BY nomination_id} over the very rows the library ranks, read into a map. Each
 * side runs {@code repeats} timed times without the heap probe (its sampler thread would share the CPU),
 * counting only the bytes the calling thread allocates, then once more under the {@link HeapProbe}.
 *
 * <p>Before every run the caller's {@code touch} changes and restores a row of {@code tr_vote} and of
 * {@code tr_vote_tally}, as the votes of a live round would: H2 otherwise hands a repeated query the result
 * it cached for it while no table it reads had changed, and the GROUP BY would seem to take no time.
 */
final class RankingBenchmark {

    /**
     * What one side's runs did.
     *
     * @param side {@code library ranking} or {@code raw GROUP BY}
     * @param votes votes in the round
     * @param millis every timed run, sorted
     * @param allocated the bytes the calling thread allocated in each timed run, sorted
     * @param heap the probed run
     */
    record Result(String side, long votes, double[] millis, long[] allocated, HeapProbe.Measurement<Map<Long, Long>> heap) {
        /** @return the median time in milliseconds */
        double medianMillis() {
            return millis[millis.length / 2];
        }

        /** @return the median of the bytes allocated per timed run */
        long medianAllocated() {
            return allocated[allocated.length / 2];
        }
    }

    private RankingBenchmark() {
    }

    /**
     * Ranks through the library.
     *
     * @param rounds the registry's rounds
     * @param roundId the round
     * @param votes the votes the round holds, for the report
     * @param repeats timed runs
     * @param touch run before each run, untimed
     * @return the result; the probed run's result holds the votes per nominee the ranking shows
     * @throws Exception if ranking fails
     */
    static Result library(SelectionRounds rounds, RoundId roundId, long votes, int repeats, Callable<?> touch)
            throws Exception {
        return run("library ranking", votes, repeats, touch, () -> votesOf(rounds.ranking(roundId)));
    }

    /**
     * Tallies by the raw GROUP BY, on a connection from the pool as the library takes one.
     *
     * @param dataSource the database
     * @param roundId the round
     * @param votes the votes the round holds, for the report
     * @param repeats timed runs
     * @param touch run before each run, untimed
     * @return the result; the probed run's result holds the counts
     * @throws Exception if the query fails
     */
    static Result groupBy(DataSource dataSource, RoundId roundId, long votes, int repeats, Callable<?> touch)
            throws Exception {
        return run("raw GROUP BY", votes, repeats, touch, () -> {
            Map<Long, Long> counts = new HashMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(RawJdbc.GROUP_BY)) {
                q.setLong(1, roundId.value());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    private static Map<Long, Long> votesOf(Ranking ranking) {
        Map<Long, Long> votes = new HashMap<>();
        for (RankedNominee n : ranking.nominees()) {
            if (n.votes() > 0) {
                votes.put(n.nominationId().value(), n.votes());
            }
        }
        return votes;
    }

    private static Result run(String side, long votes, int repeats, Callable<?> touch, Callable<Map<Long, Long>> operation)
            throws Exception {
        double[] millis = new double[repeats];
        long[] allocated = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            touch.call();
            long allocatedBefore = HeapProbe.allocatedByThisThread();
            long started = System.nanoTime();
            operation.call();
            millis[i] = (System.nanoTime() - started) / 1e6;
            allocated[i] = HeapProbe.allocatedByThisThread() - allocatedBefore;
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        touch.call();
        return new Result(side, votes, millis, allocated, HeapProbe.measure(operation));
    }
}
