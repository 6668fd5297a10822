package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of an expert reviewer of a round. */
public final class ReviewerId implements Comparable<ReviewerId> {
    private final long value;

    private ReviewerId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ReviewerId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("reviewerId", "must be positive, got " + value);
        }
        return new ReviewerId(value);
    }

    /**
     * Returns the numeric value.
     *
     * @return the value, positive
     */
    public long value() {
        return value;
    }

    @Override
    public int compareTo(ReviewerId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewerId that && value == that.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
