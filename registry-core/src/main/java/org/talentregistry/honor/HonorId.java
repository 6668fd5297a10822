package org.talentregistry.honor;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of an honor. */
public final class HonorId implements Comparable<HonorId> {
    private final long value;

    private HonorId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static HonorId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("honorId", "must be positive, got " + value);
        }
        return new HonorId(value);
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
    public int compareTo(HonorId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HonorId that && value == that.value;
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
