package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.Objects;
import org.talentregistry.Actor;
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
     * @param effectiveOn not null
     * @param approvedBy 1 to 200 characters
     * @param recordedBy not null
     * @throws org.talentregistry.InvalidFieldException naming the faulty field
     */
    public Revocation {
        if (reason == null) {
            throw new org.talentregistry.InvalidFieldException("revocation.reason", "is required");
        }
        detail = Texts.required("revocation.detail", detail, 500);
        if (effectiveOn == null) {
            throw new org.talentregistry.InvalidFieldException("revocation.effectiveOn", "is required");
        }
        approvedBy = Texts.required("revocation.approvedBy", approvedBy, 200);
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
