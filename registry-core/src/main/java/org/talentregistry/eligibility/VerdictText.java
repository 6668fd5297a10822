package org.talentregistry.eligibility;

import org.talentregistry.LocalizedName;

/**
 * The sentences that put a verdict together, and the labels of its outcomes and statuses as an explanation
 * shows them: {@code NOT_MET} in English logs as always, {@code 不符合} in Chinese.
 */
public enum VerdictText implements LocalizedName {
    /** Arguments: the status label, the date. */
    HEAD,
    /** Arguments: the outcome label, the rule, the facts. */
    LINE,
    /** Arguments: the outcome label, the rule, the facts, who cleared the flag, why. */
    LINE_CLEARED,
    /** Label of {@link Outcome#MET}. */
    MET,
    /** Label of {@link Outcome#NOT_MET}. */
    NOT_MET,
    /** Label of {@link Outcome#FLAGGED}. */
    FLAGGED,
    /** Label of {@link Eligibility#ELIGIBLE}. */
    ELIGIBLE,
    /** Label of {@link Eligibility#NEEDS_REVIEW}. */
    NEEDS_REVIEW,
    /** Label of {@link Eligibility#INELIGIBLE}. */
    INELIGIBLE;


    static VerdictText label(Enum<?> outcomeOrStatus) {
        return valueOf(outcomeOrStatus.name());
    }
}
