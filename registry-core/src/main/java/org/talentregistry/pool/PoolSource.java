package org.talentregistry.pool;

import java.util.Objects;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.internal.Texts;

/**
 * Why an artisan is in the talent pool: an honor of a tier that enters it, or an addition by the bureau
 * from another source (a technician title, a provincial honor the registry does not hold).
 */
public sealed interface PoolSource {

    /**
     * Describes the source in a short phrase.
     *
     * @return e.g. {@code honor 12 (program 3, tier gold, 2018)} or {@code added: 淄博市首席技师（2019）}, not null
     */
    String describe();

    /**
     * An honor of a pool tier; the membership ends when the honor is revoked.
     *
     * @param honorId the honor, not null
     * @param programId its program, not null
     * @param tierCode its tier, not null
     * @param year the honor's year
     */
    record ByHonor(HonorId honorId, HonorProgramId programId, String tierCode, int year) implements PoolSource {
        /**
         * Creates the source.
         *
         * @throws NullPointerException if an id or the tier is null
         */
        public ByHonor {
            Objects.requireNonNull(honorId, "honorId");
            Objects.requireNonNull(programId, "programId");
            Objects.requireNonNull(tierCode, "tierCode");
        }

        @Override
        public String describe() {
            return "honor " + honorId + " (program " + programId + ", tier " + tierCode + ", " + year + ")";
        }
    }

    /**
     * An addition by the bureau from a source the registry does not derive membership from.
     *
     * @param description what brought the artisan in, e.g. {@code 淄博市首席技师（2019年）}, 1 to 200 characters
     */
    record AddedByBureau(String description) implements PoolSource {
        /**
         * Creates the source.
         *
         * @throws InvalidFieldException naming {@code source} if the description is null, blank or too long
         */
        public AddedByBureau {
            description = Texts.required("source", description, 200);
        }

        @Override
        public String describe() {
            return "added: " + description;
        }
    }
}
