package org.talentregistry.eligibility;

import org.talentregistry.LocalizedName;

/**
 * Whether an unmet criterion refuses a candidate or only flags the candidate for the committee, named in
 * Chinese and English as a rule says it ("hard", "硬性条件").
 */
public enum Severity implements LocalizedName {
    /** Not met: the candidate is ineligible. */
    HARD,
    /** Not met: the candidate is flagged, e.g. "一般不超过50周岁"; a person clears or upholds the flag. */
    SOFT;

}
