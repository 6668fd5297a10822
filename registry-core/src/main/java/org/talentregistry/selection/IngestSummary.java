package org.talentregistry.selection;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.internal.Catalog;

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

    /**
     * Returns the summary as a sentence, e.g. {@code 440000 votes read: 439000 accepted, 900 duplicates, 100
     * refused (outside the voting period 100)}; {@code 共读取440000票：有效439000票，重复900票，拒收100票（不在投票期内100票）}.
     *
     * @return the sentence, not null
     */
    public Message message() {
        long refusedTotal = refused.values().stream().mapToLong(Long::longValue).sum();
        if (refused.isEmpty()) {
            return Message.of(IngestText.SUMMARY, total(), accepted, duplicates, refusedTotal);
        }
        Map<VoteOutcome, Long> ordered = new EnumMap<>(refused);
        List<Message> parts = ordered.entrySet().stream()
                .map(e -> Message.of(IngestText.REFUSED_COUNT, e.getKey(), e.getValue())).toList();
        Localizable breakdown = locale -> parts.stream().map(m -> m.render(locale))
                .collect(Collectors.joining(Catalog.chinese(locale) ? "，" : ", "));
        return Message.of(IngestText.SUMMARY_WITH_REFUSALS, total(), accepted, duplicates, refusedTotal, breakdown);
    }

    /**
     * Returns the summary as a sentence in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the sentence, not null
     */
    public String explain(Locale locale) {
        return message().render(locale);
    }
}
