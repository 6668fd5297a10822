package org.talentregistry.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.honor.HonorId;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.privacy.ConsentPurpose;

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

    /**
     * Reads every artisan a query's filters match after its cursor, in id order, with the pool memberships
     * holding on a date and the names of the honors they name, handing each to an action as it is read
     * ({@link org.talentregistry.pool.TalentPool#forEachListed}). The registry calls this inside a
     * transaction. The default reads the artisans through {@link ArtisanStore#forEach} and each one's
     * memberships and honors apart, a few statements per artisan; a store should read them in one statement.
     *
     * @param query the filters and cursor, whose limit is ignored, not null
     * @param asOf the date the memberships hold on, not null
     * @param listing every artisan the filters match, or only those in the pool on that date, not null
     * @param action what to do with each artisan, not null; it may read the registry
     */
    default void forEachListed(ArtisanQuery query, LocalDate asOf, TalentPool.Listing listing,
            Consumer<? super ListedArtisan> action) {
        artisans().forEach(query, artisan -> {
            List<PoolMembership> memberships = new ArrayList<>(1);
            for (PoolMembership m : pool().ofArtisan(artisan.id())) {
                if (m.isActiveOn(asOf)) {
                    memberships.add(m);
                }
            }
            if (listing == TalentPool.Listing.POOL_MEMBERS && memberships.isEmpty()) {
                return;
            }
            Map<HonorId, String> honorNames = new HashMap<>();
            for (PoolMembership m : memberships) {
                if (m.source() instanceof PoolSource.ByHonor byHonor) {
                    honors().find(byHonor.honorId(), false)
                            .ifPresent(h -> honorNames.put(h.id(), h.programName() + h.tierName()));
                }
            }
            action.accept(new ListedArtisan(artisan, memberships, honorNames));
        });
    }

    /**
     * Reads artisans as {@link #forEachListed(ArtisanQuery, LocalDate, TalentPool.Listing, Consumer)} does,
     * each also saying whether its consent to a purpose holds on a day ({@link ListedArtisan#consentHolds()}).
     * The default asks the consent store once per artisan; a store should read the consent in the same
     * statement.
     *
     * @param query the filters and cursor, whose limit is ignored, not null
     * @param asOf the date the memberships hold on, not null
     * @param listing every artisan the filters match, or only those in the pool on that date, not null
     * @param consentTo the purpose whose consent each artisan is read with, not null
     * @param consentOn the day the consent must hold on, not null
     * @param action what to do with each artisan, not null; it may read the registry
     */
    default void forEachListed(ArtisanQuery query, LocalDate asOf, TalentPool.Listing listing,
            ConsentPurpose consentTo, LocalDate consentOn, Consumer<? super ListedArtisan> action) {
        forEachListed(query, asOf, listing, listed -> {
            ArtisanId id = listed.artisan().id();
            action.accept(listed.withConsentHolds(consents().holding(consentTo, consentOn, List.of(id)).contains(id)));
        });
    }
}
