package org.talentregistry.eligibility;

/** The overall status of a verdict. */
public enum Eligibility {
    /** Every hard criterion is met and every flag is cleared. */
    ELIGIBLE,
    /** A flag is open: a person must clear it (with a reason) before the candidate goes on. */
    NEEDS_REVIEW,
    /** A hard criterion is not met. */
    INELIGIBLE
}
