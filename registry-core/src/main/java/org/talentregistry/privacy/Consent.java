package org.talentregistry.privacy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;

/**
 * A consent on record: given on a day with its evidence, and withdrawn from a day with the withdrawal's
 * evidence. A withdrawn consent stays on record; giving it again makes a new one.
 *
 * @param id the record
 * @param artisanId the artisan
 * @param purpose the purpose
 * @param givenOn the first day it holds
 * @param evidence where the consent is documented
 * @param givenBy who recorded it
 * @param withdrawal the withdrawal, empty while it holds
 */
public record Consent(ConsentId id, ArtisanId artisanId, ConsentPurpose purpose, LocalDate givenOn, String evidence,
        Actor givenBy, Optional<Withdrawal> withdrawal) {
    /**
     * Creates a consent.
     *
     * @throws NullPointerException if a component is null
     */
    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /**
     * Tells whether the consent holds on a date.
     *
     * @param date the date, not null
     * @return true if given on or before the date and not withdrawn on or before it
     * @throws NullPointerException if the date is null
     */
    public boolean holdsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !givenOn.isAfter(date) && withdrawal.map(w -> date.isBefore(w.effectiveOn())).orElse(true);
    }

    /**
     * A withdrawal of consent (撤回同意), PIPL Art. 15: it takes effect from its day and does not undo what was
     * done before.
     *
     * @param effectiveOn the first day the consent no longer holds
     * @param evidence where the withdrawal is documented
     * @param recordedBy who recorded it
     */
    public record Withdrawal(LocalDate effectiveOn, String evidence, Actor recordedBy) {
        /**
         * Creates a withdrawal.
         *
         * @throws NullPointerException if a component is null
         */
        public Withdrawal {
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(recordedBy, "recordedBy");
        }
    }
}
