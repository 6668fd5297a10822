package org.talentregistry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.spi.RegistryStore;

/** The talent pool of one tenant. */
public final class PoolService implements TalentPool {
    private final RegistryStore store;
    private final TenantId tenant;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     */
    public PoolService(RegistryStore store, TenantId tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public List<PoolMembership> membersOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return List.copyOf(store.withSession(tenant, s -> s.pool().activeOn(asOf)));
    }

    @Override
    public long sizeOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Ranges.date("asOf", asOf);
        return store.withSession(tenant, s -> s.pool().sizeOn(asOf));
    }

    @Override
    public List<PoolMembership> ofArtisan(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.pool().ofArtisan(artisanId)));
    }
}
