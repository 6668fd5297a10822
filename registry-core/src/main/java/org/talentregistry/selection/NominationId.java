package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of a nomination. */
public final class NominationId implements Comparable<NominationId> {
    private final long value;

    private NominationId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static NominationId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("nominationId", "must be positive, got " + value);
        }
        return new NominationId(value);
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
    public int compareTo(NominationId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NominationId that && value == that.value;
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
