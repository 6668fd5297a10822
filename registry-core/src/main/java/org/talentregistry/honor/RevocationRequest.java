package org.talentregistry.honor;

import java.time.LocalDate;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * What a revocation needs: a ground, the facts, the first day it takes effect, and who approved it.
 *
 * @param reason the ground
 * @param detail the facts, e.g. a judgment's number
 * @param effectiveOn the first day the honor no longer counts
 * @param approvedBy the approving body
 */
public record RevocationRequest(RevocationReason reason, String detail, LocalDate effectiveOn, String approvedBy) {
    /**
     * Creates a request.
     *
     * @param reason not null
     * @param detail 1 to 500 characters
     * @param effectiveOn not null, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
     * @param approvedBy 1 to 200 characters
     * @throws InvalidFieldException naming the faulty field
     */
    public RevocationRequest {
        if (reason == null) {
            throw new InvalidFieldException("revocation.reason", "is required");
        }
        detail = Texts.requiredText("revocation.detail", detail, 500);
        Ranges.eventDate("revocation.effectiveOn", effectiveOn);
        approvedBy = Texts.required("revocation.approvedBy", approvedBy, 200);
    }

    /**
     * Names the ground, the day and the bodies, not the facts: they cite judgments, accidents and people, and
     * a record's string goes into logs and exception messages.
     */
    @Override
    public String toString() {
        return "RevocationRequest{reason=" + reason + ", detail=(" + detail.length() + " characters), effectiveOn=" + effectiveOn
                + ", approvedBy=" + approvedBy + "}";
    }
}
