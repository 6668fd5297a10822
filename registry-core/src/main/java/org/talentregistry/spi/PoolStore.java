package org.talentregistry.spi;

import java.time.LocalDate;
import java.util.List;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorId;
import org.talentregistry.pool.PoolMembership;

/** Stores talent-pool memberships for the session's tenant. */
public interface PoolStore {

    /**
     * Inserts a membership.
     *
     * @param membership the membership, not null
     */
    void insert(PoolMembership membership);

    /**
     * Ends the membership an honor brought.
     *
     * @param honorId the honor, not null
     * @param until the first day it no longer holds, not null
     * @return how many memberships were ended (0 or 1)
     */
    int end(HonorId honorId, LocalDate until);

    /**
     * Lists the memberships holding on a date.
     *
     * @param asOf the date, not null
     * @return the memberships, by artisan, not null
     */
    List<PoolMembership> activeOn(LocalDate asOf);

    /**
     * Counts the distinct artisans in the pool on a date.
     *
     * @param asOf the date, not null
     * @return the count
     */
    long sizeOn(LocalDate asOf);

    /**
     * Lists an artisan's memberships, ended ones included.
     *
     * @param artisanId the artisan, not null
     * @return the memberships, not null
     */
    List<PoolMembership> ofArtisan(ArtisanId artisanId);
}
