package org.talentregistry.selection;

import org.talentregistry.LocalizedName;

/**
 * The operation that moves a round on from a stage, as its program's {@link StagePlan} orders them: what a
 * refused operation's message names as the next step. Named in Chinese and English.
 */
public enum RoundStep implements LocalizedName {
    /** {@link SelectionRounds#closeNominations}. */
    CLOSE_NOMINATIONS,
    /** {@link SelectionRounds#closeEligibilityReview}. */
    CLOSE_ELIGIBILITY_REVIEW,
    /** {@link SelectionRounds#closeExpertReview}. */
    CLOSE_EXPERT_REVIEW,
    /** {@link SelectionRounds#closeVoting}. */
    CLOSE_VOTING,
    /** {@link SelectionRounds#startSiteVisits}. */
    START_SITE_VISITS,
    /** {@link SelectionRounds#startNotice}. */
    START_NOTICE,
    /** {@link SelectionRounds#name}: name the selection, or what is left of it. */
    NAME,
    /** The round is over: nothing follows. */
    NONE;

}
