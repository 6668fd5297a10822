package org.talentregistry.audit;

import java.time.Instant;
import java.util.List;

/**
 * Reads the audit events of one tenant, reached through {@link org.talentregistry.TalentRegistry#audit()}.
 */
public interface AuditTrail {

    /**
     * Returns the events recorded for one entity, oldest first.
     *
     * @param entityType the kind of entity, e.g. {@code artisan}, not null
     * @param entityId the entity's id as text, not null
     * @return an unmodifiable list, possibly empty, not null
     * @throws org.talentregistry.InvalidFieldException naming {@code entityType} or {@code entityId} if it is
     *     longer than its column (50 and 100 characters) or holds a control character

     */
    List<AuditEvent> forEntity(String entityType, String entityId);

    /**
     * Returns the most recent events of the tenant, newest first.
     *
     * @param limit how many at the most, 1 to 1000
     * @return an unmodifiable list, possibly empty, not null
     * @throws org.talentregistry.InvalidFieldException if the limit is out of range
     */
    List<AuditEvent> latest(int limit);

    /**
     * Returns the events recorded in a period, oldest first (by the time each was recorded, events of the same
     * instant by sequence), a page at a time: pass the sequence of a page's last event to read the next.
     *
     * @param fromInclusive the period's start, not null; {@link Instant#MIN} leaves it open (any instant before
     *     the registry's earliest date, 1800-01-01, reads as that date)
     * @param toExclusive the period's end, not null; {@link Instant#MAX} leaves it open (any instant after
     *     9999-12-31 reads as the end of that day)
     * @param afterSequence 0 for the first page, or the sequence of the event after which to go on
     * @param limit the page size, 1 to 1000
     * @return an unmodifiable list, possibly empty, not null
     * @throws org.talentregistry.InvalidFieldException if the limit is out of range, the period ends before it
     *     starts, or {@code afterSequence} is neither 0 nor the sequence of one of the tenant's events
     */
    List<AuditEvent> between(Instant fromInclusive, Instant toExclusive, long afterSequence, int limit);
}
