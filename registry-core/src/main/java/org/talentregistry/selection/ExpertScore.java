package org.talentregistry.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One reviewer's scores for one nominee, per review item.
 *
 * @param reviewerId the reviewer
 * @param nominationId the nominee
 * @param items points per review item code, each within its item's scale
 * @param scoredAt when the score was recorded
 */
public record ExpertScore(ReviewerId reviewerId, NominationId nominationId, Map<String, BigDecimal> items, Instant scoredAt) {
    /**
     * Creates a score.
     *
     * @param reviewerId not null
     * @param nominationId not null
     * @param items not null, copied in item-code order
     * @param scoredAt not null
     */
    public ExpertScore {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(nominationId, "nominationId");
        items = java.util.Collections.unmodifiableMap(new TreeMap<>(items));
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /** @return the sum of the items' points */
    public BigDecimal total() {
        return items.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
