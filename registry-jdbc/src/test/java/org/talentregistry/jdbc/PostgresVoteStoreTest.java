package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vote-store contract on PostgreSQL. */
class PostgresVoteStoreTest extends VoteStoreContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    /**
     * Batches go by pgJDBC's COPY where the connection unwraps to the driver's; a host whose pool or proxy
     * hides the driver's connection gets the same counts through the statement fed by arrays.
     */
    @Test
    void ingest_throughConnectionsThatDoNotUnwrapToTheDriver_countsExactly() {
        JdbcRegistryStore hidden = JdbcRegistryStore.builder(ProxiedDataSource.hidingTheDriver(db.dataSource()))
                .migrate(false).build();
        hidden.inTransaction(tenant, s -> s.votes().cast(round, WANG, vote(WANG, 1).voterKey(), vote(WANG, 1).castAt()));

        long accepted = hidden.inTransaction(tenant, s -> s.votes().ingest(round,
                List.of(vote(WANG, 1), vote(LI, 2), vote(LI, 3), vote(LI, 2))));
        long viaCopy = store.inTransaction(tenant, s -> s.votes().ingest(round, List.of(vote(ZHAO, 4), vote(ZHAO, 3))));

        assertThat(accepted).isEqualTo(2);
        assertThat(viaCopy).isEqualTo(1);
        assertThat(tally(round)).containsExactly(Map.entry(WANG, 1L), Map.entry(LI, 2L), Map.entry(ZHAO, 1L));
        assertThat(storedKeys(round)).isEqualTo(4);
    }
}
