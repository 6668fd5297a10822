package org.talentregistry.privacy;

import java.time.LocalDate;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * An artisan's consent to a purpose, as the host collected it.
 *
 * @param artisanId the artisan
 * @param purpose the purpose
 * @param givenOn the day it was given; it holds from that day. A date of an event: from {@link
 *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
 * @param evidence where the signed form or the app record is, e.g. {@code 申报表第3页签字} or
 *     {@code app-consent-2018-000123}, 1 to 200 characters without control characters
 */
public record ConsentGrant(ArtisanId artisanId, ConsentPurpose purpose, LocalDate givenOn, String evidence) {
    /**
     * Creates a grant.
     *
     * @throws InvalidFieldException naming {@code artisanId}, {@code purpose}, {@code givenOn} or
     *     {@code evidence} if one is missing, the day is outside the range of event dates, or the evidence is
     *     blank, too long or holds a control character
     */
    public ConsentGrant {
        if (artisanId == null) {
            throw new InvalidFieldException("artisanId", "is required");
        }
        if (purpose == null) {
            throw new InvalidFieldException("purpose", "is required");
        }
        Ranges.eventDate("givenOn", givenOn);
        evidence = Texts.required("evidence", evidence, 200);
    }
}
