package org.talentregistry.exchange;

import java.util.List;
import org.talentregistry.exchange.internal.Columns;

/**
 * The kinds of sheet the exchange reads, each with its columns: the templates ({@link
 * Exchange#writeTemplate}) and the column mappings ({@link ImportOptions.Builder#column}) are per kind.
 */
public enum SheetKind {
    /** Artisans, one certificate per row; an artisan's further certificates on further rows. */
    ARTISANS,
    /** Applications to a selection round, as a union's app exports them. */
    NOMINATIONS,
    /** A vote log exported by a voting app. */
    BALLOTS,
    /** A bureau's applicants for a technician title: resident identity numbers and names. */
    PRIORITY_SHEET,
    /** Training classes pool members attended (创新能力提升培训班), one attendance per row. */
    TRAININGS,
    /** Campus talks pool members gave (宣讲进校园), one talk per row. */
    CAMPUS_TALKS,
    /** Media features of pool members (TV interviews, columns, micro-videos, articles), one per row. */
    MEDIA_FEATURES,
    /** Artisans the bureau adds to the talent pool from other sources (a technician title, a provincial honor). */
    POOL_MEMBERS;

    /**
     * Returns the fields of this kind's rows, the names {@link ImportOptions.Builder#column} takes, in
     * template order.
     *
     * @return the field names, not null
     */
    public List<String> fields() {
        return Columns.of(this).fields();
    }
}
