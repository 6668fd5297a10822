package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * A request to end an artisan's memberships of the talent pool: death, leaving the city, the artisan's own
 * request. A revoked honor ends its membership by itself ({@link LeaveReason#HONOR_REVOKED}).
 *
 * @param reason why, not {@link LeaveReason#HONOR_REVOKED}
 * @param effectiveOn the first day the artisan is no longer in the pool, a date of an event: from {@link
 *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
 * @param note what to record beside the reason, up to 500 characters on one line (it is printed inside the
 *     one-line sentences of {@link PoolStanding#explain}); required for {@link LeaveReason#OTHER}
 */
public record PoolLeave(LeaveReason reason, LocalDate effectiveOn, Optional<String> note) {
    /**
     * Creates a request.
     *
     * @throws InvalidFieldException naming {@code reason}, {@code effectiveOn} or {@code note}: a missing
     *     value, a revocation (which goes through the honor), a day outside the range of event dates, a note
     *     too long or with a control character, or {@code OTHER} without a note
     */
    public PoolLeave {
        if (reason == null) {
            throw new InvalidFieldException("reason", "is required");
        }
        if (reason == LeaveReason.HONOR_REVOKED) {
            throw new InvalidFieldException("reason", FieldProblem.LEAVE_BY_REVOCATION_ONLY);
        }
        Ranges.eventDate("effectiveOn", effectiveOn);
        if (note == null) {
            note = Optional.empty();
        }
        note = note.map(n -> Texts.required("note", n, 500));
        if (reason == LeaveReason.OTHER && note.isEmpty()) {
            throw new InvalidFieldException("note", FieldProblem.REQUIRED_FOR_OTHER_REASON);
        }
    }

    /**
     * Returns a request without a note.
     *
     * @param reason why, not null, not {@code OTHER} or {@code HONOR_REVOKED}
     * @param effectiveOn the first day the artisan is no longer in the pool, not null
     * @return the request, not null
     * @throws InvalidFieldException as the constructor
     */
    public static PoolLeave of(LeaveReason reason, LocalDate effectiveOn) {
        return new PoolLeave(reason, effectiveOn, Optional.empty());
    }
}
