package org.talentregistry.title;

import org.talentregistry.MessageCode;

/**
 * What the title area says besides its refusals: where an applicant stands and why, why one was not
 * selected, what was awarded, which rules decided. Texts in the title package's bundles under {@code
 * TitleText.NAME}; the arguments are listed per code.
 */
public enum TitleText implements MessageCode {
    /** A city by its code. Arguments: the code. */
    CITY,
    /** A province by its code. Arguments: the code. */
    PROVINCE,
    /** A version of a title's rules without an end. Arguments: title name, version, first day. */
    RULES_VERSION,
    /** A version of a title's rules with an end. Arguments: title name, version, first day, first day after. */
    RULES_VERSION_UNTIL,
    /** The first of a score group stands below the last of the group above. Arguments: its score, the score above. */
    LOWER_SCORE,
    /**
     * The first of a score group stands below the group above, whose best score is more than the policy's
     * tolerance higher, though it may be within the tolerance of the group's last. Arguments: its score, the
     * best score of the group above, the tolerance.
     */
    LOWER_SCORE_BEYOND_TOLERANCE,
    /** Equal scores; a priority condition puts the one above first. Arguments: the condition's rule. */
    PRIORITY_ABOVE,
    /** Scores equal within the tolerance; a priority condition decides. Arguments: tolerance, the condition's rule. */
    PRIORITY_ABOVE_WITHIN,
    /** Scores equal within the tolerance, same priority; the higher score stands above. Arguments: tolerance. */
    HIGHER_SCORE_WITHIN,
    /** Equal score and priority; the earlier application stands above. No arguments. */
    EARLIER_APPLICATION,
    /** Equal score and priority, applied at the same moment; the lower artisan id stands above. No arguments. */
    LOWER_ARTISAN_ID,
    /** Not selected: the round cap is used up. Arguments: the cap. */
    ROUND_CAP_REACHED,
    /** Not selected: the applicant's city has used its quota. Arguments: the quota, the city. */
    CITY_QUOTA_REACHED,
    /** Ineligible applicants are never ranked or selected. No arguments. */
    INELIGIBLE,
    /**
     * Not selected: a hard condition is flagged for a person and undecided (not declared, say). Argument: the
     * condition's rule.
     */
    HARD_CONDITION_UNDECIDED,
    /** Two reasons together. Arguments: the first, the second. */
    BOTH,
    /**
     * An award with a term. Arguments: title name, region, first day, first day after the term (the first day it
     * is no longer held), rules version.
     */
    AWARDED,
    /** An award held for life. Arguments: title name, region, first day, rules version. */
    AWARDED_FOR_LIFE,
    /**
     * An award that was revoked. Arguments: title name, region, first day, the revocation's effective day, its
     * ground ({@link org.talentregistry.honor.RevocationReason}), rules version.
     */
    AWARDED_REVOKED,
    /**
     * An award revoked with effect on or after the end of its term, when it was no longer held: the term and the
     * revocation both. Arguments: title name, region, first day, first day after the term, the revocation's
     * effective day, its ground, rules version.
     */
    AWARDED_REVOKED_AFTER_TERM,
    /** A ranking's header. Arguments: round id, region, year, round date, the rules version. */
    RANKING
}
