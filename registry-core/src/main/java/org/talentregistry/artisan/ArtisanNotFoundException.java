package org.talentregistry.artisan;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/**
 * Thrown when an artisan is asked for by an id that the tenant does not have.
 */
public class ArtisanNotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final ArtisanId artisanId;

    /**
     * Creates the exception.
     *
     * @param artisanId the id asked for, not null
     */
    public ArtisanNotFoundException(ArtisanId artisanId) {
        super(Message.of(ArtisanRefusal.NOT_FOUND, String.valueOf(artisanId)));
        this.artisanId = artisanId;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, not null
     */
    public ArtisanId getArtisanId() {
        return artisanId;
    }
}
