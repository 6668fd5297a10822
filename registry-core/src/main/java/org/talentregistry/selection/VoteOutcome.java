package org.talentregistry.selection;

import org.talentregistry.LocalizedName;

/** What became of a cast vote, named in Chinese and English. A duplicate is an ordinary outcome, not an error. */
public enum VoteOutcome implements LocalizedName {
    /** Counted. */
    ACCEPTED,
    /** The voter already voted as far as the round's policy is concerned; not counted. */
    DUPLICATE,
    /** The round is not in public voting. */
    ROUND_NOT_IN_VOTING,
    /** No nominee of the round is in the running under that id. */
    UNKNOWN_NOMINEE,
    /** The voter is not of the form the policy needs, e.g. not an IP address literal. */
    INVALID_VOTER,
    /**
     * The vote's {@code castAt} lies outside the round's voting period as the registry can tell it: before
     * the round entered public voting, or later than the registry's clock plus {@link
     * org.talentregistry.AcceptedValues#MAX_VOTE_CLOCK_SKEW}. Such a time is either wrong or forged; the vote
     * is not counted.
     */
    OUTSIDE_VOTING_PERIOD;

}
