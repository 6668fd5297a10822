package org.talentregistry.title;

import java.util.List;
import java.util.Objects;

/**
 * A title round's ranking: eligible applicants by score, ties (within the policy's tolerance) ordered by the
 * priority conditions in the policy's order and then by the final tie-break (earlier application, then
 * artisan id); ineligible applicants after them, never selected.
 *
 * @param roundId the round
 * @param applicants every applicant, ranked
 */
public record TitleRanking(TitleRoundId roundId, List<RankedApplicant> applicants) {
    /**
     * Creates a ranking.
     *
     * @param roundId not null
     * @param applicants not null
     */
    public TitleRanking {
        Objects.requireNonNull(roundId, "roundId");
        applicants = List.copyOf(applicants);
    }

    /** @return the selected applicants, in rank order */
    public List<RankedApplicant> selected() {
        return applicants.stream().filter(RankedApplicant::selected).toList();
    }
}
