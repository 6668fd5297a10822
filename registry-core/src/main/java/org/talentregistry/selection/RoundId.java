package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of a selection round. */
public final class RoundId implements Comparable<RoundId> {
    private final long value;

    private RoundId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static RoundId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("roundId", "must be positive, got " + value);
        }
        return new RoundId(value);
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
    public int compareTo(RoundId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoundId that && value == that.value;
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
