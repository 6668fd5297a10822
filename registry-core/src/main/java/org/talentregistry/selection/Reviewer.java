package org.talentregistry.selection;

import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.CreditCode;

/**
 * An expert reviewer registered for a round.
 *
 * @param id the reviewer's id
 * @param roundId the round
 * @param name the reviewer's name
 * @param employer the credit code of the reviewer's employer, if any: a reviewer cannot score candidates of
 *     the same employer
 */
public record Reviewer(ReviewerId id, RoundId roundId, String name, Optional<CreditCode> employer) {
    /**
     * Creates a snapshot.
     *
     * @param id not null
     * @param roundId not null
     * @param name not null
     * @param employer not null (empty for none)
     */
    public Reviewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employer, "employer");
    }
}
