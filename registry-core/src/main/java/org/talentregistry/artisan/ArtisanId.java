package org.talentregistry.artisan;

import org.talentregistry.InvalidFieldException;

/**
 * The registry's identifier of an artisan, assigned when the artisan is registered.
 */
public final class ArtisanId implements Comparable<ArtisanId> {
    private final long value;

    private ArtisanId(long value) {
        this.value = value;
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ArtisanId of(long value) {
        if (value <= 0) {
            throw new InvalidFieldException("artisanId", "must be positive, got " + value);
        }
        return new ArtisanId(value);
    }

    /**
     * Parses an id from its decimal text, as printed by {@link #toString()}.
     *
     * @param text the decimal digits, not null
     * @return the id, not null
     * @throws InvalidFieldException if the text is not a positive decimal number
     */
    public static ArtisanId parse(String text) {
        try {
            return of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("artisanId", "must be a positive decimal number, got '" + text + "'");
        }
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
    public int compareTo(ArtisanId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArtisanId that && value == that.value;
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
