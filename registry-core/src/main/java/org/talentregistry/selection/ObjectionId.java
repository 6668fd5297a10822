package org.talentregistry.selection;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;

/** The registry's identifier of an objection filed during the public notice. */
public final class ObjectionId extends LongId<ObjectionId> {
    private ObjectionId(long value) {
        super(value, "objectionId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ObjectionId of(long value) {
        return new ObjectionId(value);
    }
}
