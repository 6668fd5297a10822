package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.List;
import org.talentregistry.artisan.ArtisanId;

/**
 * The talent pool (人才库) of one tenant, reached through {@link org.talentregistry.TalentRegistry#pool()}:
 * honorees of the tiers that enter it, from their naming to the revocation of the honor that brought them.
 */
public interface TalentPool {

    /**
     * Lists the memberships holding on a date.
     *
     * @param asOf the date, not null
     * @return the memberships, unmodifiable
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    List<PoolMembership> membersOn(LocalDate asOf);

    /**
     * Counts the distinct artisans in the pool on a date.
     *
     * @param asOf the date, not null
     * @return the size
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    long sizeOn(LocalDate asOf);

    /**
     * Lists an artisan's memberships, ended ones included.
     *
     * @param artisanId the artisan, not null
     * @return the memberships, unmodifiable
     */
    List<PoolMembership> ofArtisan(ArtisanId artisanId);
}
