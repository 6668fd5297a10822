package org.talentregistry.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * A conflict of interest between a reviewer and a nominee: computed (same employer) or declared. A
 * dismissed conflict no longer stops the reviewer.
 *
 * @param reviewerId the reviewer
 * @param nominationId the nominee
 * @param source computed from the registry or declared
 * @param reason why it is a conflict
 * @param dismissal why it was dismissed, if it was
 */
public record Conflict(ReviewerId reviewerId, NominationId nominationId, Source source, String reason,
        Optional<String> dismissal) {
    /**
     * Creates a conflict.
     *
     * @param reviewerId not null
     * @param nominationId not null
     * @param source not null
     * @param reason not null
     * @param dismissal not null (empty unless dismissed)
     */
    public Conflict {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dismissal, "dismissal");
    }

    /** @return true unless dismissed */
    public boolean isStanding() {
        return dismissal.isEmpty();
    }

    /** Where a conflict comes from. */
    public enum Source {
        /** The reviewer works for the candidate's employer, by the registry. */
        SAME_EMPLOYER,
        /** Declared by the reviewer or the committee. */
        DECLARED
    }
}
