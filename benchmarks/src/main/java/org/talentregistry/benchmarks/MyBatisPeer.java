package org.talentregistry.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.talentregistry.benchmarks.Options.Database;

/**
 * The bulk loader a user who does not take the library writes, as issue 14 describes it: a MyBatis session
 * with {@code ExecutorType.BATCH}, one mapped insert-if-absent per ballot, a commit every 1,000 ballots (the
 * common enterprise default). It stores the same 32-byte HMAC key as the library, computed in its clock as
 * the library's is, into {@code bench_vote}; it keeps no tally and checks no round, so it does less than the
 * library. MyBatis hands the batch to the same pool and driver, which rewrites it into multi-row inserts
 * (PostgreSQL, {@code reWriteBatchedInserts}) or sends it with its bulk protocol (MariaDB).
 */
final class MyBatisPeer {
    /** The side's name in the report. */
    static final String NAME = "MyBatis BATCH, commit every 1,000";
    private static final int COMMIT_EVERY = 1_000;

    private MyBatisPeer() {
    }

    /** The mapped statement on PostgreSQL. */
    interface PostgresVotes {
        @Insert("INSERT INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " VALUES (#{round}, #{key}, #{tenant}, #{nominee}, #{castAt}) ON CONFLICT (round_id, voter_key) DO NOTHING")
        void insert(@Param("round") long round, @Param("key") byte[] key, @Param("tenant") String tenant,
                @Param("nominee") long nominee, @Param("castAt") LocalDateTime castAt);
    }

    /** The mapped statement on MariaDB and the MySQL path. */
    interface InnoDbVotes {
        @Insert("INSERT IGNORE INTO bench_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " VALUES (#{round}, #{key}, #{tenant}, #{nominee}, #{castAt})")
        void insert(@Param("round") long round, @Param("key") byte[] key, @Param("tenant") String tenant,
                @Param("nominee") long nominee, @Param("castAt") LocalDateTime castAt);
    }

    /** The mapped statement on H2, which has no insert-if-absent but MERGE. */
    interface H2Votes {
        @Insert("MERGE INTO bench_vote v USING (VALUES (CAST(#{round} AS BIGINT), CAST(#{key} AS BINARY(32)),"
                + " CAST(#{tenant} AS VARCHAR(64)), CAST(#{nominee} AS BIGINT), CAST(#{castAt} AS TIMESTAMP(6))))"
                + " AS s(round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
                + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)")
        void insert(@Param("round") long round, @Param("key") byte[] key, @Param("tenant") String tenant,
                @Param("nominee") long nominee, @Param("castAt") LocalDateTime castAt);
    }

    /** One insert, whichever mapper the database takes. */
    @FunctionalInterface
    private interface Insert5 {
        void insert(long round, byte[] key, String tenant, long nominee, LocalDateTime castAt);
    }

    /**
     * Loads the workload into the empty {@code bench_vote}; the caller counts what it stored.
     *
     * @param dataSource the pool
     * @param database the database
     * @param secret the registry's vote secret
     * @param roundId the round id to store under
     * @param workload the ballots
     * @return the result; its accepted count is the rows in {@code bench_vote} afterwards
     */
    static IngestBenchmark.Result load(DataSource dataSource, Database database, byte[] secret, long roundId,
            VoteWorkload workload) throws java.sql.SQLException {
        Configuration configuration = new Configuration(new Environment("bench", new JdbcTransactionFactory(), dataSource));
        Class<?> mapper = switch (database) {
            case POSTGRESQL -> PostgresVotes.class;
            case MARIADB, MYSQL -> InnoDbVotes.class;
            case H2 -> H2Votes.class;
        };
        configuration.addMapper(mapper);
        SqlSessionFactory sessions = new SqlSessionFactoryBuilder().build(configuration);
        VoterHasher hasher = new VoterHasher(secret, roundId);
        long started = System.nanoTime();
        try (SqlSession session = sessions.openSession(ExecutorType.BATCH, false)) {
            Insert5 insert = switch (database) {
                case POSTGRESQL -> session.getMapper(PostgresVotes.class)::insert;
                case MARIADB, MYSQL -> session.getMapper(InnoDbVotes.class)::insert;
                case H2 -> session.getMapper(H2Votes.class)::insert;
            };
            for (int i = 0; i < workload.size(); i++) {
                insert.insert(roundId, hasher.key(workload.voter(i)), RawJdbc.TENANT, workload.nominee(i).value(),
                        LocalDateTime.ofInstant(workload.castAt(i), ZoneOffset.UTC));
                if ((i + 1) % COMMIT_EVERY == 0 || i == workload.size() - 1) {
                    session.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = Chores.single(dataSource, "SELECT COUNT(*) FROM bench_vote WHERE round_id = ?", roundId);
        if (stored != workload.distinctVoters()) {
            throw new IllegalStateException(NAME + " stored " + stored + " votes; expected " + workload.distinctVoters());
        }
        return new IngestBenchmark.Result(NAME, workload.size(), stored, seconds);
    }
}
