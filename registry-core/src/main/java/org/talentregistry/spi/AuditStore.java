package org.talentregistry.spi;

import java.time.Instant;
import java.util.List;
import org.talentregistry.audit.AuditEvent;

/**
 * Appends and reads audit events for the session's tenant.
 */
public interface AuditStore {

    /**
     * Appends an event in the session's transaction.
     *
     * @param event the event, whose sequence is ignored, not null
     * @return the event with its assigned sequence, not null
     */
    AuditEvent append(AuditEvent event);

    /**
     * Appends many events in the session's transaction, in order, for bulk changes. The default appends
     * them one by one; a store should write them in batches.
     *
     * @param events the events, whose sequences are ignored, not null
     */
    default void appendAll(List<AuditEvent> events) {
        events.forEach(this::append);
    }

    /**
     * Reads the events of one entity, oldest first.
     *
     * @param entityType the entity type, not null
     * @param entityId the entity id, not null
     * @return the events, not null
     */
    List<AuditEvent> forEntity(String entityType, String entityId);

    /**
     * Reads the newest events, newest first.
     *
     * @param limit how many at the most
     * @return the events, not null
     */
    List<AuditEvent> latest(int limit);

    /**
     * Reads the events recorded in a period, ordered by the time recorded and then by sequence, from the event
     * after the one whose sequence is given.
     *
     * @param fromInclusive the period's start, not null
     * @param toExclusive the period's end, not null
     * @param afterSequence 0 to start at the period's start, or the sequence of the event after which to go on
     * @param limit the most events to read, 1 to 1000
     * @return the events, not null
     * @throws org.talentregistry.InvalidFieldException naming {@code afterSequence} if it is neither 0 nor the
     *     sequence of one of the tenant's events
     */
    List<AuditEvent> between(Instant fromInclusive, Instant toExclusive, long afterSequence, int limit);
}
