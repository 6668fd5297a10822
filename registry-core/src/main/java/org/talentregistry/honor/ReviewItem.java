package org.talentregistry.honor;

import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * One item experts score, on a scale from 0 to a maximum, e.g. 技能水平 0-40.
 *
 * @param code a short code, e.g. {@code skill}
 * @param name the item's name
 * @param maxPoints the top of the scale, positive
 */
public record ReviewItem(String code, String name, int maxPoints) {
    /**
     * Creates an item.
     *
     * @param code 1 to 20 lower-case letters, digits or '-', not null
     * @param name 1 to 100 characters, not null
     * @param maxPoints positive
     * @throws InvalidFieldException naming the faulty field
     */
    public ReviewItem {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,19}")) {
            throw new InvalidFieldException("reviewItem.code", "must be 1-20 lower-case letters, digits or '-', got " + code);
        }
        name = Texts.required("reviewItem.name", name, 100);
        if (maxPoints < 1) {
            throw new InvalidFieldException("reviewItem.maxPoints", "must be positive, got " + maxPoints);
        }
    }
}
