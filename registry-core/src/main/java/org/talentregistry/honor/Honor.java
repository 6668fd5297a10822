package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.selection.RoundId;

/**
 * An honor granted to an artisan by a naming decision. Honors are lifelong unless revoked; a revoked honor
 * stays on record.
 *
 * @param id the honor's id
 * @param programId the program
 * @param programName the program's name when the honor was granted
 * @param tierCode the tier's code
 * @param tierName the tier's name
 * @param year the round's year
 * @param roundId the round that selected the honoree
 * @param artisanId the honoree
 * @param decision the naming decision
 * @param certificateNumber the honor certificate's number
 * @param revocation the revocation, if revoked
 */
public record Honor(HonorId id, HonorProgramId programId, String programName, String tierCode, String tierName, int year,
        RoundId roundId, ArtisanId artisanId, NamingDecision decision, String certificateNumber,
        Optional<Revocation> revocation) {

    /**
     * Creates an honor.
     *
     * @param id not null
     * @param programId not null
     * @param programName not null
     * @param tierCode not null
     * @param tierName not null
     * @param year the year
     * @param roundId not null
     * @param artisanId not null
     * @param decision not null
     * @param certificateNumber not null
     * @param revocation not null, empty unless revoked
     */
    public Honor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(programName, "programName");
        Objects.requireNonNull(tierCode, "tierCode");
        Objects.requireNonNull(tierName, "tierName");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(revocation, "revocation");
    }

    /**
     * Tells whether the honor counts on a date: named on or before it, and not revoked on or before it.
     *
     * @param date the date, not null
     * @return true if active on that date
     */
    public boolean isActiveOn(LocalDate date) {
        return !decision.date().isAfter(date) && revocation.map(r -> date.isBefore(r.effectiveOn())).orElse(true);
    }

    /**
     * Tells whether the honor has been revoked.
     *
     * @return true if revoked
     */
    public boolean isRevoked() {
        return revocation.isPresent();
    }

    /**
     * Describes the honor, e.g. "淄博金牌工匠 (2018, 表彰决定 淄工发〔2018〕12号)".
     *
     * @return the description, not null
     */
    public String describe() {
        return tierName + " (" + year + ", 表彰决定 " + decision.number() + ")";
    }

    /**
     * Cites the honor in either language: "淄博金牌工匠（2018年，表彰决定 淄工发〔2018〕12号）", "淄博金牌工匠 (2018, naming
     * decision 淄工发〔2018〕12号)". The tier's name and the decision's number are the program's own, in Chinese.
     *
     * @return the citation, not null
     */
    public Message citation() {
        return Message.of(HonorText.CITATION, tierName, String.valueOf(year), decision.number());
    }
}
