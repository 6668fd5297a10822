package org.talentregistry.internal;

import org.talentregistry.artisan.ArtisanId;

/**
 * Values by artisan, in open addressing on the artisans' ids ({@link ArtisanSlots}): what a bulk check holds
 * for a chunk of up to a million artisans. No boxed key and no entry object per artisan, where a {@code
 * HashMap<ArtisanId, V>} took some 50 bytes per entry besides the value. Not thread-safe.
 *
 * @param <V> the value type
 */
final class ByArtisan<V> extends ArtisanSlots {
    private Object[] values;

    /**
     * Creates an empty map.
     *
     * @param expected how many artisans it will likely hold; it grows past that
     */
    ByArtisan(int expected) {
        super(expected);
        values = new Object[capacity()];
    }

    /** @return the artisan's value, or null */
    @SuppressWarnings("unchecked")
    V get(ArtisanId artisan) {
        int slot = find(artisan.value());
        return slot < 0 ? null : (V) values[slot];
    }

    /** Sets the artisan's value. */
    void put(ArtisanId artisan, V value) {
        // The slot first: claiming may grow the map and replace the array.
        int slot = claim(artisan.value());
        values[slot] = value;
    }

    @Override
    void regrow(int capacity, int[] moved) {
        Object[] old = values;
        values = new Object[capacity];
        for (int i = 0; i < old.length; i++) {
            if (moved[i] >= 0) {
                values[moved[i]] = old[i];
            }
        }
    }
}
