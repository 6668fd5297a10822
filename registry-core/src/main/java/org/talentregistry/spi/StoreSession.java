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

    /**
     * Returns the honor-program store.
     *
     * @return the store, not null
     */
    ProgramStore programs();

    /**
     * Returns the selection-round store.
     *
     * @return the store, not null
     */
    RoundStore rounds();

    /**
     * Returns the nomination store.
     *
     * @return the store, not null
     */
    NominationStore nominations();

    /**
     * Returns the expert-review store.
     *
     * @return the store, not null
     */
    ReviewStore reviews();

    /**
     * Returns the vote store.
     *
     * @return the store, not null
     */
    VoteStore votes();

    /**
     * Returns the objection store.
     *
     * @return the store, not null
     */
    ObjectionStore objections();

    /**
     * Returns the honor store.
     *
     * @return the store, not null
     */
    HonorStore honors();

    /**
     * Returns the talent-pool store.
     *
     * @return the store, not null
     */
    PoolStore pool();

    /**
     * Returns the technician-title store.
     *
     * @return the store, not null
     */
    TitleStore titles();

    /**
     * Returns the engagement store.
     *
     * @return the store, not null
     */
    EngagementStore engagements();

    /**
     * Returns the consent store.
     *
     * @return the store, not null
     */
    ConsentStore consents();
}
