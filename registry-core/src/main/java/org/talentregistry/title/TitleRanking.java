package org.talentregistry.title;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.talentregistry.Message;

/**
 * A title round's ranking: eligible applicants by score, ties (within the policy's tolerance) ordered by the
 * priority conditions in the policy's order and then by the final tie-break (earlier application, then
 * artisan id); ineligible applicants after them, never selected. It names the version of the title's rules
 * it was made under, the one in force on the round date.
 *
 * @param round the round
 * @param rules the version of the title's rules the round is decided under
 * @param applicants every applicant, ranked
 */
public record TitleRanking(TitleRound round, TitleVersion rules, List<RankedApplicant> applicants) {
    /**
     * Creates a ranking.
     *
     * @param round not null
     * @param rules not null
     * @param applicants not null
     */
    public TitleRanking {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(rules, "rules");
        applicants = List.copyOf(applicants);
    }

    /** @return the round's id */
    public TitleRoundId roundId() {
        return round.id();
    }

    /** @return the selected applicants, in rank order */
    public List<RankedApplicant> selected() {
        return applicants.stream().filter(RankedApplicant::selected).toList();
    }

    /**
     * Says which round this is and which rules decide it, e.g. "Title round 3 of city 370300, 2024, decided on
     * 2024-09-01 under 淄博市首席技师 rules version 2, in force from 2023-01-01".
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the header, not null
     */
    public String header(Locale locale) {
        return Message.of(TitleText.RANKING, round.id(), round.region(), round.year(), round.roundDate(), rules)
                .render(locale);
    }
}
