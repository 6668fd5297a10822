package org.talentregistry.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.honor.Honor;
import org.talentregistry.title.TitleAward;

/**
 * What criteria are evaluated against: the artisan as registered, the date, the candidate's
 * declarations, and the honors the artisan holds or held.
 *
 * @param artisan the artisan, not null
 * @param asOf the date of evaluation (the application date), not null
 * @param declarations the declared facts, not null
 * @param honors every honor of the artisan, active or revoked, unmodifiable
 * @param titles every technician title the artisan was awarded, lapsed or not, unmodifiable
 */
public record EligibilityFacts(Artisan artisan, LocalDate asOf, Declarations declarations, List<Honor> honors,
        List<TitleAward> titles) {
    /**
     * Creates the facts.
     *
     * @param artisan the artisan, not null
     * @param asOf the date, not null
     * @param declarations the declarations, not null
     * @param honors the honors, not null
     * @param titles the title awards, not null
     */
    public EligibilityFacts {
        Objects.requireNonNull(artisan, "artisan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(declarations, "declarations");
        honors = List.copyOf(honors);
        titles = List.copyOf(titles);
    }

    /**
     * Creates the facts of an artisan who holds no technician title.
     *
     * @param artisan the artisan, not null
     * @param asOf the date, not null
     * @param declarations the declarations, not null
     * @param honors the honors, not null
     */
    public EligibilityFacts(Artisan artisan, LocalDate asOf, Declarations declarations, List<Honor> honors) {
        this(artisan, asOf, declarations, honors, List.of());
    }
}
