package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The raw-JDBC baselines of one database: tables shaped like the library's, the best ingestion paths
 * plain JDBC offers there, and the single autocommit cast.
 *
 * <p>The baselines write to {@code bench_vote} and {@code bench_tally}, which have the columns, types,
 * primary keys and table options of the library's {@code tr_vote} and {@code tr_vote_tally}, in the same
 * database, so that neither side's inserts land in an index the other side filled. The GROUP BY baseline
 * of the ranking benchmark reads the library's own {@code tr_vote} instead: the same rows the library
 * ranks.
 */
abstract class RawJdbc {
    /** The tenant the baselines write, as the library writes its own. */
    static final String TENANT = "bench";

    /** The raw tally the ranking is compared with. */
    static final String GROUP_BY = "SELECT nomination_id, COUNT(*) FROM tr_vote WHERE round_id = ? GROUP BY nomination_id";

    /**
     * Returns the baselines of a database.
     *
     * @param database the database
     * @return its baselines
     */
    static RawJdbc forDatabase(Database database) {
        return switch (database) {
            case H2 -> new H2RawJdbc();
            case POSTGRESQL -> new PostgresRawJdbc();
            case MARIADB -> new MariaDbRawJdbc();
            case MYSQL -> new MySqlRawJdbc();
        };
    }

    /** @return the DDL of {@code bench_vote} and {@code bench_tally}, like the library's migration V005 */
    abstract List<String> createTables();

    /**
     * Returns the DDL of the two tables in a database's own words.
     *
     * @param keyType the type of {@code voter_key}, 32 bytes
     * @param timestamp the type of {@code cast_at}
     * @param tableOptions what follows each {@code CREATE TABLE (...)}, or empty
     * @return the two statements
     */
    static List<String> tables(String keyType, String timestamp, String tableOptions) {
        return List.of("CREATE TABLE bench_vote (round_id BIGINT NOT NULL, voter_key " + keyType + " NOT NULL,"
                        + " tenant_id VARCHAR(64) NOT NULL, nomination_id BIGINT NOT NULL, cast_at " + timestamp + " NOT NULL,"
                        + " PRIMARY KEY (round_id, voter_key))" + tableOptions,
                "CREATE TABLE bench_tally (round_id BIGINT NOT NULL, nomination_id BIGINT NOT NULL,"
                        + " tenant_id VARCHAR(64) NOT NULL, votes BIGINT NOT NULL, PRIMARY KEY (round_id, nomination_id))"
                        + tableOptions);
    }

    /**
     * Binds a vote to the parameters of {@link #insertVoteIfAbsent()}.
     *
     * @param insert the statement
     * @param roundId the round
     * @param vote the vote
     * @throws SQLException if the driver refuses
     */
    static void bindVote(PreparedStatement insert, long roundId, RawVote vote) throws SQLException {
        insert.setLong(1, roundId);
        insert.setBytes(2, vote.voterKey());
        insert.setString(3, TENANT);
        insert.setLong(4, vote.nominee());
        insert.setObject(5, vote.castAt());
    }

    /**
     * Stages a batch in the temporary table {@code bench_staging (voter_key, nomination_id, cast_at)}, as one
     * JDBC batch, which the driver rewrites (PostgreSQL) or sends with its bulk protocol (MariaDB).
     *
     * @param connection a connection whose session holds the staging table
     * @param votes the votes
     * @throws SQLException if the database refuses
     */
    static void stage(Connection connection, List<RawVote> votes) throws SQLException {
        try (PreparedStatement stage = connection.prepareStatement(
                "INSERT INTO bench_staging (voter_key, nomination_id, cast_at) VALUES (?, ?, ?)")) {
            for (RawVote v : votes) {
                stage.setBytes(1, v.voterKey());
                stage.setLong(2, v.nominee());
                stage.setObject(3, v.castAt());
                stage.addBatch();
            }
            stage.executeBatch();
        }
    }

    /** @return the statements that empty both tables */
    List<String> emptyTables() {
        return List.of("DELETE FROM bench_vote", "DELETE FROM bench_tally");
    }

    /** @return the ingestion paths worth measuring on this database, the one expected fastest first */
    abstract List<RawIngestPath> ingestPaths();

    /** @return the single-vote insert-if-absent: round_id, voter_key, tenant_id, nomination_id, cast_at */
    abstract String insertVoteIfAbsent();

    /** @return the single-nominee tally upsert: round_id, nomination_id, tenant_id; adds one vote */
    abstract String addOneToTally();

    /**
     * Tells whether an error is the database refusing a key a concurrent transaction committed meanwhile
     * (H2's answer to an insert-if-absent that raced another); such a vote is a duplicate.
     *
     * @param e the error
     * @return true for a duplicate key
     */
    boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * Creates the baseline tables.
     *
     * @param connection a connection
     * @throws SQLException if the database refuses
     */
    final void create(Connection connection) throws SQLException {
        run(connection, createTables());
    }

    /**
     * Empties the baseline tables and commits.
     *
     * @param connection a connection
     * @throws SQLException if the database refuses
     */
    final void empty(Connection connection) throws SQLException {
        run(connection, emptyTables());
    }

    /**
     * Runs statements and commits if the connection is in manual-commit mode.
     *
     * @param connection a connection
     * @param statements the statements
     * @throws SQLException if the database refuses
     */
    static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /**
     * Casts one vote the plain way: an autocommit insert-if-absent, then, if it stored the vote, an
     * autocommit tally update. Two statements, two transactions: cheaper than the library's one
     * transaction, and not atomic.
     *
     * @param insert the prepared {@link #insertVoteIfAbsent()}
     * @param tally the prepared {@link #addOneToTally()}
     * @param roundId the round
     * @param vote the vote
     * @return true if stored, false for a duplicate
     * @throws SQLException if the database refuses
     */
    final boolean cast(PreparedStatement insert, PreparedStatement tally, long roundId, RawVote vote) throws SQLException {
        bindVote(insert, roundId, vote);
        try {
            if (insert.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        tally.setLong(1, roundId);
        tally.setLong(2, vote.nominee());
        tally.setString(3, TENANT);
        for (int attempt = 1; ; attempt++) {
            try {
                tally.executeUpdate();
                return true;
            } catch (SQLException e) {
                // H2 refuses an upsert whose row a concurrent transaction created meanwhile; run again, it
                // finds the row now. The library's H2 writer does the same.
                if (!isDuplicateKey(e) || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Counts votes per nominee, in nominee order (the order tallies are locked in).
     *
     * @param nominees the nominee of each stored vote
     * @return votes per nominee
     */
    static Map<Long, Long> countPerNominee(Iterable<Long> nominees) {
        Map<Long, Long> counts = new TreeMap<>();
        for (Long n : nominees) {
            counts.merge(n, 1L, Long::sum);
        }
        return counts;
    }
}
