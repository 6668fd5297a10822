package org.talentregistry.title;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of a technician-title award. */
public final class TitleAwardId extends LongId<TitleAwardId> {
    private TitleAwardId(long value) {
        super(value, "titleAwardId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static TitleAwardId of(long value) {
        return new TitleAwardId(value);
    }
}
