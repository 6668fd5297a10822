package org.talentregistry.eligibility;

import java.time.Instant;
import java.util.Objects;
import org.talentregistry.Actor;

/**
 * A person's decision to clear a flag raised by a soft criterion.
 *
 * @param reason why the flag is cleared, not blank
 * @param actor who cleared it, not null
 * @param at when, not null
 */
public record FlagClearance(String reason, Actor actor, Instant at) {
    /**
     * Creates a clearance.
     *
     * @param reason the reason, not null
     * @param actor the actor, not null
     * @param at the instant, not null
     */
    public FlagClearance {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
