package org.talentregistry.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the values of an IN list into chunks small enough for every database's limit on bound
 * parameters and for their planners, which handle a thousand values well.
 */
final class Chunks {
    static final int SIZE = 1000;

    private Chunks() {
    }

    /**
     * Splits values into consecutive chunks of at most {@link #SIZE}.
     *
     * @param values the values
     * @param <T> the value type
     * @return the chunks, in order; none for no values
     */
    static <T> List<List<T>> of(List<T> values) {
        List<List<T>> chunks = new ArrayList<>((values.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < values.size(); from += SIZE) {
            chunks.add(values.subList(from, Math.min(values.size(), from + SIZE)));
        }
        return chunks;
    }
}
