package org.talentregistry.title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bureau's selection round for a technician title, held by a city or a province. A tenant holds at most
 * one round of a title per region and year: 潍坊市's and 淄博市's rounds of a title in one year are two rounds.
 *
 * @param id the round's id
 * @param titleCode the title
 * @param region the region whose bureau holds the round; its applicants are registered in it
 * @param year the year
 * @param roundDate the decision date: eligibility, priority and the version of the title's rules are those of
 *     this date, and awards start on it
 * @param selected whether the selection was made (then the round takes no more applications)
 * @param openedAt when the round was opened
 */
public record TitleRound(TitleRoundId id, String titleCode, IssuingRegion region, int year, LocalDate roundDate,
        boolean selected, Instant openedAt) {
    /**
     * Creates a round snapshot.
     *
     * @param id not null
     * @param titleCode not null
     * @param region not null
     * @param year the year
     * @param roundDate not null
     * @param selected whether selected
     * @param openedAt not null
     */
    public TitleRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(roundDate, "roundDate");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
