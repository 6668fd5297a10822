package org.talentregistry;

import java.time.Clock;
import java.util.Objects;
import org.talentregistry.artisan.Artisans;
import org.talentregistry.audit.AuditTrail;
import org.talentregistry.internal.ArtisanService;
import org.talentregistry.internal.AuditService;
import org.talentregistry.spi.RegistryStore;

/**
 * The registry of one tenant: the single entry point a host uses.
 *
 * <p>Built from a {@link RegistryStore}, usually {@code JdbcRegistryStore} from the {@code registry-jdbc}
 * module:
 * <pre>{@code
 * TalentRegistry registry = TalentRegistry.builder(JdbcRegistryStore.create(dataSource))
 *         .tenant(TenantId.of("zibo"))
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .build();
 * Artisan artisan = registry.artisans().register(actor, details);
 * }</pre>
 * A registry is cheap to build and safe to share between threads. One database can serve several
 * tenants: build one registry per tenant on the same store. {@link #close()} closes the store.
 */
public final class TalentRegistry implements AutoCloseable {
    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final ArtisanService artisans;
    private final AuditService audit;

    private TalentRegistry(Builder builder) {
        this.store = builder.store;
        this.tenant = builder.tenant;
        this.clock = builder.clock;
        this.artisans = new ArtisanService(store, tenant, clock);
        this.audit = new AuditService(store, tenant);
    }

    /**
     * Returns a builder for a registry on a store. The tenant defaults to {@code default} and the clock
     * to the system clock in the zone {@code Asia/Shanghai}.
     *
     * @param store the store, not null
     * @return a new builder, not null
     * @throws NullPointerException if the store is null
     */
    public static Builder builder(RegistryStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * Returns the artisan registry.
     *
     * @return the artisans of this tenant, not null
     */
    public Artisans artisans() {
        return artisans;
    }

    /**
     * Returns the audit trail.
     *
     * @return the audit events of this tenant, not null
     */
    public AuditTrail audit() {
        return audit;
    }

    /**
     * Returns the tenant this registry serves.
     *
     * @return the tenant, not null
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the clock that dates every change.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns a registry for another tenant on the same store and clock.
     *
     * @param otherTenant the tenant, not null
     * @return a registry, not null; closing either closes the shared store
     */
    public TalentRegistry forTenant(TenantId otherTenant) {
        return builder(store).tenant(otherTenant).clock(clock).build();
    }

    /** Closes the store; see {@link RegistryStore#close()}. */
    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return "TalentRegistry{tenant=" + tenant + ", store=" + store + "}";
    }

    /** Builds a {@link TalentRegistry}. */
    public static final class Builder {
        private final RegistryStore store;
        private TenantId tenant = TenantId.of("default");
        private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));

        private Builder(RegistryStore store) {
            this.store = store;
        }

        /**
         * Sets the tenant.
         *
         * @param tenant the tenant, not null
         * @return this builder
         * @throws NullPointerException if the tenant is null
         */
        public Builder tenant(TenantId tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            return this;
        }

        /**
         * Sets the clock. Its zone decides what "today" is, e.g. for refusing dates in the future.
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry, not null
         */
        public TalentRegistry build() {
            return new TalentRegistry(this);
        }
    }
}
