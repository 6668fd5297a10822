package org.talentregistry.title;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Revocation;

/**
 * A technician title held by an artisan from a start date, for a term or for life, unless it is revoked.
 *
 * @param id the award's id
 * @param titleCode the title's code, e.g. {@code zibo-chief-technician}
 * @param titleName the title's name when awarded, e.g. 淄博市首席技师
 * @param artisanId the holder
 * @param roundId the round that selected the holder
 * @param region the region whose round awarded it
 * @param rulesVersion the version of the title's rules the round was decided under
 * @param startsOn the first day the title is held
 * @param endsOn the first day it is no longer held (the term's end), or empty for a title without a term
 * @param revocation the title's revocation (撤销), if it was revoked: from its effective day the title is no
 *     longer held, whatever its term
 */
public record TitleAward(TitleAwardId id, String titleCode, String titleName, ArtisanId artisanId, TitleRoundId roundId,
        IssuingRegion region, int rulesVersion, LocalDate startsOn, Optional<LocalDate> endsOn,
        Optional<Revocation> revocation) implements Localizable {
    /**
     * Creates an award.
     *
     * @param id not null
     * @param titleCode not null
     * @param titleName not null
     * @param artisanId not null
     * @param roundId not null
     * @param region not null
     * @param rulesVersion at least 1
     * @param startsOn not null
     * @param endsOn not null (empty for no term)
     * @param revocation not null (empty unless revoked)
     */
    public TitleAward {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(titleName, "titleName");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(region, "region");
        if (rulesVersion < 1) {
            throw new IllegalArgumentException("rulesVersion must be at least 1, got " + rulesVersion);
        }
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(revocation, "revocation");
    }

    /**
     * Creates an award that is not revoked.
     *
     * @param id not null
     * @param titleCode not null
     * @param titleName not null
     * @param artisanId not null
     * @param roundId not null
     * @param region not null
     * @param rulesVersion at least 1
     * @param startsOn not null
     * @param endsOn not null (empty for no term)
     */
    public TitleAward(TitleAwardId id, String titleCode, String titleName, ArtisanId artisanId, TitleRoundId roundId,
            IssuingRegion region, int rulesVersion, LocalDate startsOn, Optional<LocalDate> endsOn) {
        this(id, titleCode, titleName, artisanId, roundId, region, rulesVersion, startsOn, endsOn, Optional.empty());
    }

    /**
     * Returns this award with another id, as the store assigns it.
     *
     * @param newId not null
     * @return the copy, not null
     */
    public TitleAward withId(TitleAwardId newId) {
        return new TitleAward(newId, titleCode, titleName, artisanId, roundId, region, rulesVersion, startsOn, endsOn,
                revocation);
    }

    /**
     * Tells whether the title is held on a date.
     *
     * @param date the date, not null
     * @return true if {@code startsOn <= date < endsOn}, and the date is before the revocation's effective day
     */
    public boolean isActiveOn(LocalDate date) {
        return !startsOn.isAfter(date) && endsOn.map(date::isBefore).orElse(true)
                && revocation.map(r -> date.isBefore(r.effectiveOn())).orElse(true);
    }

    /** @return true if the title was revoked */
    public boolean isRevoked() {
        return revocation.isPresent();
    }

    /**
     * Returns the first day the title is no longer held: its term's end or its revocation's effective day,
     * whichever comes first.
     *
     * @return the day, or empty for a title held for life and not revoked
     */
    public Optional<LocalDate> heldUntil() {
        return revocation.map(Revocation::effectiveOn)
                .map(revoked -> endsOn.filter(revoked::isAfter).orElse(revoked))
                .or(() -> endsOn);
    }

    /** @return what was awarded, as a message: title, region, term and rules version, and the revocation if any */
    public Message outcome() {
        if (revocation.isPresent()) {
            Revocation r = revocation.get();
            if (endsOn.isPresent() && !r.effectiveOn().isBefore(endsOn.get())) {
                return Message.of(TitleText.AWARDED_REVOKED_AFTER_TERM, titleName, region, startsOn, endsOn.get(),
                        r.effectiveOn(), r.reason(), rulesVersion);
            }
            return Message.of(TitleText.AWARDED_REVOKED, titleName, region, startsOn, r.effectiveOn(), r.reason(),
                    rulesVersion);
        }
        return endsOn.map(end -> Message.of(TitleText.AWARDED, titleName, region, startsOn, end, rulesVersion))
                .orElseGet(() -> Message.of(TitleText.AWARDED_FOR_LIFE, titleName, region, startsOn, rulesVersion));
    }

    /**
     * Says e.g. "awarded 淄博市首席技师 by city 370300, held from 2024-09-01, no longer from 2028-09-01, under rules
     * version 2": the term's end is the first day the title is no longer held, and the texts say so, where "自 … 起至
     * 2028-09-01 止" read as held on that day too.
     */
    @Override
    public String render(Locale locale) {
        return outcome().render(locale);
    }
}
