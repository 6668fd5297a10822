package org.talentregistry.pool;

import java.time.LocalDate;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.internal.Texts;

/**
 * The bureau's request to add an artisan to the talent pool from a source other than an honor of a pool
 * tier, for example the holder of a technician title.
 *
 * @param artisanId the artisan
 * @param source what brings the artisan in, e.g. {@code 淄博市首席技师（2019年）}, 1 to 200 characters
 * @param since the first day of membership
 */
public record PoolAdmission(ArtisanId artisanId, String source, LocalDate since) {
    /**
     * Creates a request.
     *
     * @throws InvalidFieldException naming {@code artisanId}, {@code source} or {@code since} if one is
     *     missing, or the source is blank or longer than 200 characters
     */
    public PoolAdmission {
        if (artisanId == null) {
            throw new InvalidFieldException("artisanId", "is required");
        }
        source = Texts.required("source", source, 200);
        if (since == null) {
            throw new InvalidFieldException("since", "is required");
        }
    }
}
