package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionRounds;

/**
 * Bulk vote ingestion with deduplication: the same ballots, in batches of the same size, each batch one
 * transaction, through the library's {@link SelectionRounds#ingestVotes(RoundId, java.util.stream.Stream, int)}
 * and through each raw-JDBC path. The clock runs from the first ballot handed over to the last commit; the
 * baselines' clock includes hashing every voter, as the library's does.
 */
final class IngestBenchmark {
    /** The side name of the library's runs. */
    static final String LIBRARY = "library";

    /**
     * What one ingestion run did.
     *
     * @param side {@code library} or the baseline path's name
     * @param ballots ballots handed over
     * @param accepted votes stored
     * @param seconds wall-clock time
     */
    record Result(String side, long ballots, long accepted, double seconds) {
        /** @return ballots per second, duplicates included */
        double votesPerSecond() {
            return ballots / seconds;
        }
    }

    private IngestBenchmark() {
    }

    /**
     * Ingests through the library.
     *
     * @param rounds the registry's rounds
     * @param roundId the round, in public voting
     * @param workload the ballots
     * @param batchSize ballots per batch
     * @return the result
     * @throws IllegalStateException if the library did not accept exactly the workload's distinct voters
     */
    static Result library(SelectionRounds rounds, RoundId roundId, VoteWorkload workload, int batchSize) {
        long started = System.nanoTime();
        IngestSummary summary = rounds.ingestVotes(roundId, workload.ballots(), batchSize);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (summary.accepted() != workload.distinctVoters() || summary.duplicates() != workload.duplicates()) {
            throw new IllegalStateException("the library accepted " + summary.accepted() + " and refused "
                    + summary.duplicates() + " as duplicates; expected " + workload.distinctVoters() + " and "
                    + workload.duplicates() + " (" + summary + ")");
        }
        return new Result(LIBRARY, workload.size(), summary.accepted(), seconds);
    }

    /**
     * Ingests through a raw-JDBC path into the empty baseline tables, on one connection held for the run.
     *
     * @param dataSource the database
     * @param path the path
     * @param secret the registry's vote secret
     * @param roundId the round id to store under
     * @param workload the ballots
     * @param batchSize ballots per batch
     * @return the result
     * @throws SQLException if the database refuses
     * @throws IllegalStateException if the path did not store exactly the workload's distinct voters
     */
    static Result raw(DataSource dataSource, RawIngestPath path, byte[] secret, long roundId, VoteWorkload workload,
            int batchSize) throws SQLException {
        VoterHasher hasher = new VoterHasher(secret, roundId);
        long accepted = 0;
        double seconds;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // The library's transactions are read committed on every database; MariaDB's default is not.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            path.prepare(connection);
            long started = System.nanoTime();
            List<RawVote> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < workload.size(); i++) {
                batch.add(new RawVote(hasher.key(workload.voter(i)), workload.nominee(i).value(),
                        LocalDateTime.ofInstant(workload.castAt(i), ZoneOffset.UTC)));
                if (batch.size() == batchSize || i == workload.size() - 1) {
                    try {
                        accepted += path.ingest(connection, roundId, batch);
                        connection.commit();
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        throw e;
                    }
                    batch = new ArrayList<>(batchSize);
                }
            }
            seconds = (System.nanoTime() - started) / 1e9;
            connection.setAutoCommit(true);
        }
        if (accepted != workload.distinctVoters()) {
            throw new IllegalStateException(path.name() + " stored " + accepted + " votes; expected "
                    + workload.distinctVoters());
        }
        return new Result(path.name(), workload.size(), accepted, seconds);
    }
}
