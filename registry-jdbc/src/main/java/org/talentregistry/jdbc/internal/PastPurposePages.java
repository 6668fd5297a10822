package org.talentregistry.jdbc.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.RoundStage;
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
     * The condition that no technician title still needs the data of the artisan whose id is in a column: no
     * application in a round neither selected nor cancelled, or decided or cancelled after {@code :day}, no award
     * held for life or ending after {@code :day}, nor revoked after it. The bureau's title is a purpose of its
     * own: a chief technician in the term of the title keeps a phone the union's program no longer needs. Uses
     * {@code :tenant}, {@code :day} and {@code :notSelected}, which {@link #read} binds.
     */
    static String noTitleConcerns(String artisanColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM tr_title_application ta JOIN tr_title_round tr ON tr.id = ta.round_id"
                + " WHERE ta.tenant_id = :tenant AND ta.artisan_id = " + artisanColumn
                + " AND (tr.cancelled_on > :day OR tr.cancelled_on IS NULL AND (tr.selected = :notSelected"
                + " OR tr.round_date > :day)))"
                + " AND NOT EXISTS (SELECT 1 FROM tr_title_award w WHERE w.tenant_id = :tenant AND w.artisan_id = "
                + artisanColumn + " AND (w.revoked_effective_on > :day OR w.revoked_effective_on IS NULL"
                + " AND (w.ends_on IS NULL OR w.ends_on > :day)))";
    }

    /**
     * Reads a page from a query whose rows are an artisan id and a day, ordered by the id. Binds what the purge's
     * queries share: {@code :tenant}, the cutoff {@code :day}, the page's first id {@code :after}, the round
     * stages {@code :named} and {@code :cancelled}, the nomination status {@code :deferred}, and {@code
     * :notSelected} for {@link #noTitleConcerns}.
     */
    static Map<ArtisanId, LocalDate> read(Query query, TenantId tenant, LocalDate day, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        Map<ArtisanId, LocalDate> page = new LinkedHashMap<>();
        query.bind("tenant", tenant.value())
                .bind("day", SqlValues.date(day))
                .bind("after", afterId)
                .bind("named", RoundStage.NAMED.name())
                .bind("cancelled", RoundStage.CANCELLED.name())
                .bind("deferred", NominationStatus.DEFERRED.name())
                .bind("notSelected", false)
                .setMaxRows(limit)
                .map((rs, ctx) -> Map.entry(ArtisanId.of(rs.getLong(1)), SqlValues.getDate(rs, 2)))
                .forEach(e -> page.put(e.getKey(), e.getValue()));
        return page;
    }
}
