package org.talentregistry.pool;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Actor;

/**
 * One revision of an engagement: the first as recorded, then each correction with its reason.
 *
 * @param revision from 1
 * @param details what the revision recorded
 * @param recordedBy who
 * @param recordedAt when
 * @param reason why it was corrected; empty for the first revision
 */
public record EngagementRevision(int revision, EngagementDetails details, Actor recordedBy, Instant recordedAt,
        Optional<String> reason) {
    /**
     * Creates a revision.
     *
     * @throws NullPointerException if a component is null
     */
    public EngagementRevision {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
