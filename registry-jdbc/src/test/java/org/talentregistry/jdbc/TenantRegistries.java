package org.talentregistry.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;

/**
 * For the contract tests of the modules beside this one (the exchange, its {@code .xls} module): a database
 * opened once per test class with a store on it, and a registry in a tenant of its own for each test, so
 * that tests sharing the schema keep apart.
 */
public final class TenantRegistries implements AutoCloseable {
    private static final byte[] VOTE_SECRET = "zibo-union-vote-secret-2018".getBytes(StandardCharsets.UTF_8);

    private final TestDatabase database;
    private final JdbcRegistryStore store;
    private final Clock clock;

    private TenantRegistries(TestDatabase database, Clock clock) {
        this.database = database;
        this.store = JdbcRegistryStore.create(database.dataSource());
        this.clock = clock;
    }

    /**
     * Opens a database of its own (see {@link TestDatabase#open}), with a store on it.
     *
     * @param database which database
     * @param clock the registries' clock
     * @return the registries
     */
    public static TenantRegistries open(Database database, Clock clock) {
        return new TenantRegistries(TestDatabase.open(database), clock);
    }

    /**
     * Returns a registry in a tenant no other test uses, with the clock and a vote secret.
     *
     * @return the registry
     */
    public TalentRegistry newTenant() {
        return TalentRegistry.builder(store).tenant(TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8)))
                .clock(clock).voteSecret(VOTE_SECRET).build();
    }

    /**
     * Returns the store the registries share.
     *
     * @return the store
     */
    public JdbcRegistryStore store() {
        return store;
    }

    /** Drops the database. */
    @Override
    public void close() {
        database.close();
    }
}
