package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The talent pool summarised on a date, for the union's annual report. An artisan counts once per line, and
 * once in {@link #members()}; an artisan with two memberships (a gold honor and a bureau addition) counts in
 * both of their lines of {@link #byTier()} and {@link #bySource()}.
 *
 * @param asOf the date
 * @param members the distinct artisans in the pool
 * @param byTrade per occupation, most members first, then by code
 * @param byRegion per region, most members first, then by code
 * @param byTier per program tier whose honors brought memberships, most first, then by code
 * @param byYear per honor year, by year
 * @param bySource per source of the bureau's additions, most first, then by text
 */
public record PoolTotals(LocalDate asOf, long members, List<PoolCount> byTrade, List<PoolCount> byRegion,
        List<PoolCount> byTier, List<PoolCount> byYear, List<PoolCount> bySource) {
    /**
     * Creates a summary.
     *
     * @throws NullPointerException if a component is null
     */
    public PoolTotals {
        Objects.requireNonNull(asOf, "asOf");
        byTrade = List.copyOf(byTrade);
        byRegion = List.copyOf(byRegion);
        byTier = List.copyOf(byTier);
        byYear = List.copyOf(byYear);
        bySource = List.copyOf(bySource);
    }
}
