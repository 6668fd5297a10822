package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.spi.VoteStore.CastResult;

/** The vote-store contract on MariaDB. */
class MariaDbVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }

    /**
     * A host may turn on server-side prepared statements, which cannot hold the compound statement a cast
     * takes on a connection in auto-commit mode: casts must then go as separate statements, as exactly.
     */
    @Test
    void cast_withServerSidePreparedStatements_isStillExact() {
        HikariConfig config = poolLikeTheTests();
        config.addDataSourceProperty("useServerPrepStmts", "true");
        castsAreExact(config);
    }

    /** Oracle mode changes the grammar of compound statements, which casts then do without. */
    @Test
    void cast_inOracleMode_isStillExact() {
        HikariConfig config = poolLikeTheTests();
        config.setConnectionInitSql("SET SESSION sql_mode = 'ORACLE'");
        castsAreExact(config);
    }

    /**
     * A schema whose migrations a host's tool ran without the casting procedure (or dropped it): casts go as
     * one compound statement instead, as exactly.
     */
    @Test
    void cast_withoutTheCastingProcedure_isStillExact() throws SQLException {
        String definition;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW CREATE PROCEDURE tr_cast_vote")) {
                rs.next();
                definition = rs.getString("Create Procedure");
            }
            s.execute("DROP PROCEDURE tr_cast_vote");
        }
        try {
            castsAreExact(poolLikeTheTests());
        } finally {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(definition);
            }
        }
    }

    private HikariConfig poolLikeTheTests() {
        HikariConfig config = db.poolLikeThis();
        config.setMaximumPoolSize(2);
        return config;
    }

    private void castsAreExact(HikariConfig config) {
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcRegistryStore store = JdbcRegistryStore.builder(pool).migrate(false).build();
            List<CastResult> results = List.of(
                    store.withSession(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(), vote(WANG, 1).castAt())),
                    store.withSession(tenant, s -> s.votes().cast(round, LI, vote(LI, 1).voterKey(), vote(LI, 1).castAt())),
                    store.withSession(tenant, s -> s.votes().cast(round, LI, vote(LI, 2).voterKey(), vote(LI, 2).castAt())));

            assertThat(results).containsExactly(CastResult.STORED, CastResult.DUPLICATE, CastResult.STORED);
            assertThat(tally(round)).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 1L));
            assertThat(storedKeys(round)).isEqualTo(2);
        }
    }

    /**
     * A host that runs the migrations with its own tool may give the registry a user that can only read and
     * write rows, which may neither create temporary tables nor execute the casting procedure: batches and
     * casts must still count exactly.
     */
    @Test
    void ingest_byAUserWhoMayNotCreateTemporaryTables_countsExactly() throws SQLException {
        asUserWhoMayOnlyReadAndWriteRows(restricted -> {
            restricted.inTransaction(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(), vote(WANG, 1).castAt()));
            CastResult outside = restricted.withSession(tenant, s -> s.votes().cast(round, ZHAO, vote(ZHAO, 5).voterKey(),
                    vote(ZHAO, 5).castAt()));
            CastResult again = restricted.withSession(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 5).voterKey(),
                    vote(WANG, 5).castAt()));

            long accepted = restricted.inTransaction(tenant, s -> s.votes().ingest(round,
                    List.of(vote(WANG, 1), vote(LI, 2), vote(LI, 3), vote(LI, 2))));
            // The second call knows the user's limits and does not ask again.
            long acceptedNext = restricted.inTransaction(tenant, s -> s.votes().ingest(round, List.of(vote(ZHAO, 4), vote(ZHAO, 3))));

            assertThat(outside).isEqualTo(CastResult.STORED);
            assertThat(again).isEqualTo(CastResult.DUPLICATE);
            assertThat(accepted).isEqualTo(2);
            assertThat(acceptedNext).isEqualTo(1);
            assertThat(tally(round)).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 2L), Map.entry(ZHAO, 2L));
            assertThat(storedKeys(round)).isEqualTo(5);
        });
    }
}
