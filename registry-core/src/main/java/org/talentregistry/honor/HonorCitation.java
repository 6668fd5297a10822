package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;

/**
 * What a priority decision cites of an honor: which honor it is, of whom, of which kind, and the dates that
 * decide whether it counts on a day. An explanation prints the tier's name, the year, the naming decision's
 * number and, for an honor that does not count, its revocation or naming date. A host that needs the whole
 * honor (certificate, issuing body, revocation reason) reads it by {@link #id()} through {@code
 * TalentRegistry.honors()}.
 *
 * <p>A bulk priority check reads these columns alone for every honor of the policy's kinds, rather than the
 * whole honor: a check of a million artisans reads some 110,000 honors.
 *
 * @param id the honor
 * @param artisanId the honoree
 * @param programId the program
 * @param tierCode the tier's code
 * @param tierName the tier's name when the honor was granted
 * @param year the round's year
 * @param decisionNumber the naming decision's number
 * @param decisionDate the naming decision's date, from which the honor counts
 * @param revokedFrom the date a revocation takes effect, if the honor is revoked
 */
public record HonorCitation(HonorId id, ArtisanId artisanId, HonorProgramId programId, String tierCode, String tierName,
        int year, String decisionNumber, LocalDate decisionDate, Optional<LocalDate> revokedFrom) {
    /**
     * Creates a citation.
     *
     * @param id not null
     * @param artisanId not null
     * @param programId not null
     * @param tierCode not null
     * @param tierName not null
     * @param year the year
     * @param decisionNumber not null
     * @param decisionDate not null
     * @param revokedFrom not null, empty unless revoked
     */
    public HonorCitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(tierCode, "tierCode");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(revokedFrom, "revokedFrom");
    }

    /**
     * Returns the citation of an honor.
     *
     * @param honor the honor, not null
     * @return its citation, not null
     */
    public static HonorCitation of(Honor honor) {
        return new HonorCitation(honor.id(), honor.artisanId(), honor.programId(), honor.tierCode(), honor.tierName(),
                honor.year(), honor.decision().number(), honor.decision().date(),
                honor.revocation().map(Revocation::effectiveOn));
    }

    /**
     * Tells whether the honor counts on a date, as {@link Honor#isActiveOn} does: named on or before it, and
     * not revoked on or before it.
     *
     * @param date the date, not null
     * @return true if active on that date
     */
    public boolean isActiveOn(LocalDate date) {
        return !decisionDate.isAfter(date) && (revokedFrom.isEmpty() || date.isBefore(revokedFrom.get()));
    }
}
