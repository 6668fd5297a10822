package org.talentregistry.title;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of a technician-title round. */
public final class TitleRoundId extends LongId<TitleRoundId> {
    private TitleRoundId(long value) {
        super(value, "titleRoundId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static TitleRoundId of(long value) {
        return new TitleRoundId(value);
    }
}
