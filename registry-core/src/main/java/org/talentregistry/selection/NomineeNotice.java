package org.talentregistry.selection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The public notice a nominee was published in: the round's notice for those selected when it started, or
 * a notice of its own for a nominee who moved up from the waitlist later (when the program requires one).
 *
 * @param nominationId the nominee
 * @param start the notice's first day
 * @param end the notice's last day, inclusive
 */
public record NomineeNotice(NominationId nominationId, LocalDate start, LocalDate end) {
    /**
     * Creates a notice record.
     *
     * @param nominationId not null
     * @param start not null
     * @param end not null, not before start
     */
    public NomineeNotice {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * Tells whether a date lies in the notice.
     *
     * @param date not null
     * @return true from the first to the last day
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
