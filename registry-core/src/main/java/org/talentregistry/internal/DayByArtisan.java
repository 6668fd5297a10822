package org.talentregistry.internal;

import java.time.LocalDate;
import org.talentregistry.artisan.ArtisanId;

/**
 * A day by artisan, held as its epoch day in open addressing on the artisans' ids: the birth dates of a bulk
 * check's chunk of up to a million artisans. Twelve bytes a slot, where {@link ByArtisan} of {@code LocalDate}
 * kept a reference and a 24-byte date per artisan, each a likely cache miss when read back. Not thread-safe.
 */
final class DayByArtisan {
    /** What {@link #get} answers for an artisan without a day. */
    static final long NONE = Long.MIN_VALUE;

    /** Artisan ids, 0 for a free slot: ids are positive. */
    private long[] keys;
    private int[] days;
    private int size;

    /**
     * Creates an empty map.
     *
     * @param expected how many artisans it will likely hold; it grows past that
     */
    DayByArtisan(int expected) {
        int capacity = ByArtisan.capacity(expected);
        keys = new long[capacity];
        days = new int[capacity];
    }

    /** @return the artisan's epoch day, or {@link #NONE} */
    long get(ArtisanId artisan) {
        long key = artisan.value();
        int mask = keys.length - 1;
        for (int slot = ByArtisan.slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return days[slot];
            }
        }
        return NONE;
    }

    /** Sets the artisan's day. */
    void put(ArtisanId artisan, LocalDate day) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = artisan.value();
        int mask = keys.length - 1;
        int slot = ByArtisan.slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        days[slot] = Math.toIntExact(day.toEpochDay());
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldDays = days;
        keys = new long[oldKeys.length * 2];
        days = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = ByArtisan.slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                days[slot] = oldDays[i];
            }
        }
    }
}
