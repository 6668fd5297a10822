package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of a nomination. */
public final class NominationId extends LongId<NominationId> {
    private NominationId(long value) {
        super(value, "nominationId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static NominationId of(long value) {
        return new NominationId(value);
    }
}
