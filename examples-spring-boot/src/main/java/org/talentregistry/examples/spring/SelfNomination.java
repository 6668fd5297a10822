package org.talentregistry.examples.spring;

import java.util.Objects;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.selection.RoundId;

/**
 * A worker's self-nomination (个人自荐) as the union's app submits it.
 *
 * @param roundId the selection round, not null
 * @param details the applicant as an artisan, not null
 */
public record SelfNomination(RoundId roundId, ArtisanDetails details) {
    /**
     * Creates the request.
     *
     * @param roundId the selection round, not null
     * @param details the applicant, not null
     */
    public SelfNomination {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(details, "details");
    }
}
