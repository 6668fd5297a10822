package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;

/** The registry's identifier of an objection filed during the public notice. */
public final class ObjectionId implements Comparable<ObjectionId> {
    private final long value;

    private ObjectionId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ObjectionId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("objectionId", "must be positive, got " + value);
        }
        return new ObjectionId(value);
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
    public int compareTo(ObjectionId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectionId that && value == that.value;
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
