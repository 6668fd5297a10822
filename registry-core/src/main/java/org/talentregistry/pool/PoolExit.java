package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Actor;

/**
 * How a membership of the talent pool ended.
 *
 * @param reason why, not null
 * @param effectiveOn the first day the membership no longer holds, not null
 * @param note what the recorder added, e.g. the revocation's detail, not null (empty if none)
 * @param recordedBy who recorded the end, not null
 */
public record PoolExit(LeaveReason reason, LocalDate effectiveOn, Optional<String> note, Actor recordedBy) {
    /**
     * Creates an exit.
     *
     * @throws NullPointerException if a component is null
     */
    public PoolExit {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
