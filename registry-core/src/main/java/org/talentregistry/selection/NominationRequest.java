package org.talentregistry.selection;

import java.util.Objects;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.internal.Texts;

/**
 * A nomination as submitted.
 *
 * @param artisanId the candidate, registered in the artisan registry
 * @param channel the channel; the program must accept it
 * @param nominator who nominates: the artisan's own name for self-nomination, else the organisation
 * @param declarations the facts the candidate declares
 */
public record NominationRequest(ArtisanId artisanId, NominationChannel channel, String nominator, Declarations declarations) {
    /**
     * Creates a request.
     *
     * @param artisanId not null
     * @param channel not null
     * @param nominator 1 to 200 characters
     * @param declarations not null
     * @throws org.talentregistry.InvalidFieldException naming the faulty field
     */
    public NominationRequest {
        if (artisanId == null) {
            throw new org.talentregistry.InvalidFieldException("artisanId", "is required");
        }
        if (channel == null) {
            throw new org.talentregistry.InvalidFieldException("channel", "is required");
        }
        nominator = Texts.required("nominator", nominator, 200);
        Objects.requireNonNull(declarations, "declarations");
    }
}
