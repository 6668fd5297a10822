package org.talentregistry.pool;

import java.time.LocalDate;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * The bureau's request to add an artisan to the talent pool from a source other than an honor of a pool
 * tier, for example the holder of a technician title.
 *
 * @param artisanId the artisan
 * @param source what brings the artisan in, e.g. {@code 淄博市首席技师（2019年）}, 1 to 200 characters without
 *     control characters
 * @param since the first day of membership, a date of an event: from {@link
 *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
 */
public record PoolAdmission(ArtisanId artisanId, String source, LocalDate since) {
    /**
     * Creates a request.
     *
     * @throws InvalidFieldException naming {@code artisanId}, {@code source} or {@code since} if one is
     *     missing, the source is blank, longer than 200 characters or holds a control character, or the day is
     *     outside the range of event dates
     */
    public PoolAdmission {
        if (artisanId == null) {
            throw new InvalidFieldException("artisanId", "is required");
        }
        source = Texts.required("source", source, 200);
        Ranges.eventDate("since", since);
    }
}
