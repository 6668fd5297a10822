package org.talentregistry.jdbc.internal;

import org.jdbi.v3.core.Handle;
import org.talentregistry.TenantId;
import org.talentregistry.spi.ArtisanStore;
import org.talentregistry.spi.AuditStore;
import org.talentregistry.spi.StoreSession;

/** The stores of one tenant on one handle. */
public final class JdbcSession implements StoreSession {
    private final JdbcArtisanStore artisans;
    private final JdbcAuditStore audit;

    /**
     * Creates a session.
     *
     * @param handle the handle, in a transaction for writes
     * @param dialect the database's dialect
     * @param tenant the tenant every statement filters by
     */
    public JdbcSession(Handle handle, Dialect dialect, TenantId tenant) {
        this.artisans = new JdbcArtisanStore(handle, dialect, tenant);
        this.audit = new JdbcAuditStore(handle, tenant);
    }

    @Override
    public ArtisanStore artisans() {
        return artisans;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }
}
