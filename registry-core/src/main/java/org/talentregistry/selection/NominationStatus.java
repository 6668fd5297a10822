package org.talentregistry.selection;

import org.talentregistry.LocalizedName;

/** Where a nomination stands, apart from its eligibility verdict; named in Chinese and English. */
public enum NominationStatus implements LocalizedName {
    /** In the running. */
    ACTIVE,
    /** Withdrawn by the nominee or the nominating body. */
    WITHDRAWN,
    /** Removed by an upheld objection during the public notice. */
    REMOVED,
    /** 未入围: left out of the experts' shortlist (提名), so not in the public vote nor the ranking. */
    NOT_SHORTLISTED,
    /** 实地考察未通过: failed the site visit; the waitlist moves up. */
    VISIT_FAILED,
    /** 暂缓命名: under investigation; keeps its place in the selection until named or dropped. */
    DEFERRED,
    /** 不予命名: a deferred nominee dropped with a reason; the waitlist moves up. */
    DROPPED;

    /**
     * Tells whether a nomination of this status still takes part in the ranking (if eligible).
     *
     * @return true for {@link #ACTIVE} and {@link #DEFERRED}
     */
    public boolean isInTheRunning() {
        return this == ACTIVE || this == DEFERRED;
    }

}
