package org.talentregistry.selection;

/** The stages of a selection round, in order. A round moves forward one stage at a time, or is cancelled. */
public enum RoundStage {
    /** 申报: nominations are accepted and may be withdrawn. */
    NOMINATIONS_OPEN,
    /** 资格审查: each nomination gets a verdict; flags are cleared or upheld; withdrawals still allowed. */
    ELIGIBILITY_REVIEW,
    /** 专家评审: reviewers score the eligible nominees. */
    EXPERT_REVIEW,
    /** 网络投票: the public votes. */
    PUBLIC_VOTING,
    /** 综合评定: votes are closed; the composite ranking and the selection are final unless objections change them. */
    SCORING,
    /** 公示: the selection is published; objections may be filed. */
    PUBLIC_NOTICE,
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
