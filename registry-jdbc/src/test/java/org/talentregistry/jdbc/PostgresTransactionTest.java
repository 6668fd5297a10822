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
     * row and rescanned it for every artisan), with at least 64 MB for its sorts and without JIT compilation,
     * and a host's transaction the read joined gets its planner settings back as they were.
     */
    @Test
    void aStreamedListInAHostsTransaction_leavesItsPlannerSettingsAsTheyWere() throws Exception {
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
                    handle.execute("SET LOCAL work_mem = '8MB'");
                    handle.execute("SET LOCAL jit = " + setting);
                    registry.artisans().forEach(org.talentregistry.artisan.ArtisanQuery.all(), a -> seen.add(settings(handle)));
                    seen.add(settings(handle));
                });
                org.assertj.core.api.Assertions.assertThat(seen).as("host's setting " + setting)
                        .containsExactly("off 64MB off", setting + " 8MB " + setting);
            }
            // A host that gives its transaction more memory keeps it during the read.
            java.util.List<String> seen = new java.util.ArrayList<>();
            host.useTransaction(handle -> {
                handle.execute("SET LOCAL work_mem = '256MB'");
                registry.artisans().forEach(org.talentregistry.artisan.ArtisanQuery.all(), a -> seen.add(settings(handle)));
                seen.add(settings(handle));
            });
            org.assertj.core.api.Assertions.assertThat(seen).containsExactly("off 256MB off", "on 256MB on");
        }
    }

    private static String settings(org.jdbi.v3.core.Handle handle) {
        return handle.createQuery("SELECT current_setting('enable_nestloop') || ' ' || current_setting('work_mem') || ' '"
                        + " || current_setting('jit')")
                .mapTo(String.class).one();
    }
}
