package org.talentregistry.honor;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of an honor program. */
public final class HonorProgramId implements Comparable<HonorProgramId> {
    private final long value;

    private HonorProgramId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static HonorProgramId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("programId", "must be positive, got " + value);
        }
        return new HonorProgramId(value);
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
    public int compareTo(HonorProgramId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HonorProgramId that && value == that.value;
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
