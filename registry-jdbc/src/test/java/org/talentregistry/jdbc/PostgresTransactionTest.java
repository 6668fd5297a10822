package org.talentregistry.jdbc;

import org.junit.jupiter.api.Test;

/** Hosts' pool settings on Postgres. */
class PostgresTransactionTest extends TransactionContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    /**
     * A tenant's whole list is read without nested loops (PostgreSQL planned a freshly imported tenant at one
     * row and rescanned it for every artisan), and a host's transaction the read joined gets its planner
     * setting back as it was.
     */
    @Test
    void aStreamedListInAHostsTransaction_leavesItsNestedLoopSettingAsItWas() throws Exception {
        try (TestDatabase fresh = TestDatabase.open(database());
                com.zaxxer.hikari.HikariDataSource pool = poolOn(fresh, PoolSetting.AUTO_COMMIT_OFF)) {
            org.jdbi.v3.core.Jdbi host = org.jdbi.v3.core.Jdbi.create(pool)
                    .setTransactionHandler(org.jdbi.v3.core.transaction.LocalTransactionHandler.managed());
            org.talentregistry.TalentRegistry registry = org.talentregistry.TalentRegistry.builder(JdbcRegistryStore.create(host))
                    .tenant(org.talentregistry.TenantId.of("zibo")).build();
            registry.artisans().register(org.talentregistry.Actor.of("hr-zhang", "张科长"), Fixtures.mechanic(1));

            for (String setting : new String[] {"on", "off"}) {
                java.util.List<String> seen = new java.util.ArrayList<>();
                host.useTransaction(handle -> {
                    handle.execute("SET LOCAL enable_nestloop = " + setting);
                    registry.artisans().forEach(org.talentregistry.artisan.ArtisanQuery.all(), a -> seen.add(
                            handle.createQuery("SELECT current_setting('enable_nestloop')").mapTo(String.class).one()));
                    seen.add(handle.createQuery("SELECT current_setting('enable_nestloop')").mapTo(String.class).one());
                });
                org.assertj.core.api.Assertions.assertThat(seen).as("host's setting " + setting).containsExactly("off", setting);
            }
        }
    }
}
