package org.talentregistry.privacy;

import java.util.Objects;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TitleRound;

/**
 * A person's own line of a technician-title round's ranking, for the right of access: where the person stood,
 * under which name, whether selected and why, with the eligibility and priority results. Of a selected round
 * the line its selection was made on; of an open round the provisional line as the ranking stands.
 *
 * @param round the round
 * @param line the person's line, and no one else's
 */
public record TitleRankingLine(TitleRound round, RankedApplicant line) {
    /**
     * Creates a line.
     *
     * @param round not null
     * @param line not null
     */
    public TitleRankingLine {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(line, "line");
    }
}
