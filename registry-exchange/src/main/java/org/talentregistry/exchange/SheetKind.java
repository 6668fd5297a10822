package org.talentregistry.exchange;

import java.util.List;
import org.talentregistry.exchange.internal.Columns;

/**
 * The kinds of sheet the exchange reads, each with its columns: the templates ({@link
 * Exchange#writeTemplate}) and the column mappings ({@link ImportOptions.Builder#column}) are per kind.
 *
 * <p>Engagements and pool members from other sources will be kinds of their own once the registry
 * records them (issue 11).
 */
public enum SheetKind {
    /** Artisans, one certificate per row; an artisan's further certificates on further rows. */
    ARTISANS,
    /** Applications to a selection round, as a union's app exports them. */
    NOMINATIONS,
    /** A vote log exported by a voting app. */
    BALLOTS,
    /** A bureau's applicants for a technician title: resident identity numbers and names. */
    PRIORITY_SHEET;

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
