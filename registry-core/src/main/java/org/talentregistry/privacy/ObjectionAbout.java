package org.talentregistry.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;

/**
 * An objection filed against the person during a public notice, as the access export gives it: what was
 * alleged, when, and what the committee decided, without the objector. The objector's real name is the
 * objector's own personal data, which public notices commonly promise to keep confidential; the registry keeps
 * it for the committee ({@link org.talentregistry.selection.SelectionRounds#objections}).
 *
 * @param id the objection's id, not null
 * @param nominationId the person's nomination objected to, not null
 * @param grounds the grounds as filed, not null
 * @param filedAt when it was filed, not null
 * @param status pending, upheld or dismissed, not null
 * @param decisionReason the committee's reason, once decided, not null
 */
public record ObjectionAbout(ObjectionId id, NominationId nominationId, String grounds, Instant filedAt,
        Objection.Status status, Optional<String> decisionReason) {
    /**
     * Creates the record.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectionAbout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decisionReason, "decisionReason");
    }

    /**
     * Returns what the person may see of an objection against them.
     *
     * @param objection the objection, not null
     * @return the record without the objector, not null
     */
    public static ObjectionAbout of(Objection objection) {
        return new ObjectionAbout(objection.id(), objection.nominationId(), objection.grounds(), objection.filedAt(),
                objection.status(), objection.decisionReason());
    }
}
