package org.talentregistry.audit;

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
}
