package org.talentregistry.jdbc.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.spi.ErasableField;

/**
 * Pages of the artisans whose personal data has served its purpose, as the retention purge reads them: in id
 * order after the last id of the page before, each with the day its purpose ended.
 */
final class PastPurposePages {
    private PastPurposePages() {
    }

    /** The column of {@code tr_artisan a} that holds the field. */
    static String column(ErasableField field) {
        return switch (field) {
            case PHONE -> "a.phone";
            case RESIDENT_ID -> "a.resident_id";
        };
    }

    /**
     * Reads a page from a query whose rows are an artisan id and a day, ordered by the id, and which takes the
     * page's first id as {@code :after}.
     */
    static Map<ArtisanId, LocalDate> read(Query query, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        Map<ArtisanId, LocalDate> page = new LinkedHashMap<>();
        query.bind("after", afterId)
                .setMaxRows(limit)
                .map((rs, ctx) -> Map.entry(ArtisanId.of(rs.getLong(1)), SqlValues.getDate(rs, 2)))
                .forEach(e -> page.put(e.getKey(), e.getValue()));
        return page;
    }
}
