package org.talentregistry.selection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An objection filed against a nominee during the public notice. Objections are filed under real name.
 *
 * @param id the objection's id
 * @param nominationId the nominee objected to
 * @param objector the objector's real name
 * @param grounds the grounds
 * @param filedAt when it was filed
 * @param status pending, upheld or dismissed
 * @param decisionReason the committee's reason, once decided
 */
public record Objection(ObjectionId id, NominationId nominationId, String objector, String grounds, Instant filedAt,
        Status status, Optional<String> decisionReason) {
    /**
     * Creates a snapshot.
     *
     * @param id not null
     * @param nominationId not null
     * @param objector not null
     * @param grounds not null
     * @param filedAt not null
     * @param status not null
     * @param decisionReason not null (empty while pending)
     */
    public Objection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(objector, "objector");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decisionReason, "decisionReason");
    }

    /** The state of an objection. */
    public enum Status {
        /** Filed, not decided. */
        PENDING,
        /** Upheld: the nominee is removed and the waitlist moves up. */
        UPHELD,
        /** Dismissed: the nominee stays. */
        DISMISSED
    }
}
