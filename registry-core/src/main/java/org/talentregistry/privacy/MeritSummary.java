package org.talentregistry.privacy;

import java.util.Objects;
import org.talentregistry.selection.NominationId;

/**
 * The merit summary (事迹简介) published with a nomination on the public notice, as the access export gives it.
 *
 * @param nominationId the nomination, not null
 * @param text the summary as recorded, not null
 */
public record MeritSummary(NominationId nominationId, String text) {
    /**
     * Creates a summary.
     *
     * @throws NullPointerException if a component is null
     */
    public MeritSummary {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(text, "text");
    }
}
