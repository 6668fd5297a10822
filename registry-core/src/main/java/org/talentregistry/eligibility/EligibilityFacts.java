package org.talentregistry.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.honor.Honor;

/**
 * What criteria are evaluated against: the artisan as registered, the date, the candidate's
 * declarations, and the honors the artisan holds or held.
 *
 * @param artisan the artisan, not null
 * @param asOf the date of evaluation (the application date), not null
 * @param declarations the declared facts, not null
 * @param honors every honor of the artisan, active or revoked, unmodifiable
 */
public record EligibilityFacts(Artisan artisan, LocalDate asOf, Declarations declarations, List<Honor> honors) {
    /**
     * Creates the facts.
     *
     * @param artisan the artisan, not null
     * @param asOf the date, not null
     * @param declarations the declarations, not null
     * @param honors the honors, not null
     */
    public EligibilityFacts {
        Objects.requireNonNull(artisan, "artisan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(declarations, "declarations");
        honors = List.copyOf(honors);
    }
}
