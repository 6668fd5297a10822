package org.talentregistry.spi;

/**
 * The stores of one aggregate each, all bound to one tenant and one transaction (or connection).
 */
public interface StoreSession {
    /**
     * Returns the artisan store.
     *
     * @return the store, not null
     */
    ArtisanStore artisans();

    /**
     * Returns the audit store.
     *
     * @return the store, not null
     */
    AuditStore audit();
}
