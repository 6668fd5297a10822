package org.talentregistry.honor;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of an honor program. */
public final class HonorProgramId extends LongId<HonorProgramId> {
    private HonorProgramId(long value) {
        super(value, "programId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static HonorProgramId of(long value) {
        return new HonorProgramId(value);
    }
}
