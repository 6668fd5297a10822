package org.talentregistry.title;

import java.time.LocalDate;
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
     * @throws org.talentregistry.artisan.ArtisanNotFoundException if the artisan is not registered
     */
    PriorityDecision check(ArtisanId artisanId, String titleCode, LocalDate asOf);

    /**
     * Decides for many artisans, streaming the decisions back in the order of the ids, in constant memory
     * and with a bounded number of queries: the ids are read in chunks and each chunk takes two queries
     * (birth dates, honors), never one per person. Ids of artisans the tenant does not have are skipped.
     *
     * @param artisanIds the artisans, not null; consumed lazily as the result is consumed
     * @param titleCode the title, not null
     * @param asOf the date, not null
     * @return the decisions; close it (or consume it fully) to release the store session
     * @throws TitleRefusedException {@code NO_POLICY_IN_FORCE}
     */
    Stream<PriorityDecision> checkAll(Stream<ArtisanId> artisanIds, String titleCode, LocalDate asOf);
}
