package org.talentregistry.selection;

import java.time.Instant;
import java.util.Objects;
import org.talentregistry.Actor;
import org.talentregistry.internal.Texts;

/**
 * The site visit (实地考察) of a selected nominee: passed or failed, with the visiting team's note.
 *
 * @param nominationId the nominee
 * @param passed whether the nominee passed; a failed nominee leaves the selection and the waitlist moves up
 * @param note what the team found, 1 to 500 characters
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record SiteVisit(NominationId nominationId, boolean passed, String note, Actor recordedBy, Instant recordedAt) {
    /**
     * Creates a visit record.
     *
     * @param nominationId not null
     * @param passed whether passed
     * @param note 1 to 500 characters, may run over lines
     * @param recordedBy not null
     * @param recordedAt not null
     * @throws org.talentregistry.InvalidFieldException naming {@code note} if blank or too long
     */
    public SiteVisit {
        Objects.requireNonNull(nominationId, "nominationId");
        note = Texts.requiredText("note", note, 500);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
