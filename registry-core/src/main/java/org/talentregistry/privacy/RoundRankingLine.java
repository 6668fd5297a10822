package org.talentregistry.privacy;

import java.util.Objects;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.SelectionRound;

/**
 * A person's own line of an honor round's composite ranking, for the right of access: where the person
 * stood, under which name, with the expert and vote components, whether selected and why. Of a named round
 * the line under the name the person was named under; of a round still being decided the line as the ranking
 * stands, provisional while the vote is open.
 *
 * @param round the round
 * @param provisional whether the ranking is provisional (public voting not closed yet)
 * @param line the person's line, and no one else's
 */
public record RoundRankingLine(SelectionRound round, boolean provisional, RankedNominee line) {
    /**
     * Creates a line.
     *
     * @param round not null
     * @param provisional whether the ranking is provisional
     * @param line not null
     */
    public RoundRankingLine {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(line, "line");
    }
}
