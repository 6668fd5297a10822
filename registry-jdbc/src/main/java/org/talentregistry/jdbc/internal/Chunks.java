package org.talentregistry.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
     * Returns the distinct values of ids in chunks of at most a given size, for bulk look-ups that bind
     * one chunk per query. When there is more than one chunk the values are sorted, so that results each
     * ordered by id follow on from chunk to chunk; a single chunk is left in the order given, which saves
     * sorting 100,000 values when the query orders its result anyway.
     *
     * @param ids the ids, repeats allowed
     * @param size the most values a chunk holds, positive
     * @return the chunks; none for no ids
     */
    static List<List<Long>> ofIds(List<? extends LongId<?>> ids, int size) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>();
        for (LongId<?> id : ids) {
            distinct.add(id.value());
        }
        List<Long> values = new ArrayList<>(distinct);
        if (values.size() > size) {
            values.sort(null);
        }
        return of(values, size);
    }
}
