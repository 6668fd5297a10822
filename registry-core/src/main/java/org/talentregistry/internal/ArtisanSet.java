package org.talentregistry.internal;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A set of artisan ids, filled first and then only looked up: the holders a priority screen reads. The ids are
 * collected in an array; the first look-up settles how they are kept. Where the largest id is small beside
 * their number, as a database's sequence makes them, they go into a bitmap indexed by id: 95,000 holders of ids
 * up to a million take 128 kB there against 4 MB in a hash table, and a screen of a million ids spent some 50
 * ms more probing the table. Otherwise into open addressing ({@link ArtisanSlots}).
 * No boxed id either way. Not thread-safe.
 */
final class ArtisanSet {
    /** A bitmap is taken while it is at most this many bits per id held, 64 bytes: four times the hash table's 16. */
    private static final long BITS_PER_ID = 512;
    /** A bitmap of up to this many bits is taken whatever the number of ids: 128 kB. */
    private static final long SMALL_BITMAP = 1 << 20;

    private long[] added;
    private int size;
    private long max;
    private BitSet bits;
    private Keys keys;

    /**
     * Creates an empty set.
     *
     * @param expected how many ids it will likely hold; it grows past that
     */
    ArtisanSet(int expected) {
        added = new long[Math.max(16, expected)];
    }

    /**
     * Adds an id.
     *
     * @param id positive
     * @throws IllegalStateException once the set has been looked up
     */
    void add(long id) {
        if (added == null) {
            throw new IllegalStateException("the set is looked up already");
        }
        if (size == added.length) {
            added = Arrays.copyOf(added, size * 2);
        }
        added[size++] = id;
        max = Math.max(max, id);
    }

    /** @return true if no id was added; only while the set is being filled */
    boolean isEmpty() {
        if (added == null) {
            throw new IllegalStateException("the set is looked up already");
        }
        return size == 0;
    }

    /**
     * Returns a new set of this set's ids that the other does not hold; both are being filled still, and this one
     * is left as it was.
     *
     * @param other the ids to leave out
     * @return the difference, to look up or fill further
     */
    ArtisanSet without(ArtisanSet other) {
        if (added == null) {
            throw new IllegalStateException("the set is looked up already");
        }
        ArtisanSet rest = new ArtisanSet(size);
        for (int i = 0; i < size; i++) {
            if (!other.contains(added[i])) {
                rest.add(added[i]);
            }
        }
        return rest;
    }

    /** @return true if the set holds the id */
    boolean contains(long id) {
        if (added != null) {
            settle();
        }
        if (bits != null) {
            return id >= 0 && id <= max && bits.get((int) id);
        }
        return keys.find(id) >= 0;
    }

    private void settle() {
        if (max < Integer.MAX_VALUE && (max <= SMALL_BITMAP || max <= BITS_PER_ID * size)) {
            bits = new BitSet((int) max + 1);
            for (int i = 0; i < size; i++) {
                bits.set((int) added[i]);
            }
        } else {
            keys = new Keys(size);
            for (int i = 0; i < size; i++) {
                keys.claim(added[i]);
            }
        }
        added = null;
    }

    /** The ids in open addressing, with no values beside them. */
    private static final class Keys extends ArtisanSlots {
        Keys(int expected) {
            super(expected);
        }

        @Override
        void regrow(int capacity, int[] moved) {
            // No values to move.
        }
    }
}
