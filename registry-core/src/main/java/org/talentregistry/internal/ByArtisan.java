package org.talentregistry.internal;

import org.talentregistry.artisan.ArtisanId;

/**
 * Values by artisan, in open addressing on the artisans' ids: what a bulk check holds for a chunk of up to a
 * million artisans. No boxed key and no entry object per artisan, where a {@code HashMap<ArtisanId, V>} took
 * some 50 bytes per entry besides the value. Not thread-safe.
 *
 * @param <V> the value type
 */
final class ByArtisan<V> {
    /** Artisan ids, 0 for a free slot: ids are positive. */
    private long[] keys;
    private Object[] values;
    private int size;

    /**
     * Creates an empty map.
     *
     * @param expected how many artisans it will likely hold; it grows past that
     */
    ByArtisan(int expected) {
        int capacity = capacity(expected);
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** @return the artisan's value, or null */
    @SuppressWarnings("unchecked")
    V get(ArtisanId artisan) {
        long key = artisan.value();
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Sets the artisan's value. */
    void put(ArtisanId artisan, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = artisan.value();
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** @return the slots for an expected number of artisans: a power of two, at least one and a half times as many */
    static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(16, expected + expected / 2) - 1) << 1;
    }

    /** @return the first slot to probe for an id */
    static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
