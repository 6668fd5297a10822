package org.talentregistry.internal;

/**
 * The slots of a map keyed by artisan id, in open addressing with linear probing: the keys, and where each
 * one's value sits in the subclass's own array of values ({@link ByArtisan}, {@link DayByArtisan}), so that a
 * map of a million artisans holds no boxed key and no entry object. Not thread-safe.
 */
abstract class ArtisanSlots {
    /** Artisan ids, 0 for a free slot: ids are positive. */
    private long[] keys;
    private int size;

    /**
     * Creates the slots.
     *
     * @param expected how many artisans the map will likely hold; it grows past that
     */
    ArtisanSlots(int expected) {
        keys = new long[Integer.highestOneBit(Math.max(16, expected + expected / 2) - 1) << 1];
    }

    /** @return the number of slots, which the values' array must have */
    final int capacity() {
        return keys.length;
    }

    /** @return the artisan's slot, or -1 if the map does not hold it */
    final int find(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /** @return the artisan's slot, taken for it if the map did not hold it, the map grown first if need be */
    final int claim(long key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        return slot;
    }

    /**
     * Makes the values' array the new capacity, moving each value from its old slot to the new one given.
     *
     * @param capacity the new number of slots
     * @param moved for each old slot, its new slot, or -1 for a free one
     */
    abstract void regrow(int capacity, int[] moved);

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        int mask = keys.length - 1;
        int[] moved = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            moved[i] = -1;
            if (old[i] != 0) {
                int slot = slot(old[i], mask);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = old[i];
                moved[i] = slot;
            }
        }
        regrow(keys.length, moved);
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
