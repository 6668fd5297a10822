package org.talentregistry.title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bureau's selection round for a technician title, held by a city or a province. A tenant holds at most
 * one round of a title per region and year that is not cancelled: 潍坊市's and 淄博市's rounds of a title in one
 * year are two rounds, and a round cancelled for a year leaves the year to a new one.
 *
 * @param id the round's id
 * @param titleCode the title
 * @param region the region whose bureau holds the round; its applicants are registered in it
 * @param year the year
 * @param roundDate the decision date: eligibility, priority and the version of the title's rules are those of
 *     this date, and awards start on it
 * @param selected whether the selection was made (then the round takes no more applications)
 * @param openedAt when the round was opened
 * @param cancelledOn the day the round was cancelled, if it was (then it takes no applications and makes no
 *     selection)
 * @param cancelReason why the round was cancelled, if it was
 */
public record TitleRound(TitleRoundId id, String titleCode, IssuingRegion region, int year, LocalDate roundDate,
        boolean selected, Instant openedAt, Optional<LocalDate> cancelledOn, Optional<String> cancelReason) {
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
     * @param cancelledOn not null (empty unless cancelled)
     * @param cancelReason not null, present exactly when {@code cancelledOn} is
     * @throws IllegalArgumentException if only one of {@code cancelledOn} and {@code cancelReason} is present, or
     *     if a selected round is cancelled
     */
    public TitleRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(roundDate, "roundDate");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(cancelledOn, "cancelledOn");
        Objects.requireNonNull(cancelReason, "cancelReason");
        if (cancelledOn.isPresent() != cancelReason.isPresent()) {
            throw new IllegalArgumentException("cancelledOn and cancelReason go together, got " + cancelledOn
                    + " and " + (cancelReason.isPresent() ? "a reason" : "none"));
        }
        if (selected && cancelledOn.isPresent()) {
            throw new IllegalArgumentException("a selected round is not cancelled: round " + id);
        }
    }

    /**
     * Creates a round that is not cancelled.
     *
     * @param id not null
     * @param titleCode not null
     * @param region not null
     * @param year the year
     * @param roundDate not null
     * @param selected whether selected
     * @param openedAt not null
     */
    public TitleRound(TitleRoundId id, String titleCode, IssuingRegion region, int year, LocalDate roundDate,
            boolean selected, Instant openedAt) {
        this(id, titleCode, region, year, roundDate, selected, openedAt, Optional.empty(), Optional.empty());
    }

    /** @return true if the round was cancelled */
    public boolean isCancelled() {
        return cancelledOn.isPresent();
    }

    /** @return true if the round takes applications and may still make its selection: neither selected nor cancelled */
    public boolean isOpen() {
        return !selected && cancelledOn.isEmpty();
    }
}
