package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;

/**
 * An artisan's membership of the talent pool (人才库): what brought it, from when, who entered it and, once
 * it ended, how. Ended memberships stay on record; together they are the artisan's pool history.
 *
 * @param id the membership
 * @param artisanId the member
 * @param source an honor of a pool tier, or an addition by the bureau
 * @param since the first day of membership (for an honor, its naming decision's date)
 * @param exit how it ended, empty while it holds
 * @param enteredBy who entered it (for an honor, who named the round)
 */
public record PoolMembership(MembershipId id, ArtisanId artisanId, PoolSource source, LocalDate since,
        Optional<PoolExit> exit, Actor enteredBy) {
    /**
     * Creates a membership.
     *
     * @throws NullPointerException if a component is null
     */
    public PoolMembership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(enteredBy, "enteredBy");
    }

    /**
     * Returns the first day the membership no longer holds.
     *
     * @return the day, empty while it holds
     */
    public Optional<LocalDate> until() {
        return exit.map(PoolExit::effectiveOn);
    }

    /**
     * Tells whether the membership holds on a date.
     *
     * @param date the date, not null
     * @return true if {@code since <= date < until}
     * @throws NullPointerException if the date is null
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !since.isAfter(date) && until().map(date::isBefore).orElse(true);
    }
}
