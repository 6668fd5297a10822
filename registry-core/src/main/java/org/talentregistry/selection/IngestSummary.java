package org.talentregistry.selection;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a bulk ingestion of votes did.
 *
 * @param accepted votes counted
 * @param duplicates votes not counted because the voter had already voted (in this batch, before, or in a
 *     resent batch)
 * @param refused votes refused for another reason, by outcome; unmodifiable
 */
public record IngestSummary(long accepted, long duplicates, Map<VoteOutcome, Long> refused) {
    /**
     * Creates a summary.
     *
     * @param accepted the accepted count
     * @param duplicates the duplicate count
     * @param refused the refused counts, not null
     */
    public IngestSummary {
        refused = refused.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(refused));
    }

    /**
     * Returns a summary of nothing, to add others to.
     *
     * @return the empty summary
     */
    public static IngestSummary empty() {
        return new IngestSummary(0, 0, Map.of());
    }

    /**
     * Adds another summary to this one.
     *
     * @param other the other summary, not null
     * @return the sum, not null
     */
    public IngestSummary plus(IngestSummary other) {
        Map<VoteOutcome, Long> sum = new EnumMap<>(VoteOutcome.class);
        sum.putAll(refused);
        other.refused.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new IngestSummary(accepted + other.accepted, duplicates + other.duplicates, sum);
    }

    /** @return every vote the batch held */
    public long total() {
        return accepted + duplicates + refused.values().stream().mapToLong(Long::longValue).sum();
    }
}
