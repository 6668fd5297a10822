package org.talentregistry.eligibility;

import org.talentregistry.LocalizedName;

/** The result of one criterion for one candidate, named in Chinese and English. */
public enum Outcome implements LocalizedName {
    /** The criterion holds. */
    MET,
    /** A hard criterion does not hold: the candidate is ineligible. */
    NOT_MET,
    /** A soft criterion does not hold, or a fact is unknown: a person must decide. */
    FLAGGED;

}
