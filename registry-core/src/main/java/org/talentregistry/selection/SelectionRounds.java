package org.talentregistry.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.NamingDecision;

/**
 * Runs selection rounds, reached through {@link org.talentregistry.TalentRegistry#rounds()}.
 *
 * <p>A round moves through its stages one at a time: {@link #open} → nominations ({@link #nominate}, {@link
 * #withdraw}) → {@link #closeNominations} (each nomination gets its verdict) → eligibility review ({@link
 * #clearFlag}) → {@link #closeEligibilityReview} → expert review ({@link #addReviewer}, {@link
 * #declareConflict}, {@link #score}) → {@link #closeExpertReview} → public voting ({@link #castVote}, {@link
 * #ingestVotes}, {@link #markBrushed}) → {@link #closeVoting} → scoring ({@link #ranking}) → {@link
 * #startNotice} → public notice ({@link #fileObjection}, {@link #decideObjection}) → {@link #name}. That is
 * the {@link StagePlan#standard() standard plan}; a program version's {@link StagePlan} may put the public
 * vote while or before experts score, shortlist nominees when expert review closes, and add a site visit
 * ({@link #startSiteVisits}, {@link #recordSiteVisit}) before the notice. Naming may go nominee by nominee:
 * {@link #defer} a nominee under investigation, name the others, later name it by a supplementary decision
 * or {@link #drop} it (the waitlist moves up; {@link #noticePromoted} when the program requires a notice of
 * the promoted nominee's own). Every operation checks the stage and refuses with a {@link
 * RoundStageException} naming the stage the round is in and the plan's next step; a business rule refuses
 * with a {@link SelectionRefusedException} naming the rule. Refusals say themselves in Chinese and English
 * ({@link org.talentregistry.RegistryException#getMessage(java.util.Locale)}). A refused operation writes
 * nothing. Every change writes an audit event.
 */
public interface SelectionRounds {

    /**
     * Opens the round of a program for a year, pinned to the program's current version.
     *
     * @param actor who opens it, not null
     * @param programId the program, not null
     * @param year a year within the program
     * @return the round, in {@link RoundStage#NOMINATIONS_OPEN}
     * @throws SelectionRefusedException {@code YEAR_OUTSIDE_PROGRAM} or {@code ROUND_EXISTS_FOR_YEAR}
     * @throws org.talentregistry.InvalidFieldException naming {@code voteSecret} if the program takes a public
     *     vote (its vote weight is above zero) and the registry was built without a vote secret
     */
    SelectionRound open(Actor actor, HonorProgramId programId, int year);

    /**
     * Returns a round.
     *
     * @param id the round, not null
     * @return the round, not null
     * @throws RoundNotFoundException if there is no such round
     */
    SelectionRound get(RoundId id);

    /**
     * Lists a program's rounds by year.
     *
     * @param programId the program, not null
     * @return the rounds, unmodifiable
     */
    List<SelectionRound> list(HonorProgramId programId);

    /**
     * Cancels a round that is not yet named.
     *
     * @param actor who cancels, not null
     * @param id the round, not null
     * @param reason why, not blank
     * @return the cancelled round
     */
    SelectionRound cancel(Actor actor, RoundId id, String reason);

    /**
     * Submits a nomination.
     *
     * @param actor who submits, not null
     * @param roundId the round, not null
     * @param request the candidate, channel, nominator and declarations, not null
     * @return the nomination, active, without a verdict yet
     * @throws SelectionRefusedException {@code CHANNEL_NOT_ACCEPTED}, {@code ALREADY_NOMINATED} or {@code
     *     ALREADY_HONORED}
     * @throws org.talentregistry.artisan.ArtisanNotFoundException if the artisan is not registered
     */
    Nomination nominate(Actor actor, RoundId roundId, NominationRequest request);

    /**
     * Withdraws a nomination, until eligibility review ends.
     *
     * @param actor who withdraws, not null
     * @param id the nomination, not null
     * @param reason why, not blank
     * @return the withdrawn nomination
     */
    Nomination withdraw(Actor actor, NominationId id, String reason);

    /**
     * Returns a nomination with its verdict.
     *
     * @param id the nomination, not null
     * @return the nomination, not null
     * @throws NominationNotFoundException if there is no such nomination
     */
    Nomination nomination(NominationId id);

    /**
     * Lists a round's nominations in submission order.
     *
     * @param roundId the round, not null
     * @return the nominations, unmodifiable
     */
    List<Nomination> nominations(RoundId roundId);

    /**
     * Lists an artisan's nominations in every round of the tenant, in submission order, each with its status and
     * eligibility verdict: what an HR office's record of the person shows (申报记录).
     *
     * @param artisanId the artisan, not null
     * @return the nominations, unmodifiable; empty for an artisan never nominated or not the tenant's
     * @throws NullPointerException if the id is null
     */
    List<Nomination> nominationsOf(ArtisanId artisanId);

    /**
     * Closes nominations and gives each active nomination its verdict, evaluated as of its submission date.
     *
     * @param actor who closes, not null
     * @param roundId the round, not null
     * @return the round, in {@link RoundStage#ELIGIBILITY_REVIEW}
     */
    SelectionRound closeNominations(Actor actor, RoundId roundId);

    /**
     * Clears a flag raised by a soft criterion, with a recorded reason.
     *
     * @param actor who clears it, not null
     * @param id the nomination, not null
     * @param criterionId the flagged criterion, not null
     * @param reason why, not blank
     * @return the nomination with its updated verdict
     * @throws SelectionRefusedException {@code NO_SUCH_FLAG} if the criterion is not an open flag
     */
    Nomination clearFlag(Actor actor, NominationId id, String criterionId, String reason);

    /**
     * Ends eligibility review.
     *
     * @param actor who ends it, not null
     * @param roundId the round, not null
     * @return the round, in {@link RoundStage#EXPERT_REVIEW}
     * @throws SelectionRefusedException {@code OPEN_FLAGS} if an active nomination has an open flag
     */
    SelectionRound closeEligibilityReview(Actor actor, RoundId roundId);

    /**
     * Registers an expert reviewer for a round.
     *
     * @param actor who registers, not null
     * @param roundId the round, not null
     * @param name the reviewer's name, not blank
     * @param employer the credit code of the reviewer's employer, or null
     * @return the reviewer
     */
    Reviewer addReviewer(Actor actor, RoundId roundId, String name, CreditCode employer);

    /**
     * Lists a round's reviewers.
     *
     * @param roundId the round, not null
     * @return the reviewers, unmodifiable
     */
    List<Reviewer> reviewers(RoundId roundId);

    /**
     * Declares a conflict of interest between a reviewer and a nominee.
     *
     * @param actor who declares, not null
     * @param reviewerId the reviewer, not null
     * @param nominationId the nominee, not null
     * @param reason why, not blank
     * @return the conflict
     */
    Conflict declareConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason);

    /**
     * Dismisses a conflict (computed or declared) with a recorded reason; the reviewer may then score.
     *
     * @param actor who dismisses, not null
     * @param reviewerId the reviewer, not null
     * @param nominationId the nominee, not null
     * @param reason why, not blank
     * @return the dismissed conflict
     */
    Conflict dismissConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason);

    /**
     * Lists a round's conflicts: those computed from the registry (a reviewer and a nominee with the same
     * employer) and those declared, dismissed ones included. The computed ones are worked out from the employers
     * on record while the round's experts may score; when expert review closes (or the round is cancelled) they
     * are recorded as they stand, and from then on the round lists what it recorded, whatever employers change.
     *
     * @param roundId the round, not null
     * @return the conflicts, unmodifiable
     */
    List<Conflict> conflicts(RoundId roundId);

    /**
     * Records (or replaces) a reviewer's score for a nominee: one value per review item of the program's
     * scheme, each from 0 to the item's maximum, with at most 3 decimal places.
     *
     * @param actor who records, not null
     * @param reviewerId the reviewer, not null
     * @param nominationId the nominee, not null
     * @param items points per item code, not null
     * @return the score
     * @throws SelectionRefusedException {@code CONFLICT_OF_INTEREST} or {@code SCORE_OUT_OF_SCALE}
     */
    ExpertScore score(Actor actor, ReviewerId reviewerId, NominationId nominationId, Map<String, BigDecimal> items);

    /**
     * Records (or replaces) a reviewer's whole score sheet at once: one score per nominee, each checked as
     * {@link #score} checks it, all recorded or none. A sheet is one transaction with its reads done once, where
     * {@link #score} per nominee reads the round, its scheme and the conflicts for every row: for a panel's 150
     * nominees, a fraction of the time.
     *
     * <p>A refused row refuses the sheet: the exception's rule is the row's ({@code CONFLICT_OF_INTEREST},
     * {@code SCORE_OUT_OF_SCALE}, {@code NOMINATION_NOT_ACTIVE}) and its message names the nominee and the
     * row's reason. Leave conflicted nominees off the sheet ({@link #conflicts} lists them).
     *
     * @param actor who records, not null
     * @param reviewerId the reviewer, not null
     * @param sheet points per item code, per nominee of the reviewer's round, not null, not empty, no null key
     *     or value; the scores come back in its iteration order
     * @return the scores, unmodifiable
     * @throws SelectionRefusedException if a row is refused, naming it
     * @throws org.talentregistry.InvalidFieldException naming {@code sheet} if it is empty or names a nomination
     *     of another round, or {@code reviewerId} if there is no such reviewer
     * @throws RoundStageException if the round is not in expert review
     */
    List<ExpertScore> scoreAll(Actor actor, ReviewerId reviewerId, Map<NominationId, Map<String, BigDecimal>> sheet);

    /**
     * Ends expert review: the round moves to the next stage of its plan (public voting, or scoring when the
     * vote came first or ran while experts scored). Under a shortlist plan, only the shortlist's size of
     * nominees with the best expert scores (ties broken by the scheme's rules) stay in the running; the
     * others become {@link NominationStatus#NOT_SHORTLISTED}.
     *
     * @param actor who ends it, not null
     * @param roundId the round, not null
     * @return the round, in its next stage
     * @throws SelectionRefusedException {@code TOO_FEW_REVIEWS} if a nominee has fewer scores than required
     */
    SelectionRound closeExpertReview(Actor actor, RoundId roundId);

    /**
     * Casts one public vote under the program's vote policy. Never throws for a refused vote: the outcome
     * says what became of it.
     *
     * <p>The vote and its count in the tally are stored together or not at all, but not in a transaction
     * of the registry's own: the store makes the cast atomic by itself, on PostgreSQL and MariaDB in one
     * statement. The registry reads a round's vote policy and its nominees in the running once, when the
     * round is first voted in, and keeps them while the round is in public voting, where neither can
     * change; whether the round is still in public voting is checked by every cast.
     *
     * <p>A vote whose {@code castAt} is before the round entered public voting, or later than the registry's clock plus
     * {@link org.talentregistry.AcceptedValues#MAX_VOTE_CLOCK_SKEW} (five minutes), is refused with {@link
     * VoteOutcome#OUTSIDE_VOTING_PERIOD}; {@link java.time.Instant#MIN} and {@link java.time.Instant#MAX} are
     * refused that way too. Votes collected by an app and ingested later keep their cast times, which then
     * lie in the past: that is accepted.
     *
     * @param roundId the round, not null
     * @param ballot the ballot, not null
     * @return the outcome, not null
     */
    VoteOutcome castVote(RoundId roundId, Ballot ballot);

    /**
     * Ingests one batch of votes collected elsewhere, atomically: all of the batch's accepted votes are
     * stored, or none. Re-sending a batch changes nothing: its votes are then duplicates. A vote is refused,
     * and counted under its outcome in the summary, for the same reasons as in {@link #castVote}, including
     * {@link VoteOutcome#OUTSIDE_VOTING_PERIOD}.
     *
     * @param roundId the round, not null
     * @param batch the votes, not null, no null element
     * @return what became of them
     * @throws RoundStageException if the round is not in public voting
     */
    IngestSummary ingestVotes(RoundId roundId, List<Ballot> batch);

    /**
     * Ingests a stream of votes in batches of the given size, each batch atomic.
     *
     * @param roundId the round, not null
     * @param ballots the votes, not null; consumed
     * @param batchSize votes per batch, 1 to 100,000
     * @return the summed outcome of every batch
     * @throws RoundStageException if the round is not in public voting
     */
    IngestSummary ingestVotes(RoundId roundId, Stream<Ballot> ballots, int batchSize);

    /**
     * Marks a nominee's votes as brushed (刷票): its vote component becomes zero; other nominees are unaffected.
     * The brushed votes stay in the highest count and the total that every other nominee's vote component
     * is measured against, which is what keeps the others unaffected; they also stay on record.
     *
     * @param actor who marks, not null
     * @param id the nominee, not null
     * @param reason the finding, not blank
     * @return the nomination
     */
    Nomination markBrushed(Actor actor, NominationId id, String reason);

    /**
     * Closes public voting: the round moves to the next stage of its plan (scoring, or expert review when
     * the vote came first or ran while experts scored).
     *
     * @param actor who closes, not null
     * @param roundId the round, not null
     * @return the round, in its next stage
     */
    SelectionRound closeVoting(Actor actor, RoundId roundId);

    /**
     * Returns the composite ranking with each nominee's breakdown, the selection per tier and the
     * waitlist. Available from expert review on; provisional until voting closes. Once the round is named
     * (in part or whole), the ranking shows its nominees under the names they were named under, whatever
     * their records say later: an honoree under the name its honor keeps (as the honor roll prints it), any
     * other nominee under the name it had when the round was first named.
     *
     * @param roundId the round, not null
     * @return the ranking, not null
     */
    Ranking ranking(RoundId roundId);

    /**
     * Starts the site visits (实地考察) of a round whose plan has them, once scoring is done.
     *
     * @param actor who starts them, not null
     * @param roundId the round, not null
     * @return the round, in {@link RoundStage#SITE_VISIT}
     * @throws RoundStageException if the round is not in scoring, or its plan has no site visit
     */
    SelectionRound startSiteVisits(Actor actor, RoundId roundId);

    /**
     * Records a selected nominee's site visit, or replaces a passed one's. A failed visit takes the nominee
     * out of the running ({@link NominationStatus#VISIT_FAILED}); the first on the waitlist moves up and then
     * needs a visit too.
     *
     * @param actor who records, not null
     * @param nominationId the nominee, not null
     * @param passed whether the nominee passed
     * @param note the team's finding, 1 to 500 characters
     * @return the visit, not null
     * @throws RoundStageException if the round is not in site visit
     * @throws SelectionRefusedException {@code NOT_SELECTED} if the nominee is not in the selection
     */
    SiteVisit recordSiteVisit(Actor actor, NominationId nominationId, boolean passed, String note);

    /**
     * Lists a round's site visits.
     *
     * @param roundId the round, not null
     * @return the visits, unmodifiable
     */
    List<SiteVisit> siteVisits(RoundId roundId);

    /**
     * Starts the public notice on a date; it lasts the program's number of working days by the registry's
     * working calendar. Under a plan with a site visit, every selected nominee must have passed one.
     *
     * @param actor who starts it, not null
     * @param roundId the round, not null
     * @param start the first day, not before today, at most {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
     * @return the round, in {@link RoundStage#PUBLIC_NOTICE}, with the notice's first and last day
     * @throws SelectionRefusedException {@code SITE_VISIT_PENDING} naming the selected nominees without a
     *     passed visit
     */
    SelectionRound startNotice(Actor actor, RoundId roundId, LocalDate start);

    /**
     * Files an objection against a nominee during the notice. Objections are filed under real name.
     *
     * @param actor who records it, not null
     * @param nominationId the nominee, not null
     * @param objector the objector's real name, not blank
     * @param grounds the grounds, not blank
     * @return the pending objection
     * @throws SelectionRefusedException {@code OBJECTION_NOT_OPEN} if today is outside the notice
     */
    Objection fileObjection(Actor actor, NominationId nominationId, String objector, String grounds);

    /**
     * Decides an objection. Upheld: the nominee is removed and the next on the waitlist moves up.
     *
     * @param actor who decides, not null
     * @param id the objection, not null
     * @param upheld whether upheld
     * @param reason the committee's reason, not blank
     * @return the decided objection
     */
    Objection decideObjection(Actor actor, ObjectionId id, boolean upheld, String reason);

    /**
     * Lists a round's objections.
     *
     * @param roundId the round, not null
     * @return the objections, unmodifiable
     */
    List<Objection> objections(RoundId roundId);

    /**
     * Deletes a finished round's vote deduplication keys (hashes of voters' addresses or accounts, personal
     * data kept no longer than their purpose). The tally stays; the round can no longer take votes anyway.
     * Keys go in transactions of at most 10,000 each, so that a round of 440,000 votes never makes one huge
     * delete; a purge cut short (a failed connection) is finished by calling it again.
     *
     * @param actor who purges, not null
     * @param roundId the round, named or cancelled, not null
     * @return how many keys were deleted
     * @throws RoundStageException if the round is not named or cancelled (its objection window is then
     *     not closed)
     */
    long purgeVoterKeys(Actor actor, RoundId roundId);

    /**
     * Names the round: one naming decision grants the honor of every selected nominee not yet named and not
     * deferred, atomically, and the honorees of pool tiers enter the talent pool. The round is then named,
     * or partly named while deferred nominees wait. Tier quotas and the program cap hold across all
     * decisions of a round and of a program, even when callers name at once.
     *
     * @param actor who names, not null
     * @param roundId the round, not null
     * @param decision the naming decision, dated after the notice's last day
     * @return the honors granted, in ranking order
     * @throws SelectionRefusedException {@code NOTICE_NOT_OVER}, {@code OBJECTION_PENDING}, {@code
     *     DECISION_NUMBER_TAKEN}, {@code PROMOTED_NOTICE}, {@code PROGRAM_CAP_REACHED} when the cap leaves
     *     nothing to name, or {@code NOTHING_TO_NAME}
     */
    List<Honor> name(Actor actor, RoundId roundId, NamingDecision decision);

    /**
     * Names some of a round's selected nominees by one decision: a tier's nominees, or a deferred nominee
     * by a supplementary decision (补充命名). The others wait for decisions of their own; the round is named
     * once every selected nominee is named or dropped.
     *
     * @param actor who names, not null
     * @param roundId the round, not null
     * @param decision the naming decision, dated after the notice's last day (and after the nominee's own
     *     notice, for a promoted nominee)
     * @param nominees the nominees to name, not null, at least one
     * @return the honors granted, in ranking order
     * @throws SelectionRefusedException {@code NOT_SELECTED} for a nominee not in the selection, {@code
     *     ALREADY_NAMED} for one named already, {@code QUOTA_EXCEEDED} / {@code PROGRAM_CAP_REACHED}, and
     *     the refusals of {@link #name(Actor, RoundId, NamingDecision)}
     */
    List<Honor> name(Actor actor, RoundId roundId, NamingDecision decision, Collection<NominationId> nominees);

    /**
     * Defers the naming of a selected nominee under investigation (暂缓命名): it keeps its place in the
     * selection and is left out of {@link #name(Actor, RoundId, NamingDecision)} until named by a decision
     * of its own or {@link #drop dropped}.
     *
     * @param actor who defers, not null
     * @param nominationId the nominee, not null
     * @param reason why, not blank
     * @return the deferred nomination
     * @throws RoundStageException unless the round is in public notice or partly named
     * @throws SelectionRefusedException {@code NOT_SELECTED}, {@code ALREADY_NAMED} or {@code NOMINATION_NOT_ACTIVE}
     */
    Nomination defer(Actor actor, NominationId nominationId, String reason);

    /**
     * Drops a deferred nominee with a reason (不予命名): it leaves the running and the first on the waitlist
     * moves up (needing a notice of its own first, if the program's plan requires one).
     *
     * @param actor who drops, not null
     * @param nominationId the deferred nominee, not null
     * @param reason why, not blank
     * @return the dropped nomination
     * @throws SelectionRefusedException {@code NOT_DEFERRED}
     */
    Nomination drop(Actor actor, NominationId nominationId, String reason);

    /**
     * Starts a public notice of their own for the selected nominees who moved up from the waitlist after
     * the round's notice started; it lasts the program's number of working days. Objections against them
     * may be filed during it; they can be named from the day after it ends.
     *
     * @param actor who starts it, not null
     * @param roundId the round, not null
     * @param start the first day, not before today
     * @return the notices started, not null
     * @throws SelectionRefusedException {@code PROMOTED_NOTICE} if no promoted nominee waits for one
     */
    List<NomineeNotice> noticePromoted(Actor actor, RoundId roundId, LocalDate start);

    /**
     * Lists the public notices of a round's nominees: the round's notice for those selected when it
     * started, and the notices of promoted nominees.
     *
     * @param roundId the round, not null
     * @return the notices, unmodifiable
     */
    List<NomineeNotice> nomineeNotices(RoundId roundId);

    /**
     * Records the short merit summary (事迹简介) published beside a nominee on the public notice list, if the
     * program publishes summaries; recording again replaces it (the audit trail keeps the earlier text).
     *
     * @param actor who records it, not null
     * @param nominationId the nomination, not null
     * @param summary 1 to 300 characters on one line (no control characters: the list prints it in a cell)
     * @return the summary as stored, stripped, not null
     * @throws NullPointerException if the actor or the id is null
     * @throws org.talentregistry.InvalidFieldException naming {@code summary} if blank, too long, with a control
     *     character, or holding an identity or mobile number ({@code PUBLISHED_TEXT_HOLDS_A_NUMBER}: it is published)
     * @throws NominationNotFoundException if the tenant has no such nomination
     * @throws RoundStageException if the round is already named or cancelled
     */
    String recordMeritSummary(Actor actor, NominationId nominationId, String summary);

    /**
     * Renders the public notice list of a round in public notice: the nominees selected for naming, in the
     * ranking's order, with name, employer, trade, tier and, if the program publishes it, the merit summary.
     * Every nominee on it needs a consent to public disclosure (PIPL Art. 25) holding on the day of
     * publication (today, or the notice's first day if that is later), unless the program records that the
     * host collected consent elsewhere; otherwise nothing is rendered.
     *
     * @param roundId the round, not null
     * @return the list, not null
     * @throws NullPointerException if the id is null
     * @throws RoundNotFoundException if the tenant has no such round
     * @throws RoundStageException if the round is not in public notice
     * @throws org.talentregistry.privacy.ConsentRequiredException naming every nominee without the consent
     */
    NoticeList noticeList(RoundId roundId);
}
