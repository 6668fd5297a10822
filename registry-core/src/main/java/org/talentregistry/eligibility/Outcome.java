package org.talentregistry.eligibility;

/** The result of one criterion for one candidate. */
public enum Outcome {
    /** The criterion holds. */
    MET,
    /** A hard criterion does not hold: the candidate is ineligible. */
    NOT_MET,
    /** A soft criterion does not hold, or a fact is unknown: a person must decide. */
    FLAGGED
}
