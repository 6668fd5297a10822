package org.talentregistry.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.privacy.Consent;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentId;
import org.talentregistry.privacy.ConsentPurpose;

/** Stores consent records for the session's tenant. */
public interface ConsentStore {

    /**
     * Inserts a consent.
     *
     * @param grant the consent, not null
     * @param givenBy who recorded it, not null
     * @return the new record's id, not null
     */
    ConsentId insert(ConsentGrant grant, Actor givenBy);

    /**
     * Returns an artisan's consent to a purpose that has not been withdrawn.
     *
     * @param artisanId the artisan, not null
     * @param purpose the purpose, not null
     * @param forUpdate whether to lock it until the transaction ends
     * @return the consent, empty if none is open
     */
    Optional<Consent> open(ArtisanId artisanId, ConsentPurpose purpose, boolean forUpdate);

    /**
     * Records a withdrawal.
     *
     * @param id the consent, not null
     * @param withdrawal the withdrawal, not null
     */
    void withdraw(ConsentId id, Consent.Withdrawal withdrawal);

    /**
     * Lists an artisan's consents, withdrawn ones included.
     *
     * @param artisanId the artisan, not null
     * @return the consents, by id, not null
     */
    List<Consent> ofArtisan(ArtisanId artisanId);

    /**
     * Tells which of some artisans have a consent to a purpose holding on a date.
     *
     * @param purpose the purpose, not null
     * @param date the date, not null
     * @param artisanIds the artisans, not null
     * @return those with a consent holding, not null
     */
    Set<ArtisanId> holding(ConsentPurpose purpose, LocalDate date, Collection<ArtisanId> artisanIds);
}
