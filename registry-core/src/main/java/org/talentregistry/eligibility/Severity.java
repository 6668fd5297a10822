package org.talentregistry.eligibility;

/** Whether an unmet criterion refuses a candidate or only flags the candidate for the committee. */
public enum Severity {
    /** Not met: the candidate is ineligible. */
    HARD,
    /** Not met: the candidate is flagged, e.g. "一般不超过50周岁"; a person clears or upholds the flag. */
    SOFT
}
