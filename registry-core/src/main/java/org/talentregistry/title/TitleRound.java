package org.talentregistry.title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bureau's selection round for a technician title.
 *
 * @param id the round's id
 * @param titleCode the title
 * @param year the year
 * @param roundDate the date eligibility and priority are evaluated on
 * @param selected whether the selection was made (then the round takes no more applications)
 * @param openedAt when the round was opened
 */
public record TitleRound(TitleRoundId id, String titleCode, int year, LocalDate roundDate, boolean selected, Instant openedAt) {
    /**
     * Creates a round snapshot.
     *
     * @param id not null
     * @param titleCode not null
     * @param year the year
     * @param roundDate not null
     * @param selected whether selected
     * @param openedAt not null
     */
    public TitleRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(roundDate, "roundDate");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
