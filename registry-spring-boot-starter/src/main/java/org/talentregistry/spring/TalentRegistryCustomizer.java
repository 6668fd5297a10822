package org.talentregistry.spring;

import org.talentregistry.TalentRegistry;

/**
 * Adjusts the auto-configured registry before it is built: vote policies, the working calendar, anything
 * {@link TalentRegistry.Builder} offers beyond the {@code talent-registry.*} properties. Every bean of this
 * type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface TalentRegistryCustomizer {
    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with the properties already applied, not null
     */
    void customize(TalentRegistry.Builder builder);
}
