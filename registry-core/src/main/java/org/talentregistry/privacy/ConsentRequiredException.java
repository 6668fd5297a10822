package org.talentregistry.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.RegistryException;
import org.talentregistry.internal.Catalog;
import org.talentregistry.artisan.ArtisanId;

/**
 * Thrown when an operation needs artisans' consent to a purpose on a date and some have none on record;
 * nothing is written or published. The message names the artisans (by name: names are what a public list
 * shows anyway) in Chinese and English.
 */
public class ConsentRequiredException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final ConsentPurpose purpose;
    private final LocalDate date;
    private final List<ArtisanId> artisanIds;
    private final List<String> names;

    /**
     * Creates the exception.
     *
     * @param purpose the purpose consent is missing for, not null
     * @param date the date it is needed on, not null
     * @param artisanIds the artisans without it, not null, not empty
     * @param names their names, in the same order, not null
     */
    public ConsentRequiredException(ConsentPurpose purpose, LocalDate date, List<ArtisanId> artisanIds, List<String> names) {
        super(Message.of(ConsentRefusal.CONSENT_REQUIRED, purpose, date, joined(List.copyOf(names))));
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.date = Objects.requireNonNull(date, "date");
        this.artisanIds = List.copyOf(artisanIds);
        this.names = List.copyOf(names);
    }

    /** @return the purpose consent is missing for, not null */
    public ConsentPurpose getPurpose() {
        return purpose;
    }

    /** @return the date it is needed on, not null */
    public LocalDate getDate() {
        return date;
    }

    /** @return the artisans without it, unmodifiable */
    public List<ArtisanId> getArtisanIds() {
        return artisanIds;
    }

    /** @return their names, in the same order, unmodifiable */
    public List<String> getNames() {
        return names;
    }

    private static Localizable joined(List<String> names) {
        return locale -> String.join(Catalog.chinese(locale) ? "、" : ", ", names);
    }
}
