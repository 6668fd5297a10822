package org.talentregistry.pool;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** Identifies a talent-pool membership within a store. */
public final class MembershipId extends LongId<MembershipId> {
    private MembershipId(long value) {
        super(value, "membershipId");
    }

    /**
     * Returns the id.
     *
     * @param value positive
     * @return the id, not null
     * @throws InvalidFieldException naming {@code membershipId} if the value is not positive
     */
    public static MembershipId of(long value) {
        return new MembershipId(value);
    }
}
