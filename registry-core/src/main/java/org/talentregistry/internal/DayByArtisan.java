package org.talentregistry.internal;

import java.time.LocalDate;
import org.talentregistry.artisan.ArtisanId;

/**
 * A day by artisan, held as its epoch day in open addressing on the artisans' ids ({@link ArtisanSlots}): the
 * birth dates of a bulk check's chunk of up to a million artisans. Twelve bytes a slot, where {@link
 * ByArtisan} of {@code LocalDate} kept a reference and a 24-byte date per artisan, each a likely cache miss
 * when read back. Not thread-safe.
 */
final class DayByArtisan extends ArtisanSlots {
    /** What {@link #get} answers for an artisan without a day. */
    static final long NONE = Long.MIN_VALUE;

    private int[] days;

    /**
     * Creates an empty map.
     *
     * @param expected how many artisans it will likely hold; it grows past that
     */
    DayByArtisan(int expected) {
        super(expected);
        days = new int[capacity()];
    }

    /** @return the artisan's epoch day, or {@link #NONE} */
    long get(ArtisanId artisan) {
        int slot = find(artisan.value());
        return slot < 0 ? NONE : days[slot];
    }

    /** Sets the artisan's day. */
    void put(ArtisanId artisan, LocalDate day) {
        // The slot first: claiming may grow the map and replace the array.
        int slot = claim(artisan.value());
        days[slot] = Math.toIntExact(day.toEpochDay());
    }

    @Override
    void regrow(int capacity, int[] moved) {
        int[] old = days;
        days = new int[capacity];
        for (int i = 0; i < old.length; i++) {
            if (moved[i] >= 0) {
                days[moved[i]] = old[i];
            }
        }
    }
}
