package org.talentregistry.artisan;

import org.talentregistry.MessageCode;

/** The codes of the artisan registry's refusals; a host can switch on them. */
public enum ArtisanRefusal implements MessageCode {
    /** {@link ArtisanNotFoundException}. Argument: the artisan id. */
    NOT_FOUND,
    /** {@link DuplicateResidentIdException}. Arguments: the masked resident id, the artisan holding it. */
    DUPLICATE_RESIDENT_ID,
    /** {@link StaleArtisanException}. Arguments: the artisan id, the version edited, the version held. */
    STALE
}
