package org.talentregistry.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SiteVisit;

/** Stores nominations and their verdicts for the session's tenant. */
public interface NominationStore {

    /**
     * Inserts an active nomination without a verdict.
     *
     * @param roundId the round, not null
     * @param request the request, not null
     * @param at the submission instant, not null
     * @return the new nomination's id
     * @throws org.talentregistry.selection.SelectionRefusedException with rule {@code ALREADY_NOMINATED} if
     *     the artisan is already nominated in the round, even concurrently
     */
    NominationId insert(RoundId roundId, NominationRequest request, Instant at);

    /**
     * Reads a nomination with its verdict.
     *
     * @param id the nomination, not null
     * @param forUpdate true to lock it until the transaction ends
     * @return the nomination, or empty
     */
    Optional<Nomination> find(NominationId id, boolean forUpdate);

    /**
     * Finds an artisan's nomination in a round.
     *
     * @param roundId the round, not null
     * @param artisanId the artisan, not null
     * @return the nomination, or empty
     */
    Optional<Nomination> find(RoundId roundId, ArtisanId artisanId);

    /**
     * Lists a round's nominations, by id (submission order), with their verdicts.
     *
     * @param roundId the round, not null
     * @return the nominations, not null
     */
    List<Nomination> list(RoundId roundId);

    /**
     * Lists an artisan's nominations in every round, by id (submission order), with their verdicts.
     *
     * @param artisanId the artisan, not null
     * @return the nominations, not null
     */
    List<Nomination> ofArtisan(ArtisanId artisanId);

    /**
     * Sets a nomination's status.
     *
     * @param id the nomination, not null
     * @param status the status, not null
     */
    void setStatus(NominationId id, NominationStatus status);

    /**
     * Replaces a nomination's verdict, clearances included.
     *
     * @param id the nomination, not null
     * @param verdict the verdict, not null
     */
    void setVerdict(NominationId id, Verdict verdict);

    /**
     * Marks or unmarks a nomination's votes as brushed.
     *
     * @param id the nomination, not null
     * @param brushed whether brushed
     */
    void setVotesBrushed(NominationId id, boolean brushed);

    /**
     * Sets, or replaces, a nomination's merit summary for the public notice list.
     *
     * @param id the nomination, not null
     * @param summary the summary, not null
     */
    void setMeritSummary(NominationId id, String summary);

    /**
     * Returns the merit summaries of a round's nominations.
     *
     * @param roundId the round, not null
     * @return nomination to summary, only nominations with one, not null
     */
    Map<NominationId, String> meritSummaries(RoundId roundId);

    /**
     * Keeps the names a named round's ranking shows from then on: for each of {@code naming} and for each
     * other nomination of the round that has none kept yet, its artisan's name as the registry holds it now.
     * Each naming of a round calls this with the nominees it names, so that a nominee is ranked under the
     * name its honor keeps, and one never named under the name it had when the round was first named.
     *
     * @param roundId the round, not null
     * @param naming the round's nominations being named now, not null
     */
    void keepNames(RoundId roundId, Collection<NominationId> naming);

    /**
     * Returns the names {@link #keepNames} kept for a round's nominations.
     *
     * @param roundId the round, not null
     * @return nomination to the name kept, only nominations with one, not null
     */
    Map<NominationId, String> keptNames(RoundId roundId);

    /**
     * Records, or replaces, a nominee's site visit.
     *
     * @param roundId the nominee's round, not null
     * @param visit the visit, not null
     */
    void saveSiteVisit(RoundId roundId, SiteVisit visit);

    /**
     * Lists a round's site visits.
     *
     * @param roundId the round, not null
     * @return the visits, by nomination id, not null
     */
    List<SiteVisit> siteVisits(RoundId roundId);

    /**
     * Records the public notices of nominees; a nominee with one already keeps it.
     *
     * @param roundId the nominees' round, not null
     * @param notices the notices, not null
     */
    void addNotices(RoundId roundId, List<NomineeNotice> notices);

    /**
     * Lists the public notices of a round's nominees.
     *
     * @param roundId the round, not null
     * @return the notices, by nomination id, not null
     */
    List<NomineeNotice> notices(RoundId roundId);
}
