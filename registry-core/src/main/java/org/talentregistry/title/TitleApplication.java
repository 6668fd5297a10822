package org.talentregistry.title;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;

/**
 * An application in a title round, with the bureau's own evaluation score: the library does not invent it.
 *
 * @param roundId the round
 * @param artisanId the applicant
 * @param score the bureau's evaluation score
 * @param declarations what the applicant declares (in service, no disqualifying record)
 * @param appliedAt when the application was recorded
 */
public record TitleApplication(TitleRoundId roundId, ArtisanId artisanId, BigDecimal score, Declarations declarations,
        Instant appliedAt) {
    /**
     * Creates an application.
     *
     * @param roundId not null
     * @param artisanId not null
     * @param score not null
     * @param declarations not null
     * @param appliedAt not null
     */
    public TitleApplication {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }
}
