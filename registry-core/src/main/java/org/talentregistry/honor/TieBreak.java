package org.talentregistry.honor;

/**
 * A rule that orders nominees whose composite scores are equal. A program lists them in order; the
 * nomination id (earlier nominations first) always ends the list so that the order is total.
 */
public enum TieBreak {
    /** The higher expert score first. */
    HIGHER_EXPERT_SCORE,
    /** The higher vote count first. */
    MORE_VOTES,
    /** The earlier submitted nomination first. */
    EARLIER_SUBMISSION
}
