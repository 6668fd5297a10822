package org.talentregistry.privacy;

import java.time.LocalDate;
import java.util.List;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;

/**
 * The consent records of one tenant (PIPL), reached through {@link org.talentregistry.TalentRegistry#consents()}.
 * The registry checks them where an operation needs them: the public notice list needs
 * {@link ConsentPurpose#PUBLIC_DISCLOSURE}, a media engagement {@link ConsentPurpose#MEDIA}, sharing the pool
 * with the bureau {@link ConsentPurpose#SHARING_WITH_BUREAU}.
 */
public interface Consents {

    /**
     * Records a consent.
     *
     * @param actor who records it, not null
     * @param grant the consent, not null; its values were checked when it was created ({@link ConsentGrant})
     * @return the consent on record, not null
     * @throws NullPointerException if an argument is null
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     * @throws ConsentRefusedException if a consent to the same purpose is already on record and not withdrawn
     */
    Consent give(Actor actor, ConsentGrant grant);

    /**
     * Withdraws an artisan's consent to a purpose from a day on.
     *
     * @param actor who records it, not null
     * @param artisanId the artisan, not null
     * @param purpose the purpose, not null
     * @param effectiveOn the first day the consent no longer holds, a date of an event (from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}),
     *     not null
     * @param evidence where the withdrawal is documented, 1 to 200 characters without control characters
     * @return the consent with its withdrawal, not null
     * @throws NullPointerException if an argument other than the evidence is null
     * @throws InvalidFieldException naming {@code evidence} if it is blank, too long or holds a control
     *     character, or {@code effectiveOn} if it is outside the range of event dates or before the consent
     *     was given
     * @throws ConsentRefusedException if no consent to the purpose is open
     */
    Consent withdraw(Actor actor, ArtisanId artisanId, ConsentPurpose purpose, LocalDate effectiveOn, String evidence);

    /**
     * Tells whether an artisan's consent to a purpose holds on a date.
     *
     * @param artisanId the artisan, not null
     * @param purpose the purpose, not null
     * @param date the date, not null
     * @return true if a consent on record holds on that date
     * @throws NullPointerException if an argument is null
     * @throws InvalidFieldException naming {@code date} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    boolean holds(ArtisanId artisanId, ConsentPurpose purpose, LocalDate date);

    /**
     * Lists an artisan's consents, withdrawn ones included.
     *
     * @param artisanId the artisan, not null
     * @return the consents, in the order they were given, unmodifiable
     * @throws NullPointerException if the id is null
     */
    List<Consent> ofArtisan(ArtisanId artisanId);
}
