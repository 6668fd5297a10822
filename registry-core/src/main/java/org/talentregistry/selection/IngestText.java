package org.talentregistry.selection;

import org.talentregistry.MessageCode;

/** The sentences of an {@link IngestSummary}. */
public enum IngestText implements MessageCode {
    /** Arguments: votes read, accepted, duplicates, refused. */
    SUMMARY,
    /** Arguments: votes read, accepted, duplicates, refused, the refusals by outcome. */
    SUMMARY_WITH_REFUSALS,
    /** Arguments: the outcome, the count. */
    REFUSED_COUNT
}
