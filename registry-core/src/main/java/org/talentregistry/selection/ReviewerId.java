package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of an expert reviewer of a round. */
public final class ReviewerId extends LongId<ReviewerId> {
    private ReviewerId(long value) {
        super(value, "reviewerId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ReviewerId of(long value) {
        return new ReviewerId(value);
    }
}
