package org.talentregistry.pool;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** Identifies an engagement of a pool member within a store. */
public final class EngagementId extends LongId<EngagementId> {
    private EngagementId(long value) {
        super(value, "engagementId");
    }

    /**
     * Returns the id.
     *
     * @param value positive
     * @return the id, not null
     * @throws InvalidFieldException naming {@code engagementId} if the value is not positive
     */
    public static EngagementId of(long value) {
        return new EngagementId(value);
    }
}
