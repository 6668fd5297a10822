package org.talentregistry.artisan;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/**
 * Thrown when an artisan is registered (or changed) with a resident identity number that another artisan
 * of the tenant already has. Nothing is written.
 */
public class DuplicateResidentIdException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final ArtisanId existingArtisanId;

    /**
     * Creates the exception.
     *
     * @param residentId the number that is taken, not null; only its masked form enters the message
     * @param existingArtisanId the artisan who already has the number, not null
     */
    public DuplicateResidentIdException(ResidentId residentId, ArtisanId existingArtisanId) {
        super(Message.of(ArtisanRefusal.DUPLICATE_RESIDENT_ID, residentId.masked(), String.valueOf(existingArtisanId)));
        this.existingArtisanId = existingArtisanId;
    }

    /**
     * Returns the artisan who already has the number.
     *
     * @return the id, not null
     */
    public ArtisanId getExistingArtisanId() {
        return existingArtisanId;
    }
}
