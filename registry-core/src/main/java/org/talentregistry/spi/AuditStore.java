package org.talentregistry.spi;

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
}
