package org.talentregistry.honor;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of an honor. */
public final class HonorId extends LongId<HonorId> {
    private HonorId(long value) {
        super(value, "honorId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static HonorId of(long value) {
        return new HonorId(value);
    }
}
