package org.talentregistry.internal;

/**
 * A set of artisan ids in open addressing ({@link ArtisanSlots}): the holders a priority screen reads, with no
 * boxed id per holder. Not thread-safe.
 */
final class ArtisanSet extends ArtisanSlots {

    /**
     * Creates an empty set.
     *
     * @param expected how many ids it will likely hold; it grows past that
     */
    ArtisanSet(int expected) {
        super(expected);
    }

    /** Adds an id, positive. */
    void add(long id) {
        claim(id);
    }

    /** @return true if the set holds the id */
    boolean contains(long id) {
        return find(id) >= 0;
    }

    @Override
    void regrow(int capacity, int[] moved) {
        // No values beside the keys.
    }
}
