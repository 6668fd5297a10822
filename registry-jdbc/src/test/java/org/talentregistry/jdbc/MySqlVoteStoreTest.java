package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.selection.NominationId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoteStore.KeyedVote;

/** The vote-store contract on the MySQL path: MySQL Connector/J and the MySQL dialect, against the MariaDB server. */
class MySqlVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }

    /**
     * The README's Connector/J settings change how the driver batches and tracks the session: casts and
     * batches, in and out of transactions, at the pool's read committed, must count as exactly.
     */
    @Test
    void castAndIngest_withTheRecommendedSettings_countExactly() {
        HikariConfig config = db.poolLikeThis();
        config.setJdbcUrl(config.getJdbcUrl() + "?rewriteBatchedStatements=true&useLocalSessionState=true&cachePrepStmts=true");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcRegistryStore recommended = JdbcRegistryStore.builder(pool).migrate(false).build();
            assertThat(recommended.database()).isEqualTo(Database.MYSQL);
            List<KeyedVote> batch = new ArrayList<>();
            Map<NominationId, Long> expected = new HashMap<>();
            for (int n = 0; n < 3_000; n++) {
                NominationId nominee = NominationId.of(1 + n % 7);
                batch.add(vote(nominee, n));
                expected.merge(nominee, 1L, Long::sum);
            }

            CastResult first = recommended.withSession(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 5_000).voterKey(),
                    vote(WANG, 5_000).castAt()));
            long accepted = recommended.inTransaction(tenant, s -> s.votes().ingest(round, batch));
            long again = recommended.inTransaction(tenant, s -> s.votes().ingest(round, batch.subList(0, 1_000)));
            CastResult repeated = recommended.withSession(tenant, s -> s.votes().cast(round, LI, batch.get(0).voterKey(),
                    batch.get(0).castAt()));

            expected.merge(WANG, 1L, Long::sum);
            assertThat(List.of(first, repeated)).containsExactly(CastResult.STORED, CastResult.DUPLICATE);
            assertThat(accepted).isEqualTo(3_000);
            assertThat(again).isZero();
            assertThat(tally(round)).isEqualTo(expected);
            assertThat(storedKeys(round)).isEqualTo(3_001);
        }
    }

    /** A cast outside a transaction leaves the pooled connection as it found it: in auto-commit mode. */
    @Test
    void cast_outsideATransaction_leavesTheConnectionInAutoCommit() throws Exception {
        store.withSession(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(), vote(WANG, 1).castAt()));

        try (Connection c = db.dataSource().getConnection()) {
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    /**
     * A host that runs the migrations with its own tool may give the registry a user that can only read and
     * write rows: the MySQL path needs no temporary table or other privilege to cast and ingest.
     */
    @Test
    void castAndIngest_byAUserWhoMayOnlyReadAndWriteRows_countExactly() throws SQLException {
        asUserWhoMayOnlyReadAndWriteRows(restricted -> {
            CastResult cast = restricted.withSession(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(),
                    vote(WANG, 1).castAt()));

            long accepted = restricted.inTransaction(tenant, s -> s.votes().ingest(round,
                    List.of(vote(WANG, 1), vote(LI, 2), vote(LI, 3), vote(LI, 2))));

            assertThat(cast).isEqualTo(CastResult.STORED);
            assertThat(accepted).isEqualTo(2);
            assertThat(tally(round)).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 2L));
            assertThat(storedKeys(round)).isEqualTo(3);
        });
    }
}
