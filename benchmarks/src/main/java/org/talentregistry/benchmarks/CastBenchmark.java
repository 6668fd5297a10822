package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.VoteOutcome;

/**
 * Single votes cast from several threads at once: the library's {@link SelectionRounds#castVote} against
 * a raw-JDBC autocommit insert-if-absent plus tally update. Thread {@code t} of {@code n} casts ballots
 * {@code t, t + n, t + 2n, ...} of the same workload on both sides, so duplicates (a share of ballots repeat
 * an earlier voter, possibly one another thread is casting at that moment) and outcomes are the same.
 * Each raw thread holds one connection and reuses its two prepared statements, the best a plain JDBC loop
 * does; each library call takes a connection from the pool, as a host's request handler would.
 */
final class CastBenchmark {
    /** The side name of the library's runs. */
    static final String LIBRARY = "library";
    /** The side name of the baseline's runs. */
    static final String RAW = "raw JDBC";

    /**
     * What one cast run did.
     *
     * @param side {@code library} or {@code raw JDBC}
     * @param casts votes cast
     * @param accepted votes stored
     * @param seconds wall-clock time from the start signal to the last thread's end
     * @param latenciesNanos every call's latency, sorted
     */
    record Result(String side, int casts, long accepted, double seconds, long[] latenciesNanos) {
        /** @return casts per second */
        double votesPerSecond() {
            return casts / seconds;
        }

        /**
         * Returns a latency percentile.
         *
         * @param p the percentile, 0 to 100
         * @return the latency in milliseconds
         */
        double percentileMillis(double p) {
            int index = (int) Math.ceil(p / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, index))] / 1e6;
        }
    }

    /** One thread's work: cast ballot {@code i}, say whether it was stored. */
    @FunctionalInterface
    private interface Caster {
        boolean cast(int i) throws Exception;
    }

    /** Makes a thread's caster; what it opens is closed when the thread ends. */
    @FunctionalInterface
    private interface CasterFactory {
        Caster open(List<AutoCloseable> resources) throws Exception;
    }

    private CastBenchmark() {
    }

    /**
     * Casts through the library.
     *
     * @param rounds the registry's rounds
     * @param roundId the round, in public voting
     * @param workload the ballots
     * @param threads how many threads
     * @return the result
     */
    static Result library(SelectionRounds rounds, RoundId roundId, VoteWorkload workload, int threads) {
        return run(LIBRARY, workload, threads, resources -> i -> {
            VoteOutcome outcome = rounds.castVote(roundId, workload.ballot(i));
            if (outcome != VoteOutcome.ACCEPTED && outcome != VoteOutcome.DUPLICATE) {
                throw new IllegalStateException("unexpected outcome " + outcome);
            }
            return outcome == VoteOutcome.ACCEPTED;
        });
    }

    /**
     * Casts through raw JDBC into the baseline tables, in autocommit mode.
     *
     * @param dataSource the database
     * @param raw the database's baselines
     * @param secret the registry's vote secret
     * @param roundId the round id to store under
     * @param workload the ballots
     * @param threads how many threads
     * @return the result
     */
    static Result raw(DataSource dataSource, RawJdbc raw, byte[] secret, long roundId, VoteWorkload workload, int threads) {
        return run(RAW, workload, threads, resources -> {
            VoterHasher hasher = new VoterHasher(secret, roundId);
            Connection connection = dataSource.getConnection();
            resources.add(connection);
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            PreparedStatement insert = connection.prepareStatement(raw.insertVoteIfAbsent());
            PreparedStatement tally = connection.prepareStatement(raw.addOneToTally());
            resources.add(insert);
            resources.add(tally);
            return i -> raw.cast(insert, tally, roundId, new RawVote(hasher.key(workload.voter(i)),
                    workload.nominee(i).value(), LocalDateTime.ofInstant(workload.castAt(i), ZoneOffset.UTC)));
        });
    }

    /**
     * Casts through the Hibernate peer into the baseline table, a transaction per vote.
     *
     * @param peer the peer, on the same pool
     * @param secret the registry's vote secret
     * @param roundId the round id to store under
     * @param workload the ballots
     * @param threads how many threads
     * @return the result
     */
    static Result hibernate(HibernatePeer peer, byte[] secret, long roundId, VoteWorkload workload, int threads) {
        return run(HibernatePeer.NAME, workload, threads, resources -> {
            VoterHasher hasher = new VoterHasher(secret, roundId);
            return i -> peer.cast(roundId, new RawVote(hasher.key(workload.voter(i)), workload.nominee(i).value(),
                    LocalDateTime.ofInstant(workload.castAt(i), ZoneOffset.UTC)));
        });
    }

    private static Result run(String side, VoteWorkload workload, int threads, CasterFactory factory) {
        int casts = workload.size();
        long[] latencies = new long[casts];
        AtomicLong accepted = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                List<AutoCloseable> resources = new ArrayList<>();
                try {
                    Caster caster = factory.open(resources);
                    ready.countDown();
                    start.await();
                    for (int i = first; i < casts && failure.get() == null; i += threads) {
                        long began = System.nanoTime();
                        boolean stored = caster.cast(i);
                        latencies[i] = System.nanoTime() - began;
                        if (stored) {
                            accepted.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                } finally {
                    close(resources, failure);
                    done.countDown();
                }
            }, "cast-" + side + "-" + t);
            thread.start();
        }
        try {
            ready.await();
            long started = System.nanoTime();
            start.countDown();
            done.await();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException(side + " cast failed: " + failure.get(), failure.get());
            }
            Arrays.sort(latencies);
            return new Result(side, casts, accepted.get(), seconds, latencies);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void close(List<AutoCloseable> resources, AtomicReference<Throwable> failure) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }
    }
}
