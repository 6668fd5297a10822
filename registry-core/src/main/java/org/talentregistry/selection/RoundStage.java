package org.talentregistry.selection;

import org.talentregistry.LocalizedName;

/**
 * The stages of a selection round. A round moves forward one stage at a time in the order its program's
 * {@link StagePlan} declares, or is cancelled. Named in Chinese and English (the English name is the
 * constant's, as logs have always shown it).
 */
public enum RoundStage implements LocalizedName {
    /** 申报: nominations are accepted and may be withdrawn. */
    NOMINATIONS_OPEN,
    /** 资格审查: each nomination gets a verdict; flags are cleared or upheld; withdrawals still allowed. */
    ELIGIBILITY_REVIEW,
    /** 专家评审: reviewers score the eligible nominees (under a shortlist plan, closing it shortlists). */
    EXPERT_REVIEW,
    /** 网络投票: the public votes; under a plan that votes while experts score, reviewers score too. */
    PUBLIC_VOTING,
    /** 综合评定: votes and scores are closed; the composite ranking and the selection are final unless objections change them. */
    SCORING,
    /** 实地考察: under a plan with a site visit, each selected nominee is visited, passed or failed. */
    SITE_VISIT,
    /** 公示: the selection is published; objections may be filed. */
    PUBLIC_NOTICE,
    /** 部分命名: some nominees are named; others are deferred, wait for a decision of their own, or for their notice. */
    PARTLY_NAMED,
    /** 命名表彰: the honors are granted. */
    NAMED,
    /** The round was cancelled. */
    CANCELLED;

    /**
     * Tells whether the stage ends the round.
     *
     * @return true for {@link #NAMED} and {@link #CANCELLED}
     */
    public boolean isFinal() {
        return this == NAMED || this == CANCELLED;
    }

}
