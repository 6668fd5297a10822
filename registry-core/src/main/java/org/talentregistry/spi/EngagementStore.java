package org.talentregistry.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementId;
import org.talentregistry.pool.EngagementRevision;

/** Stores pool members' engagements and their revisions for the session's tenant. */
public interface EngagementStore {

    /**
     * Inserts an engagement as revision 1.
     *
     * @param artisanId the member, not null
     * @param details what the member did, not null
     * @param recordedBy who recorded it, not null
     * @param at when, not null
     * @return the new engagement's id, not null
     */
    EngagementId insert(ArtisanId artisanId, EngagementDetails details, Actor recordedBy, Instant at);

    /**
     * Returns an engagement in its latest revision.
     *
     * @param id the engagement, not null
     * @param forUpdate whether to lock it until the transaction ends
     * @return the engagement, empty if the tenant has none of that id
     */
    Optional<Engagement> find(EngagementId id, boolean forUpdate);

    /**
     * Replaces an engagement's details by a new revision, keeping the earlier ones.
     *
     * @param id the engagement, not null
     * @param expectedRevision the revision being replaced
     * @param details the new details, not null
     * @param recordedBy who corrected it, not null
     * @param at when, not null
     * @param reason why, not null
     * @return false if the engagement's revision was not {@code expectedRevision}
     */
    boolean update(EngagementId id, int expectedRevision, EngagementDetails details, Actor recordedBy, Instant at,
            String reason);

    /**
     * Lists an engagement's revisions.
     *
     * @param id the engagement, not null
     * @return the revisions, first first, not null
     */
    List<EngagementRevision> revisions(EngagementId id);

    /**
     * Lists engagements dated in a period, of one artisan or of all.
     *
     * @param artisanId the artisan, or null for all
     * @param fromInclusive the first day, not null
     * @param untilExclusive the first day after the period, not null
     * @return the engagements, by date then id, not null
     */
    List<Engagement> between(ArtisanId artisanId, LocalDate fromInclusive, LocalDate untilExclusive);
}
