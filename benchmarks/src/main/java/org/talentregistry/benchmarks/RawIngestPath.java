package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One raw-JDBC way of ingesting a batch of votes: store each vote whose key the round does not have yet
 * (a repeat within the batch counts once) and add the stored ones to the nominees' tallies, in the
 * caller's transaction.
 */
interface RawIngestPath {

    /** @return a short name for the report, e.g. {@code COPY + INSERT ... SELECT} */
    String name();

    /**
     * Prepares a connection for this path, e.g. creates its temporary staging table.
     *
     * @param connection the connection the path will use, in manual-commit mode
     * @throws SQLException if the database refuses
     */
    default void prepare(Connection connection) throws SQLException {
    }

    /**
     * Ingests one batch; the caller commits.
     *
     * @param connection the connection, in manual-commit mode
     * @param roundId the round
     * @param votes the batch
     * @return how many votes were stored
     * @throws SQLException if the database refuses
     */
    long ingest(Connection connection, long roundId, List<RawVote> votes) throws SQLException;
}
