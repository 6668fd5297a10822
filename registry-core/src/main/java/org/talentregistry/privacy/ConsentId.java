package org.talentregistry.privacy;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** Identifies a consent record within a store. */
public final class ConsentId extends LongId<ConsentId> {
    private ConsentId(long value) {
        super(value, "consentId");
    }

    /**
     * Returns the id.
     *
     * @param value positive
     * @return the id, not null
     * @throws InvalidFieldException naming {@code consentId} if the value is not positive
     */
    public static ConsentId of(long value) {
        return new ConsentId(value);
    }
}
