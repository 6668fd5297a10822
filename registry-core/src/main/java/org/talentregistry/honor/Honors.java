package org.talentregistry.honor;

import java.time.LocalDate;
import java.util.List;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;

/**
 * The honors of one tenant, reached through {@link org.talentregistry.TalentRegistry#honors()}. Honors are
 * granted by naming a round (see {@link org.talentregistry.selection.SelectionRounds#name}).
 */
public interface Honors {

    /**
     * Returns an honor.
     *
     * @param id the honor, not null
     * @return the honor, not null
     * @throws HonorNotFoundException if there is no such honor
     */
    Honor get(HonorId id);

    /**
     * Lists an artisan's honors, revoked ones included.
     *
     * @param artisanId the artisan, not null
     * @return the honors, unmodifiable
     */
    List<Honor> ofArtisan(ArtisanId artisanId);

    /**
     * Lists an artisan's honors active on a date.
     *
     * @param artisanId the artisan, not null
     * @param date the date, not null
     * @return the honors, unmodifiable
     * @throws org.talentregistry.InvalidFieldException naming {@code date} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    List<Honor> activeOn(ArtisanId artisanId, LocalDate date);

    /**
     * Lists a program's honors, revoked ones included.
     *
     * @param programId the program, not null
     * @return the honors, unmodifiable
     */
    List<Honor> ofProgram(HonorProgramId programId);

    /**
     * Lists the honors granted by a naming decision.
     *
     * @param decisionNumber the decision's number, not null
     * @return the honors, unmodifiable
     * @throws org.talentregistry.InvalidFieldException naming {@code decisionNumber} if it is over 100 characters
     *     or holds a control character, or {@code revocation.effectiveOn} if it is before the decision's date;
     *     nothing is written
     */
    List<Honor> ofDecision(String decisionNumber);

    /**
     * Returns a naming decision's honor roll (表彰名单): its honors in the order they were granted, each with
     * the honoree's name, employer and occupation as they were on record when the decision named them.
     *
     * @param decisionNumber the decision's number, not null
     * @return the roll, unmodifiable, empty for a number no decision of the tenant has
     * @throws org.talentregistry.InvalidFieldException naming {@code decisionNumber} if it is over 100 characters
     *     or holds a control character
     */
    List<HonorRollEntry> roll(String decisionNumber);

    /**
     * Revokes an honor (撤销称号); it stays in history, stops counting from the revocation's effective date, and
     * ends the talent-pool membership it brought.
     *
     * @param actor who records the revocation, not null
     * @param id the honor, not null
     * @param request the reason, detail, effective date and approving body, not null
     * @return the revoked honor, not null
     * @throws HonorNotFoundException if there is no such honor
     * @throws org.talentregistry.selection.SelectionRefusedException with rule {@code ALREADY_REVOKED}
     * @throws org.talentregistry.InvalidFieldException naming {@code revocation.effectiveOn} if it is before the
     *     naming decision's date; nothing is written
     */
    Honor revoke(Actor actor, HonorId id, RevocationRequest request);

    /**
     * Revokes every honor of a naming decision at once, atomically; honors already revoked among them are left as
     * they are.
     *
     * @param actor who records the revocation, not null
     * @param decisionNumber the decision's number, not null
     * @param request the reason, detail, effective date and approving body, not null
     * @return the decision's honors after revocation, not null
     * @throws HonorNotFoundException if the decision granted no honor
     * @throws org.talentregistry.InvalidFieldException naming {@code decisionNumber} if it is over 100 characters
     *     or holds a control character, or {@code revocation.effectiveOn} if it is before the decision's date;
     *     nothing is written
     * @throws org.talentregistry.selection.SelectionRefusedException {@code ALREADY_REVOKED} if every honor of the
     *     decision is revoked already; nothing is written
     */
    List<Honor> revokeDecision(Actor actor, String decisionNumber, RevocationRequest request);
}
