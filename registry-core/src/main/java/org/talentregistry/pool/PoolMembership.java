package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;

/**
 * An artisan's membership of the talent pool (人才库), brought by an honor of a pool tier. It ends when
 * the honor is revoked.
 *
 * @param artisanId the member
 * @param honorId the honor that brought the membership
 * @param programId the honor's program
 * @param tierCode the honor's tier
 * @param since the first day of membership (the naming decision's date)
 * @param until the first day the membership no longer holds, if it ended
 */
public record PoolMembership(ArtisanId artisanId, HonorId honorId, HonorProgramId programId, String tierCode,
        LocalDate since, Optional<LocalDate> until) {
    /**
     * Creates a membership.
     *
     * @param artisanId not null
     * @param honorId not null
     * @param programId not null
     * @param tierCode not null
     * @param since not null
     * @param until not null (empty while it holds)
     */
    public PoolMembership {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(honorId, "honorId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(tierCode, "tierCode");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    /**
     * Tells whether the membership holds on a date.
     *
     * @param date the date, not null
     * @return true if {@code since <= date < until}
     */
    public boolean isActiveOn(LocalDate date) {
        return !since.isAfter(date) && until.map(date::isBefore).orElse(true);
    }
}
