package org.talentregistry.selection;

/** Where a nomination stands, apart from its eligibility verdict. */
public enum NominationStatus {
    /** In the running. */
    ACTIVE,
    /** Withdrawn by the nominee or the nominating body. */
    WITHDRAWN,
    /** Removed by an upheld objection during the public notice. */
    REMOVED
}
