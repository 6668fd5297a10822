package org.talentregistry.privacy;

import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.StaleArtisanException;

/**
 * A person's rights over their data and the registry's retention (PIPL), reached through
 * {@link org.talentregistry.TalentRegistry#personalData()}.
 */
public interface PersonalData {

    /**
     * Exports everything the registry holds about a person; the export is audited.
     *
     * @param actor who exports it, not null
     * @param artisanId the person, not null
     * @return the export, not null
     * @throws NullPointerException if an argument is null
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     */
    PersonalDataExport export(Actor actor, ArtisanId artisanId);

    /**
     * Corrects a person's details at their request (PIPL Art. 46): an update whose audit event names the request.
     *
     * @param actor who corrects, not null
     * @param edited the artisan with corrected details, read before (its version guards against lost updates), not null
     * @param requestReference the person's request, e.g. {@code 更正申请 2021-007}, 1 to 200
     *     characters without control characters
     * @return the artisan as stored, not null
     * @throws NullPointerException if the actor or the artisan is null
     * @throws InvalidFieldException naming {@code requestReference} if blank, too long or with a control
     *     character, or a field of the details
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     * @throws StaleArtisanException if the artisan changed since {@code edited} was read
     */
    Artisan correct(Actor actor, Artisan edited, String requestReference);

    /**
     * Erases a person's resident identity number at their request (PIPL Art. 47) or when its purpose has
     * ended. The registry keeps the number's keyed hash and the birth date it encoded, so the person is still
     * found by the number ({@code findByResidentId}, the priority check, an import's matching) and cannot be
     * registered a second time; reads and exports no longer hold the number, and audit events only ever held
     * its masked form. Names, honors and decisions stay. An update that gives the number again puts it back.
     * Audited with the request; erasing a number erased already changes nothing.
     *
     * @param actor who erases it, not null
     * @param artisanId the person, not null
     * @param requestReference the request or reason, e.g. {@code 删除申请 2025-003}, 1 to 200 characters
     *     without control characters
     * @return the artisan as stored, without the number, not null
     * @throws NullPointerException if the actor or the id is null
     * @throws InvalidFieldException naming {@code requestReference} if blank, too long or with a control character
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     */
    Artisan eraseIdentityNumber(Actor actor, ArtisanId artisanId, String requestReference);

    /**
     * Removes what is past the retention policy as of today (the registry's clock): voter keys of rounds named
     * or cancelled whose notice ended long enough ago, and phones and identity numbers of artisans who left the
     * pool long enough ago, each by its own period (a number is erased as {@link #eraseIdentityNumber} erases
     * it). Runs in transactions of at most the policy's batch size, each audited; names, honors and decisions
     * stay.
     *
     * @param actor who runs it, not null
     * @return what was removed, not null
     * @throws NullPointerException if the actor is null
     */
    PurgeReport purge(Actor actor);
}
