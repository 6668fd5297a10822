package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.statement.Query;

/** A query's first column read as it comes, a {@code long} at a time: no mapped object per row. */
final class LongColumn {
    private LongColumn() {
    }

    /**
     * Runs the query and hands the first column of each row to the action.
     *
     * @param query the query, its parameters bound
     * @param action receives each row's value, not null
     * @return how many rows were read
     */
    static long each(Query query, LongConsumer action) {
        return query.scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            long rows = 0;
            while (rs.next()) {
                action.accept(rs.getLong(1));
                rows++;
            }
            return rows;
        });
    }
}
