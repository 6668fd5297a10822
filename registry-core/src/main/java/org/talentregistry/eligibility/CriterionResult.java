package org.talentregistry.eligibility;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a verdict: a criterion, its outcome, and the facts used.
 *
 * @param criterionId the criterion's id within its program or title, not null
 * @param rule the readable rule, e.g. "skill level at or above 技师 (hard)", not null
 * @param outcome met, not met or flagged, not null
 * @param facts the facts used, e.g. "level 技师 from certificate T2012-0033 valid on 2018-05-01", not null
 * @param clearance the person's decision on a flag, empty unless a flag was cleared
 */
public record CriterionResult(String criterionId, String rule, Outcome outcome, String facts,
        Optional<FlagClearance> clearance) {

    /**
     * Creates a line.
     *
     * @param criterionId the criterion id, not null
     * @param rule the rule text, not null
     * @param outcome the outcome, not null
     * @param facts the facts, not null
     * @param clearance the clearance, not null (empty when there is none)
     */
    public CriterionResult {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clearance, "clearance");
    }

    /**
     * Returns a line without clearance.
     *
     * @param criterion the criterion
     * @param outcome the outcome
     * @param facts the facts used
     * @return the line
     */
    public static CriterionResult of(Criterion criterion, Outcome outcome, String facts) {
        return new CriterionResult(criterion.id(), criterion.describe(), outcome, facts, Optional.empty());
    }

    /**
     * Tells whether this line is a flag nobody has cleared yet.
     *
     * @return true for an open flag
     */
    public boolean isOpenFlag() {
        return outcome == Outcome.FLAGGED && clearance.isEmpty();
    }

    /**
     * Returns the line as a sentence, e.g. "MET  skill level at or above 技师 (hard): level 技师 from ...".
     *
     * @return the sentence, not null
     */
    public String explain() {
        return outcome + " " + rule + ": " + facts
                + clearance.map(c -> " [flag cleared by " + c.actor().displayName() + ": " + c.reason() + "]").orElse("");
    }
}
