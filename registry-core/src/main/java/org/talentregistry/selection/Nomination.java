package org.talentregistry.selection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.NominationChannel;

/**
 * A nomination in a round.
 *
 * @param id the nomination's id
 * @param roundId the round
 * @param artisanId the candidate
 * @param channel how the candidate was put forward
 * @param nominator who nominated
 * @param declarations the declared facts
 * @param submittedAt when it was submitted
 * @param status active, deferred, or out of the running (withdrawn, removed, not shortlisted, failed the
 *     site visit, dropped)
 * @param verdict the eligibility verdict, once the review began
 * @param votesBrushed whether the committee found vote brushing (刷票): the vote component is then zero
 */
public record Nomination(NominationId id, RoundId roundId, ArtisanId artisanId, NominationChannel channel, String nominator,
        Declarations declarations, Instant submittedAt, NominationStatus status, Optional<Verdict> verdict,
        boolean votesBrushed) {
    /**
     * Creates a snapshot.
     *
     * @param id not null
     * @param roundId not null
     * @param artisanId not null
     * @param channel not null
     * @param nominator not null
     * @param declarations not null
     * @param submittedAt not null
     * @param status not null
     * @param verdict not null (empty before review)
     * @param votesBrushed whether brushed
     */
    public Nomination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(nominator, "nominator");
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Tells whether the nomination is active (or deferred) and its verdict eligible.
     *
     * @return true if it goes on to expert review and ranking
     */
    public boolean isInTheRunning() {
        return status.isInTheRunning() && verdict.map(Verdict::isEligible).orElse(false);
    }
}
