package org.talentregistry.title;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Stream;
import org.talentregistry.artisan.ArtisanId;

/**
 * The bureau's question: does this person have priority for this title, as of this date, and why?
 * Reached through {@link org.talentregistry.TalentRegistry#priority()}.
 */
public interface PriorityCheck {

    /**
     * Decides for one artisan.
     *
     * @param artisanId the artisan, not null
     * @param titleCode the title, not null
     * @param asOf the date, not null
     * @return the decision with every condition and the policy version
     * @throws TitleRefusedException {@code NO_POLICY_IN_FORCE}
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     * @throws org.talentregistry.artisan.ArtisanNotFoundException if the artisan is not registered
     */
    PriorityDecision check(ArtisanId artisanId, String titleCode, LocalDate asOf);

    /**
     * Decides for many artisans, streaming one decision per id back in the order of the ids, in constant
     * memory and with a bounded number of queries: the ids are read in chunks, and each chunk takes one query
     * for the honors of the kinds the policy's conditions name and, only if the policy has an age condition,
     * one for the birth dates; never one per person. Where the tenant holds few honors of those kinds beside a
     * chunk's ids (a quarter as many or fewer, counted by one more query), the check reads all of them once,
     * for every chunk, instead of sending the ids.
     *
     * <p>Unlike {@link #check}, which refuses an artisan the tenant does not have, the bulk check does not
     * look the artisans up unless the policy needs their birth dates: that lookup costs as much as the honors
     * themselves. An id the tenant has no artisan for gets a decision from what the registry holds for it,
     * which is nothing: no honor, and an age condition unmet because no birth date is on record (the
     * explanation says so). Check ids against the registry first where they may be wrong.
     *
     * @param artisanIds the artisans, not null, no id null; consumed lazily as the result is consumed
     * @param titleCode the title, not null
     * @param asOf the date, not null
     * @return the decisions, one per id; close it (or consume it fully) to release the store session
     * @throws TitleRefusedException {@code NO_POLICY_IN_FORCE}
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    Stream<PriorityDecision> checkAll(Stream<ArtisanId> artisanIds, String titleCode, LocalDate asOf);

    /**
     * Screens many artisans: answers, for each, whether it has priority and which conditions it meets, and
     * makes a decision only for the artisans asked about ({@link PriorityScreen#decision}). What a bureau asks
     * of 100,000 applicants when it wants who has priority rather than 100,000 explanations: the screen holds a
     * reference and a few bits per artisan, where {@link #checkAll} makes a decision for each.
     *
     * <p>For each honor condition the screen reads the ids of the artisans holding an active honor of its kind
     * on the date, one column: of every such honor the tenant holds where they are few beside the ids given
     * (at most twice as many: the read stops one past that; H2 counts them first and reads at most half as
     * many), otherwise of the ids given. An age condition reads the birth dates of the ids given. As in {@link #checkAll}, an id the tenant has no artisan for holds no
     * honor and no birth date: it is not refused.
     *
     * @param artisanIds the artisans, in the order the answers take, repeats allowed, not null, no id null
     * @param titleCode the title, not null
     * @param asOf the date, not null
     * @return the answers, not null
     * @throws TitleRefusedException {@code NO_POLICY_IN_FORCE}
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE},
     *     or naming {@code artisanIds} if an id is null
     */
    PriorityScreen screen(Collection<ArtisanId> artisanIds, String titleCode, LocalDate asOf);
}
