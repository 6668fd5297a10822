package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.Objects;
import org.talentregistry.Actor;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * The revocation of an honor: why, from when, who recorded it and who approved it. A revoked honor
 * stays in history and gives no benefit from {@code effectiveOn} on.
 *
 * @param reason the ground
 * @param detail the facts, e.g. the judgment's number
 * @param effectiveOn the first day the honor no longer counts
 * @param approvedBy the body that approved the revocation
 * @param recordedBy who recorded it
 */
public record Revocation(RevocationReason reason, String detail, LocalDate effectiveOn, String approvedBy, Actor recordedBy) {
    /**
     * Creates a revocation.
     *
     * @param reason not null
     * @param detail 1 to 500 characters
     * @param effectiveOn not null, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
     * @param approvedBy 1 to 200 characters
     * @param recordedBy not null
     * @throws org.talentregistry.InvalidFieldException naming the faulty field
     */
    public Revocation {
        if (reason == null) {
            throw new org.talentregistry.InvalidFieldException("revocation.reason", "is required");
        }
        detail = Texts.requiredText("revocation.detail", detail, 500);
        Ranges.eventDate("revocation.effectiveOn", effectiveOn);
        approvedBy = Texts.required("revocation.approvedBy", approvedBy, 200);
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /**
     * Names the ground, the day and the bodies, not the facts: they cite judgments, accidents and people, and
     * a record's string goes into logs and exception messages.
     */
    @Override
    public String toString() {
        return "Revocation{reason=" + reason + ", detail=(" + detail.length() + " characters), effectiveOn=" + effectiveOn
                + ", approvedBy=" + approvedBy + ", recordedBy=" + recordedBy + "}";
    }
}
