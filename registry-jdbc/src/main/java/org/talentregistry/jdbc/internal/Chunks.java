package org.talentregistry.jdbc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.talentregistry.LongId;

/**
 * Splits values into chunks that one statement takes: ids for a bulk look-up, votes for one round trip.
 */
final class Chunks {
    private Chunks() {
    }

    /**
     * Splits values into consecutive chunks of at most a given size.
     *
     * @param values the values
     * @param size the most values a chunk holds, positive
     * @param <T> the value type
     * @return the chunks, in order; none for no values
     */
    static <T> List<List<T>> of(List<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>((values.size() + size - 1) / size);
        for (int from = 0; from < values.size(); from += size) {
            chunks.add(values.subList(from, Math.min(values.size(), from + size)));
        }
        return chunks;
    }

    /**
     * Returns the distinct values of ids in chunks of at most a given size, for bulk look-ups that bind one
     * chunk per query. They are sorted when asked, and always when there is more than one chunk, so that
     * results each ordered by id follow on from chunk to chunk; otherwise they keep the order given.
     * Primitive arrays throughout: a check of 100,000 artisans spent more time boxing, hashing and sorting
     * their ids than PostgreSQL took to find their honors.
     *
     * @param ids the ids, repeats allowed
     * @param size the most values a chunk holds, positive
     * @param sorted whether to sort a single chunk too
     * @return the chunks; none for no ids
     */
    static List<long[]> ofIds(List<? extends LongId<?>> ids, int size, boolean sorted) {
        long[] values;
        if (sorted || ids.size() > size) {
            // Sorting first finds the repeats side by side, without a set.
            values = sortedDistinct(ids);
        } else {
            values = distinct(ids);
        }
        return split(values, size);
    }

    /**
     * Returns the values of ids in chunks as {@link #ofIds} does, but, where they fit in one chunk, as given:
     * repeats kept, nothing sorted, nothing hashed. For databases that read a bound id set as a set ({@code =
     * ANY} on PostgreSQL), where a repeated id finds its rows once: a check of a million ids spent 19 MB on a
     * hash set to drop repeats the database ignores anyway.
     *
     * @param ids the ids, repeats allowed
     * @param size the most values a chunk holds, positive
     * @return the chunks; none for no ids
     */
    static List<long[]> ofIdsAsGiven(List<? extends LongId<?>> ids, int size) {
        if (ids.size() > size) {
            return ofIds(ids, size, true);
        }
        long[] values = new long[ids.size()];
        int i = 0;
        for (LongId<?> id : ids) {
            values[i++] = id.value();
        }
        return split(values, size);
    }

    private static List<long[]> split(long[] values, int size) {
        if (values.length <= size) {
            return values.length == 0 ? List.of() : List.<long[]>of(values);
        }
        List<long[]> chunks = new ArrayList<>((values.length + size - 1) / size);
        for (int from = 0; from < values.length; from += size) {
            chunks.add(Arrays.copyOfRange(values, from, Math.min(values.length, from + size)));
        }
        return chunks;
    }

    /** The ids' values, each once, ascending. */
    private static long[] sortedDistinct(List<? extends LongId<?>> ids) {
        long[] values = new long[ids.size()];
        int i = 0;
        for (LongId<?> id : ids) {
            values[i++] = id.value();
        }
        Arrays.sort(values);
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            if (count == 0 || values[k] != values[count - 1]) {
                values[count++] = values[k];
            }
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    /** The ids' values, each once, in the order of their first appearance: an open-addressing set of longs. */
    private static long[] distinct(List<? extends LongId<?>> ids) {
        int slots = Integer.highestOneBit(Math.max(2, ids.size()) * 2 - 1) << 1;
        long[] table = new long[slots];
        long[] values = new long[ids.size()];
        int count = 0;
        for (LongId<?> id : ids) {
            // Ids are positive: 0 marks a free slot.
            long value = id.value();
            int slot = (int) (mix(value) & (slots - 1));
            while (table[slot] != 0 && table[slot] != value) {
                slot = (slot + 1) & (slots - 1);
            }
            if (table[slot] == 0) {
                table[slot] = value;
                values[count++] = value;
            }
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    /** Spreads ids, which are dense, over the table's slots (the finaliser of MurmurHash3). */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
