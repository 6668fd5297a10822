package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.Objects;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * The naming decision (表彰决定) that grants a round's honors, e.g. 淄工发〔2018〕12号.
 *
 * @param number the document number, unique within the tenant
 * @param date the date of the decision; honors count from this date
 * @param issuingBody who issued it, e.g. 淄博市总工会
 */
public record NamingDecision(String number, LocalDate date, String issuingBody) {
    /**
     * Creates a decision.
     *
     * @param number 1 to 60 characters
     * @param date not null, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
     * @param issuingBody 1 to 200 characters
     * @throws org.talentregistry.InvalidFieldException naming the faulty field
     */
    public NamingDecision {
        number = Texts.required("decision.number", number, 60);
        Ranges.eventDate("decision.date", date);
        issuingBody = Texts.required("decision.issuingBody", issuingBody, 200);
    }

    @Override
    public String toString() {
        return "表彰决定 " + number + " (" + Objects.requireNonNull(date) + ", " + issuingBody + ")";
    }
}
