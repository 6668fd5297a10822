package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of a selection round. */
public final class RoundId extends LongId<RoundId> {
    private RoundId(long value) {
        super(value, "roundId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static RoundId of(long value) {
        return new RoundId(value);
    }
}
