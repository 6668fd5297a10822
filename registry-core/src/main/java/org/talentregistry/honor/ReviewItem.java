package org.talentregistry.honor;

import org.talentregistry.AcceptedValues;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
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
     * @param maxPoints 1 to {@link AcceptedValues#MAX_REVIEW_ITEM_POINTS}
     * @throws InvalidFieldException naming the faulty field
     */
    public ReviewItem {
        Texts.matching("reviewItem.code", code, "[a-z0-9][a-z0-9-]{0,19}", "1-20 lower-case letters, digits or '-'");
        name = Texts.required("reviewItem.name", name, 100);
        Ranges.between("reviewItem.maxPoints", maxPoints, 1, AcceptedValues.MAX_REVIEW_ITEM_POINTS);
    }
}
