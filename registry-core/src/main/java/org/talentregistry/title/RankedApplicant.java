package org.talentregistry.title;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Verdict;

/**
 * An applicant's place in a title round: eligibility, score, priority, and whether selected.
 *
 * @param position the place among eligible applicants, from 1; 0 for an ineligible one
 * @param artisanId the applicant
 * @param name the applicant's name
 * @param score the bureau's score
 * @param verdict the eligibility verdict on the round date
 * @param priority the priority decision on the round date
 * @param selected whether selected
 * @param reason why the applicant stands where it does against the one above (a priority condition, a score,
 *     the final tie-break), or why it was not selected (the round cap, a city quota, ineligibility), as a code
 *     with arguments ({@link TitleText}); empty for the first applicant when selected
 */
public record RankedApplicant(int position, ArtisanId artisanId, String name, BigDecimal score, Verdict verdict,
        PriorityDecision priority, boolean selected, Optional<Message> reason) {
    /**
     * Creates an entry.
     *
     * @param position the place
     * @param artisanId not null
     * @param name not null
     * @param score not null
     * @param verdict not null
     * @param priority not null
     * @param selected whether selected
     * @param reason not null
     */
    public RankedApplicant {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the reason in English, as earlier releases gave it.
     *
     * @return the English text of {@link #reason()}, or empty
     */
    public Optional<String> note() {
        return reason.map(Message::en);
    }

    /**
     * Returns the reason in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the text of {@link #reason()}, or empty
     */
    public Optional<String> note(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return reason.map(r -> r.render(locale));
    }
}
