package org.talentregistry.pool;

import java.time.Instant;
import java.util.Objects;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;

/**
 * An engagement of a pool member, in its latest revision.
 *
 * @param id the engagement
 * @param artisanId the member
 * @param revision 1 when recorded, one more with each correction
 * @param details what the member did
 * @param recordedBy who recorded this revision
 * @param recordedAt when
 */
public record Engagement(EngagementId id, ArtisanId artisanId, int revision, EngagementDetails details, Actor recordedBy,
        Instant recordedAt) {
    /**
     * Creates an engagement.
     *
     * @throws NullPointerException if a component is null
     */
    public Engagement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
