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
     * Returns the distinct values of ids, sorted, in chunks of at most a given size, for bulk look-ups that
     * bind one chunk per query. Sorted, results each ordered by id follow on from chunk to chunk. Primitive
     * arrays, because a check of 100,000 artisans spent more time boxing and hashing their ids into a
     * {@code LinkedHashSet} than PostgreSQL took to find their honors.
     *
     * @param ids the ids, repeats allowed
     * @param size the most values a chunk holds, positive
     * @return the chunks; none for no ids
     */
    static List<long[]> ofIds(List<? extends LongId<?>> ids, int size) {
        long[] values = new long[ids.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ids.get(i).value();
        }
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinct++] = values[i];
            }
        }
        List<long[]> chunks = new ArrayList<>((distinct + size - 1) / size);
        for (int from = 0; from < distinct; from += size) {
            chunks.add(Arrays.copyOfRange(values, from, Math.min(distinct, from + size)));
        }
        return chunks;
    }
}
