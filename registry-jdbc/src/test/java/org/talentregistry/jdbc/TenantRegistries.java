package org.talentregistry.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;

/**
 * For the contract tests of the modules beside this one (the exchange, its {@code .xls} module), registered
 * on a field of a test class whose instance serves all its tests ({@code @RegisterExtension} with {@code
 * PER_CLASS}): a database opened before the class's first test with a store on it, dropped after its last,
 * and a registry in a tenant of its own for each test, so that tests sharing the schema keep apart.
 */
public final class TenantRegistries implements BeforeAllCallback, AfterAllCallback {
    private static final byte[] VOTE_SECRET = "zibo-union-vote-secret-2018".getBytes(StandardCharsets.UTF_8);

    private final Supplier<Database> which;
    private final Clock clock;
    private TestDatabase database;
    private JdbcRegistryStore store;

    private TenantRegistries(Supplier<Database> which, Clock clock) {
        this.which = which;
        this.clock = clock;
    }

    /**
     * Returns the extension; the database is opened (see {@link TestDatabase#open}) before the class's tests.
     *
     * @param which which database, asked when the class starts
     * @param clock the registries' clock
     * @return the extension
     */
    public static TenantRegistries of(Supplier<Database> which, Clock clock) {
        return new TenantRegistries(which, clock);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.open(which.get());
        store = JdbcRegistryStore.create(database.dataSource());
    }

    /** Drops the database; nothing to drop where it could not be reached and the tests were skipped. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
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
}
