package org.talentregistry;

/**
 * The common shape of the registry's numeric identifiers ({@code ArtisanId}, {@code HonorId}, {@code RoundId},
 * ...): a positive number assigned by the store, compared and ordered by value. Two ids are equal only
 * when they are of the same kind and value, so an {@code HonorId} never equals a {@code RoundId}.
 *
 * @param <T> the identifier's own type
 */
public abstract class LongId<T extends LongId<T>> implements Comparable<T> {
    private final long value;

    /**
     * Creates an id, checking that the value is positive.
     *
     * @param value the value
     * @param field the field name for the error message, e.g. {@code honorId}
     * @throws InvalidFieldException if the value is not positive
     */
    protected LongId(long value, String field) {
        if (value <= 0) {
            throw new InvalidFieldException(field, FieldProblem.NOT_POSITIVE, value);
        }
        this.value = value;
    }

    /**
     * Returns the numeric value.
     *
     * @return the value, positive
     */
    public final long value() {
        return value;
    }

    @Override
    public final int compareTo(T other) {
        return Long.compare(value, other.value());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((LongId<?>) other).value == value;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public final String toString() {
        return Long.toString(value);
    }
}
