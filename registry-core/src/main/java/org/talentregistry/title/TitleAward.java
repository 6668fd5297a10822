package org.talentregistry.title;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;

/**
 * A technician title held by an artisan from a start date, for a term or for life.
 *
 * @param id the award's id
 * @param titleCode the title's code, e.g. {@code zibo-chief-technician}
 * @param titleName the title's name when awarded, e.g. 淄博市首席技师
 * @param artisanId the holder
 * @param roundId the round that selected the holder
 * @param startsOn the first day the title is held
 * @param endsOn the first day it is no longer held (the term's end), or empty for a title without a term
 */
public record TitleAward(TitleAwardId id, String titleCode, String titleName, ArtisanId artisanId, TitleRoundId roundId,
        LocalDate startsOn, Optional<LocalDate> endsOn) {
    /**
     * Creates an award.
     *
     * @param id not null
     * @param titleCode not null
     * @param titleName not null
     * @param artisanId not null
     * @param roundId not null
     * @param startsOn not null
     * @param endsOn not null (empty for no term)
     */
    public TitleAward {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(titleName, "titleName");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
    }

    /**
     * Tells whether the title is held on a date.
     *
     * @param date the date, not null
     * @return true if {@code startsOn <= date < endsOn}
     */
    public boolean isActiveOn(LocalDate date) {
        return !startsOn.isAfter(date) && endsOn.map(date::isBefore).orElse(true);
    }
}
