package org.talentregistry.pool;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A year of the pool's engagements, for the union's annual report. Engagements are dated by their first day.
 *
 * @param year the year
 * @param engagements how many engagements
 * @param artisans how many distinct members had one
 * @param byKind per kind, every kind present (0 if none), in the enum's order, unmodifiable
 * @param byTalkKind campus talks per kind of talk, every kind present
 * @param byMediaKind media features per kind, every kind present
 * @param trainingHours the class hours of the year's trainings
 * @param talkAudience the audience of the year's campus talks
 */
public record EngagementSummary(int year, long engagements, long artisans, Map<EngagementKind, Long> byKind,
        Map<TalkKind, Long> byTalkKind, Map<MediaKind, Long> byMediaKind, BigDecimal trainingHours, long talkAudience) {
    /**
     * Creates a summary.
     *
     * @throws NullPointerException if a component is null
     */
    public EngagementSummary {
        byKind = copy(EngagementKind.class, byKind, "byKind");
        byTalkKind = copy(TalkKind.class, byTalkKind, "byTalkKind");
        byMediaKind = copy(MediaKind.class, byMediaKind, "byMediaKind");
        Objects.requireNonNull(trainingHours, "trainingHours");
    }

    private static <K extends Enum<K>> Map<K, Long> copy(Class<K> type, Map<K, Long> counts, String name) {
        Map<K, Long> copy = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            copy.put(key, 0L);
        }
        copy.putAll(Objects.requireNonNull(counts, name));
        return Collections.unmodifiableMap(copy);
    }
}
