package org.talentregistry.pool;

import java.util.Objects;

/**
 * One line of a pool summary: a trade, a region, a tier, a year or another source, and how many artisans it
 * holds.
 *
 * @param code the key, e.g. an occupation code, a region code, {@code 3/gold} for program 3's tier gold, a
 *     year, or the bureau's source text
 * @param name what a report prints, e.g. {@code 汽车维修工}, {@code 张店区}, {@code 淄博金牌工匠 · 淄博金牌工匠}
 * @param members the distinct artisans
 */
public record PoolCount(String code, String name, long members) {
    /**
     * Creates a line.
     *
     * @throws NullPointerException if the code or the name is null
     */
    public PoolCount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
