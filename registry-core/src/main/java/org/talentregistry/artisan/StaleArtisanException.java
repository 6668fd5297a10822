package org.talentregistry.artisan;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/**
 * Thrown when an update is made from a stale snapshot: someone changed the artisan after the snapshot
 * was read. Nothing is written; read the artisan again and reapply the change.
 */
public class StaleArtisanException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final ArtisanId artisanId;
    private final long staleVersion;
    private final long currentVersion;

    /**
     * Creates the exception.
     *
     * @param artisanId the artisan, not null
     * @param staleVersion the version the update was made from
     * @param currentVersion the version the registry holds now
     */
    public StaleArtisanException(ArtisanId artisanId, long staleVersion, long currentVersion) {
        super(Message.of(ArtisanRefusal.STALE, String.valueOf(artisanId), staleVersion, currentVersion));
        this.artisanId = artisanId;
        this.staleVersion = staleVersion;
        this.currentVersion = currentVersion;
    }

    /**
     * Returns the artisan.
     *
     * @return the id, not null
     */
    public ArtisanId getArtisanId() {
        return artisanId;
    }

    /**
     * Returns the version the refused update was made from.
     *
     * @return the stale version
     */
    public long getStaleVersion() {
        return staleVersion;
    }

    /**
     * Returns the version the registry holds.
     *
     * @return the current version
     */
    public long getCurrentVersion() {
        return currentVersion;
    }
}
