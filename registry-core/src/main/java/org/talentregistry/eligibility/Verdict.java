package org.talentregistry.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.talentregistry.Message;

/**
 * The eligibility verdict on a candidate: one line per criterion, evaluated as of a date.
 *
 * @param asOf the date the criteria were evaluated on, not null
 * @param results one line per criterion, in the criteria's order, unmodifiable
 */
public record Verdict(LocalDate asOf, List<CriterionResult> results) {
    /**
     * Creates a verdict.
     *
     * @param asOf the date, not null
     * @param results the lines, not null
     */
    public Verdict {
        Objects.requireNonNull(asOf, "asOf");
        results = List.copyOf(results);
    }

    /**
     * Returns the overall status.
     *
     * @return ineligible if any hard criterion is not met; needs review if a flag is open; else eligible
     */
    public Eligibility status() {
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.NOT_MET)) {
            return Eligibility.INELIGIBLE;
        }
        if (results.stream().anyMatch(CriterionResult::isOpenFlag)) {
            return Eligibility.NEEDS_REVIEW;
        }
        return Eligibility.ELIGIBLE;
    }

    /**
     * Returns the overall status as an explanation names it: {@code 符合条件}, {@code 待人工核定} or {@code
     * 不符合条件} in Chinese, the constant's name in English.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the status's label, not null
     */
    public String statusLabel(Locale locale) {
        return VerdictText.label(status()).render(locale);
    }

    /**
     * Returns whether the candidate is eligible: no hard criterion unmet and every flag cleared.
     *
     * @return true if eligible
     */
    public boolean isEligible() {
        return status() == Eligibility.ELIGIBLE;
    }

    /**
     * Returns the verdict as lines of English text, the status first, e.g. {@code NEEDS_REVIEW as of 2018-05-01}.
     *
     * @return the explanation, not null
     */
    public String explain() {
        return explain(Locale.ENGLISH);
    }

    /**
     * Returns the verdict as lines of text in a language, the status first, e.g. {@code 2018-05-01资格审查结论：待人工核定}.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the explanation, lines separated by {@code \n}, not null
     */
    public String explain(Locale locale) {
        return Message.of(VerdictText.HEAD, VerdictText.label(status()), asOf).render(locale) + "\n"
                + results.stream().map(r -> "  " + r.explain(locale)).collect(Collectors.joining("\n"));
    }
}
