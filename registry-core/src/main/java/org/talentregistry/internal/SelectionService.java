package org.talentregistry.internal;

import static org.talentregistry.internal.Rounds.NOMINATION;
import static org.talentregistry.internal.Rounds.ROUND;
import static org.talentregistry.internal.Rounds.definition;
import static org.talentregistry.internal.Rounds.plan;
import static org.talentregistry.internal.Rounds.requireActive;
import static org.talentregistry.internal.Rounds.requireStage;
import static org.talentregistry.internal.Rounds.required;
import static org.talentregistry.internal.Rounds.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.Eligibility;
import org.talentregistry.eligibility.EligibilityFacts;
import org.talentregistry.eligibility.FlagClearance;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ProgramNotFoundException;
import org.talentregistry.pool.MembershipId;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.NoticeEntry;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.SiteVisit;
import org.talentregistry.selection.StagePlan;
import org.talentregistry.selection.VoteOutcome;
import org.talentregistry.selection.VotePolicy;
import org.talentregistry.selection.WorkingCalendar;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** Runs the selection rounds of one tenant. */
public final class SelectionService implements SelectionRounds {
    private static final Logger LOG = LoggerFactory.getLogger(SelectionService.class);

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final boolean hasVoteSecret;

    private final ExpertReviewService review;
    private final VotingService voting;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     * @param policies the known vote policies by id
     * @param secrets the vote secrets that turn a policy's key material into the stored key (HMAC-SHA256), or
     *     null when the host gave no vote secret (voting is then refused)
     * @param calendar the working calendar for public notices
     */
    public SelectionService(RegistryStore store, TenantId tenant, Clock clock, Map<String, VotePolicy> policies,
            VoteSecrets secrets, WorkingCalendar calendar) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.calendar = calendar;
        this.hasVoteSecret = secrets != null;
        this.review = new ExpertReviewService(store, tenant, clock);
        this.voting = new VotingService(store, tenant, clock, policies, secrets);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public SelectionRound get(RoundId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> round(s, id, false));
    }

    @Override
    public List<SelectionRound> list(HonorProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return List.copyOf(store.withSession(tenant, s -> s.rounds().list(programId)));
    }

    @Override
    public Nomination nomination(NominationId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> Rounds.nomination(s, id, false));
    }

    @Override
    public List<Nomination> nominations(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> s.nominations().list(roundId)));
    }

    @Override
    public List<Nomination> nominationsOf(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.nominations().ofArtisan(artisanId)));
    }

    @Override
    public List<Objection> objections(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> s.objections().list(roundId)));
    }

    // ---- rounds ----------------------------------------------------------------------------------

    @Override
    public SelectionRound open(Actor actor, HonorProgramId programId, int year) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(programId, "programId");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            HonorProgram program = s.programs().current(programId, false)
                    .orElseThrow(() -> new ProgramNotFoundException(programId, "program " + programId));
            ProgramDefinition d = program.definition();
            if (!hasVoteSecret) {
                ProgramService.requireNoVote(d);
            }
            if (!d.coversYear(year)) {
                throw new SelectionRefusedException(Rule.YEAR_OUTSIDE_PROGRAM, Message.of(SelectionMessage.YEAR_OUTSIDE_PROGRAM,
                        d.name(), d.firstYear(), d.firstYear() + d.years() - 1, year));
            }
            if (s.rounds().find(programId, year).isPresent()) {
                throw new SelectionRefusedException(Rule.ROUND_EXISTS_FOR_YEAR,
                        Message.of(SelectionMessage.ROUND_EXISTS_FOR_YEAR, d.name(), year));
            }
            RoundId id = s.rounds().insert(programId, program.version(), year, now);
            Audits.record(s, now, actor, "round.opened", ROUND, id, null,
                    Audits.fields("program", programId.toString(), "programVersion", program.version(), "year", year), null);
            return round(s, id, false);
        });
    }

    @Override
    public SelectionRound cancel(Actor actor, RoundId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        String why = required("reason", reason);
        return transition(actor, id, "cancel", why, (s, round, after) -> {
            // A round with honors granted is not cancelled: its honors are revoked instead.
            requireStage(s, round, "cancel", EnumSet.complementOf(EnumSet.of(RoundStage.PARTLY_NAMED, RoundStage.NAMED,
                    RoundStage.CANCELLED)));
            s.rounds().setCancelReason(id, why);
            ExpertReviewService.keepComputedConflicts(s, id);
            return RoundStage.CANCELLED;
        });
    }

    /**
     * A stage change's checks and writes; returns the stage the round moves to, and may add to what its audit
     * event records of the round after the change (a notice's period, say).
     */
    @FunctionalInterface
    private interface Step {
        RoundStage run(StoreSession s, SelectionRound round, Map<String, Object> after);
    }

    private SelectionRound transition(Actor actor, RoundId id, String operation, String note, Step step) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Instant now = clock.instant();
        SelectionRound result = store.inTransaction(tenant, s -> {
            SelectionRound round = round(s, id, true);
            Map<String, Object> after = new LinkedHashMap<>();
            RoundStage to = step.run(s, round, after);
            s.rounds().setStage(id, to);
            if (to == RoundStage.PUBLIC_VOTING && round.stage() != RoundStage.PUBLIC_VOTING) {
                s.rounds().markVotingOpened(id, now);
            }
            Map<String, Object> recorded = Audits.fields("stage", to.name());
            recorded.putAll(after);
            Audits.record(s, now, actor, "round." + operation, ROUND, id, Audits.fields("stage", round.stage().name()),
                    recorded, note);
            return round(s, id, false);
        });
        LOG.info("Round {} of tenant {} moved to {}", id, tenant, result.stage());
        return result;
    }

    // ---- nominations -----------------------------------------------------------------------------

    @Override
    public Nomination nominate(Actor actor, RoundId roundId, NominationRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // Locked, as closing nominations locks it: a nomination read open and inserted after the close had
            // committed would get no verdict, and drop out of the round without a word.
            SelectionRound round = round(s, roundId, true);
            requireStage(s, round, "nominate", RoundStage.NOMINATIONS_OPEN);
            ProgramDefinition d = definition(s, round);
            if (!d.channels().contains(request.channel())) {
                throw new SelectionRefusedException(Rule.CHANNEL_NOT_ACCEPTED, Message.of(SelectionMessage.CHANNEL_NOT_ACCEPTED,
                        d.name(), request.channel().name(), request.channel().chineseName(), d.channels().toString()));
            }
            Artisan artisan = s.artisans().find(request.artisanId(), false)
                    .orElseThrow(() -> new ArtisanNotFoundException(request.artisanId()));
            s.nominations().find(roundId, artisan.id()).ifPresent(existing -> {
                throw new SelectionRefusedException(Rule.ALREADY_NOMINATED,
                        Message.of(SelectionMessage.ALREADY_NOMINATED, artisan.id(), roundId, existing.id()));
            });
            if (!d.repeatsAllowed()) {
                LocalDate today = today();
                s.honors().ofArtisan(artisan.id()).stream()
                        .filter(h -> h.programId().equals(round.programId()) && h.isActiveOn(today))
                        .findFirst()
                        .ifPresent(h -> {
                            throw new SelectionRefusedException(Rule.ALREADY_HONORED, Message.of(
                                    SelectionMessage.ALREADY_HONORED, artisan.id(), h.citation(), d.name()));
                        });
            }
            NominationId id = s.nominations().insert(roundId, request, now);
            Audits.record(s, now, actor, "nomination.submitted", NOMINATION, id, null,
                    Audits.fields("round", roundId.toString(), "artisan", artisan.id().toString(),
                            "channel", request.channel().name(), "nominator", request.nominator()), null);
            return Rounds.nomination(s, id, false);
        });
    }

    @Override
    public Nomination withdraw(Actor actor, NominationId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, id, true);
            requireStage(s, round(s, n.roundId(), false), "withdraw", RoundStage.NOMINATIONS_OPEN, RoundStage.ELIGIBILITY_REVIEW);
            requireActive(n);
            s.nominations().setStatus(id, NominationStatus.WITHDRAWN);
            Audits.record(s, now, actor, "nomination.withdrawn", NOMINATION, id, Audits.fields("status", n.status().name()),
                    Audits.fields("status", NominationStatus.WITHDRAWN.name()), why);
            return Rounds.nomination(s, id, false);
        });
    }

    @Override
    public SelectionRound closeNominations(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "nominationsClosed", null, (s, round, after) -> {
            requireStage(s, round, "closeNominations", RoundStage.NOMINATIONS_OPEN);
            List<Criterion> criteria = definition(s, round).criteria();
            List<Nomination> active = s.nominations().list(roundId).stream()
                    .filter(n -> n.status() == NominationStatus.ACTIVE).toList();
            List<ArtisanId> ids = active.stream().map(Nomination::artisanId).toList();
            Map<ArtisanId, Artisan> artisans = s.artisans().findAll(ids);
            Map<ArtisanId, List<Honor>> honors = s.honors().ofArtisans(ids).stream()
                    .collect(Collectors.groupingBy(Honor::artisanId));
            for (Nomination n : active) {
                Artisan artisan = Optional.ofNullable(artisans.get(n.artisanId()))
                        .orElseThrow(() -> new ArtisanNotFoundException(n.artisanId()));
                LocalDate applied = LocalDate.ofInstant(n.submittedAt(), clock.getZone());
                EligibilityFacts facts = new EligibilityFacts(artisan, applied, n.declarations(),
                        honors.getOrDefault(artisan.id(), List.of()));
                Verdict verdict = new Verdict(applied, criteria.stream().map(c -> c.evaluate(facts)).toList());
                s.nominations().setVerdict(n.id(), verdict);
            }
            return RoundStage.ELIGIBILITY_REVIEW;
        });
    }

    @Override
    public Nomination clearFlag(Actor actor, NominationId id, String criterionId, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criterionId, "criterionId");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, id, true);
            requireStage(s, round(s, n.roundId(), false), "clearFlag", RoundStage.ELIGIBILITY_REVIEW);
            requireActive(n);
            Verdict verdict = n.verdict().orElseThrow();
            List<CriterionResult> lines = new ArrayList<>();
            boolean cleared = false;
            for (CriterionResult line : verdict.results()) {
                if (line.criterionId().equals(criterionId) && line.isOpenFlag()) {
                    lines.add(new CriterionResult(line.criterionId(), line.rule(), line.outcome(), line.facts(),
                            Optional.of(new FlagClearance(why, actor, now))));
                    cleared = true;
                } else {
                    lines.add(line);
                }
            }
            if (!cleared) {
                throw new SelectionRefusedException(Rule.NO_SUCH_FLAG,
                        Message.of(SelectionMessage.NO_SUCH_FLAG, id, Texts.quote(criterionId)));
            }
            s.nominations().setVerdict(id, new Verdict(verdict.asOf(), lines));
            Audits.record(s, now, actor, "nomination.flagCleared", NOMINATION, id, null,
                    Audits.fields("criterion", criterionId), why);
            return Rounds.nomination(s, id, false);
        });
    }

    @Override
    public SelectionRound closeEligibilityReview(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "eligibilityReviewClosed", null, (s, round, after) -> {
            requireStage(s, round, "closeEligibilityReview", RoundStage.ELIGIBILITY_REVIEW);
            List<NominationId> open = s.nominations().list(roundId).stream()
                    .filter(n -> n.status() == NominationStatus.ACTIVE)
                    .filter(n -> n.verdict().map(v -> v.status() == Eligibility.NEEDS_REVIEW).orElse(false))
                    .map(Nomination::id).toList();
            if (!open.isEmpty()) {
                throw new SelectionRefusedException(Rule.OPEN_FLAGS, Message.of(SelectionMessage.OPEN_FLAGS, open.toString()));
            }
            return plan(s, round).after(RoundStage.ELIGIBILITY_REVIEW);
        });
    }

    @Override
    public SelectionRound closeExpertReview(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "expertReviewClosed", null, (s, round, after) -> {
            requireStage(s, round, "closeExpertReview", RoundStage.EXPERT_REVIEW);
            ProgramDefinition d = definition(s, round);
            int minimum = d.scoring().minimumReviews();
            // Read once: the count of reviews and the shortlist rest on the same scores.
            List<ExpertScore> counted = ExpertReviewService.countedScores(s, round);
            Map<NominationId, Integer> counts = new HashMap<>();
            counted.forEach(sc -> counts.merge(sc.nominationId(), 1, Integer::sum));
            List<String> short_ = s.nominations().list(roundId).stream().filter(Nomination::isInTheRunning)
                    .filter(n -> counts.getOrDefault(n.id(), 0) < minimum)
                    .map(n -> n.id() + " (" + counts.getOrDefault(n.id(), 0) + ")").toList();
            if (!short_.isEmpty()) {
                throw new SelectionRefusedException(Rule.TOO_FEW_REVIEWS,
                        Message.of(SelectionMessage.TOO_FEW_REVIEWS, minimum, short_.toString()));
            }
            if (d.plan().shortlist().isPresent()) {
                shortlist(s, round, d, d.plan().shortlist().getAsInt(), actor, counted);
            }
            // Expert review is the last stage experts score in, whatever the plan: its conflicts are kept as they stand.
            ExpertReviewService.keepComputedConflicts(s, roundId);
            return d.plan().after(RoundStage.EXPERT_REVIEW);
        });
    }

    /**
     * Keeps the {@code size} best expert scores in the running (the scheme's tie-breaks decide at the
     * cut-off; no vote has been cast yet) and marks the others not shortlisted.
     */
    private void shortlist(StoreSession s, SelectionRound round, ProgramDefinition d, int size, Actor actor,
            List<ExpertScore> counted) {
        Instant now = clock.instant();
        List<RankingCalculator.Candidate> candidates = candidates(s, round);
        List<RankedNominee> byExperts = RankingCalculator.rank(d.scoring(), List.of(new HonorTier("shortlist", "提名", size,
                false)), (RankingCalculator.Cap) null, candidates, counted, Map.of(), clock.getZone());
        for (RankedNominee n : byExperts) {
            if (!n.isSelected()) {
                s.nominations().setStatus(n.nominationId(), NominationStatus.NOT_SHORTLISTED);
                Audits.record(s, now, actor, "nomination.notShortlisted", NOMINATION, n.nominationId(),
                        Audits.fields("status", NominationStatus.ACTIVE.name()),
                        Audits.fields("status", NominationStatus.NOT_SHORTLISTED.name(), "position", n.position(),
                                "shortlist", size), n.explain(d.scoring().expertWeight(), d.scoring().voteWeight()));
            }
        }
    }

    @Override
    public SelectionRound closeVoting(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "votingClosed", null, (s, round, after) -> {
            requireStage(s, round, "closeVoting", RoundStage.PUBLIC_VOTING);
            return plan(s, round).after(RoundStage.PUBLIC_VOTING);
        });
    }

    // ---- expert review and voting, delegated -----------------------------------------------------

    @Override
    public Reviewer addReviewer(Actor actor, RoundId roundId, String name, CreditCode employer) {
        return review.addReviewer(actor, roundId, name, employer);
    }

    @Override
    public List<Reviewer> reviewers(RoundId roundId) {
        return review.reviewers(roundId);
    }

    @Override
    public Conflict declareConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason) {
        return review.declareConflict(actor, reviewerId, nominationId, reason);
    }

    @Override
    public Conflict dismissConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason) {
        return review.dismissConflict(actor, reviewerId, nominationId, reason);
    }

    @Override
    public List<Conflict> conflicts(RoundId roundId) {
        return review.conflicts(roundId);
    }

    @Override
    public ExpertScore score(Actor actor, ReviewerId reviewerId, NominationId nominationId, Map<String, BigDecimal> items) {
        return review.score(actor, reviewerId, nominationId, items);
    }

    @Override
    public List<ExpertScore> scoreAll(Actor actor, ReviewerId reviewerId, Map<NominationId, Map<String, BigDecimal>> sheet) {
        return review.scoreAll(actor, reviewerId, sheet);
    }

    @Override
    public VoteOutcome castVote(RoundId roundId, Ballot ballot) {
        return voting.castVote(roundId, ballot);
    }

    @Override
    public IngestSummary ingestVotes(RoundId roundId, List<Ballot> batch) {
        return voting.ingestVotes(roundId, batch);
    }

    @Override
    public IngestSummary ingestVotes(RoundId roundId, Stream<Ballot> ballots, int batchSize) {
        return voting.ingestVotes(roundId, ballots, batchSize);
    }

    @Override
    public Nomination markBrushed(Actor actor, NominationId id, String reason) {
        return voting.markBrushed(actor, id, reason);
    }

    @Override
    public long purgeVoterKeys(Actor actor, RoundId roundId) {
        return voting.purgeVoterKeys(actor, roundId);
    }

    // ---- ranking, notice, naming -----------------------------------------------------------------

    /** The stages in which a round has a ranking: from expert review on, cancelled rounds aside. */
    static final Set<RoundStage> RANKED_STAGES = Collections.unmodifiableSet(EnumSet.of(RoundStage.EXPERT_REVIEW,
            RoundStage.PUBLIC_VOTING, RoundStage.SCORING, RoundStage.SITE_VISIT, RoundStage.PUBLIC_NOTICE,
            RoundStage.PARTLY_NAMED, RoundStage.NAMED));

    @Override
    public Ranking ranking(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return store.withSession(tenant, s -> {
            SelectionRound round = round(s, roundId, false);
            requireStage(s, round, "ranking", RANKED_STAGES);
            return rankingOf(s, round);
        });
    }

    private Ranking rankingOf(StoreSession s, SelectionRound round) {
        return rankingOf(s, round, clock.getZone());
    }

    /**
     * The nominees in the running, each with the tier it is already named to in the round, if any, and the
     * name it is ranked under: once the round is named, the one kept by its namings (see {@link
     * org.talentregistry.spi.NominationStore#keepNames}), until then the record's.
     */
    private static List<RankingCalculator.Candidate> candidates(StoreSession s, SelectionRound round) {
        List<Nomination> running = s.nominations().list(round.id()).stream().filter(Nomination::isInTheRunning).toList();
        boolean named = round.stage() == RoundStage.PARTLY_NAMED || round.stage() == RoundStage.NAMED;
        Map<NominationId, String> kept = named ? s.nominations().keptNames(round.id()) : Map.of();
        Map<ArtisanId, Artisan> artisans = s.artisans().findAll(running.stream()
                .filter(n -> !kept.containsKey(n.id())).map(Nomination::artisanId).toList());
        Map<ArtisanId, String> tiers = new HashMap<>();
        if (named || round.stage() == RoundStage.PUBLIC_NOTICE) {
            s.honors().ofProgram(round.programId()).stream().filter(h -> h.roundId().equals(round.id()))
                    .forEach(h -> tiers.put(h.artisanId(), h.tierCode()));
        }
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        for (Nomination n : running) {
            String name = Optional.ofNullable(kept.get(n.id()))
                    .or(() -> Optional.ofNullable(artisans.get(n.artisanId())).map(Artisan::name)).orElse("?");
            candidates.add(new RankingCalculator.Candidate(n.id(), n.artisanId(), name, n.submittedAt(), n.votesBrushed(),
                    Optional.ofNullable(tiers.get(n.artisanId()))));
        }
        return candidates;
    }

    /**
     * Ranks a round in one of the {@link #RANKED_STAGES}, as {@link #ranking(RoundId)} does.
     *
     * @param s the session
     * @param round the round
     * @param zone the registry's time zone, for the tie-breaks' dates
     * @return the ranking
     */
    static Ranking rankingOf(StoreSession s, SelectionRound round, java.time.ZoneId zone) {
        ProgramDefinition d = definition(s, round);
        RankingCalculator.Cap cap = null;
        if (d.programCap().isPresent()) {
            // Other rounds' honors, revoked ones included: a revocation frees no place under the cap.
            long granted = s.honors().ofProgram(round.programId()).stream().filter(h -> !h.roundId().equals(round.id())).count();
            cap = new RankingCalculator.Cap(d.programCap().getAsInt(), granted, d.firstYear());
        }
        List<RankedNominee> ranked = RankingCalculator.rank(d.scoring(), d.tiers(), cap, candidates(s, round),
                ExpertReviewService.countedScores(s, round), s.votes().tally(round.id()), zone);
        return new Ranking(round.id(), d.plan().isProvisional(round.stage()), d.scoring().expertWeight(),
                d.scoring().voteWeight(), ranked);
    }

    @Override
    public SelectionRound startSiteVisits(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "siteVisitsStarted", null, (s, round, after) -> {
            StagePlan plan = plan(s, round);
            requireStage(s, round, "startSiteVisits", plan.hasSiteVisit() ? EnumSet.of(RoundStage.SCORING)
                    : EnumSet.noneOf(RoundStage.class));
            return RoundStage.SITE_VISIT;
        });
    }

    @Override
    public SiteVisit recordSiteVisit(Actor actor, NominationId nominationId, boolean passed, String note) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nominationId, "nominationId");
        Instant now = clock.instant();
        SiteVisit visit = new SiteVisit(nominationId, passed, note, actor, now);
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, nominationId, false);
            SelectionRound round = round(s, n.roundId(), true);
            requireStage(s, round, "recordSiteVisit", RoundStage.SITE_VISIT);
            Ranking ranking = rankingOf(s, round);
            RankedNominee entry = ranking.nominee(nominationId).orElse(null);
            if (entry == null || !entry.isSelected()) {
                throw new SelectionRefusedException(Rule.NOT_SELECTED, Message.of(SelectionMessage.SITE_VISIT_NOT_SELECTED,
                        nominationId, entry == null ? "?" : entry.name()));
            }
            s.nominations().saveSiteVisit(round.id(), visit);
            if (!passed) {
                s.nominations().setStatus(nominationId, NominationStatus.VISIT_FAILED);
            }
            Audits.record(s, now, actor, "nomination.siteVisit", NOMINATION, nominationId, null,
                    Audits.fields("passed", passed, "status", passed ? n.status().name() : NominationStatus.VISIT_FAILED.name()),
                    visit.note());
            return visit;
        });
    }

    @Override
    public List<SiteVisit> siteVisits(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> s.nominations().siteVisits(roundId)));
    }

    @Override
    public SelectionRound startNotice(Actor actor, RoundId roundId, LocalDate start) {
        requireNotPast("start", start);
        return transition(actor, roundId, "noticeStarted", null, (s, round, after) -> {
            ProgramDefinition d = definition(s, round);
            requireStage(s, round, "startNotice", d.plan().hasSiteVisit() ? RoundStage.SITE_VISIT : RoundStage.SCORING);
            List<RankedNominee> selected = rankingOf(s, round).selected();
            if (d.plan().hasSiteVisit()) {
                Set<NominationId> passed = s.nominations().siteVisits(roundId).stream().filter(SiteVisit::passed)
                        .map(SiteVisit::nominationId).collect(Collectors.toSet());
                List<String> pending = selected.stream().filter(n -> !passed.contains(n.nominationId()))
                        .map(n -> n.name() + " (" + n.nominationId() + ")").toList();
                if (!pending.isEmpty()) {
                    throw new SelectionRefusedException(Rule.SITE_VISIT_PENDING,
                            Message.of(SelectionMessage.SITE_VISIT_PENDING, pending.toString()));
                }
            }
            LocalDate end = calendar.lastDayOf(start, d.noticeWorkingDays());
            s.rounds().setNotice(roundId, start, end);
            after.put("noticeStart", start.toString());
            after.put("noticeEnd", end.toString());
            after.put("workingDays", d.noticeWorkingDays());
            s.nominations().addNotices(roundId, selected.stream()
                    .map(n -> new NomineeNotice(n.nominationId(), start, end)).toList());
            return RoundStage.PUBLIC_NOTICE;
        });
    }

    private void requireNotPast(String field, LocalDate start) {
        Ranges.eventDate(field, start);
        if (start.isBefore(today())) {
            throw new InvalidFieldException(field, FieldProblem.BEFORE_TODAY, today().toString(), start.toString());
        }
    }

    @Override
    public Objection fileObjection(Actor actor, NominationId nominationId, String objector, String grounds) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nominationId, "nominationId");
        String who = Texts.required("objector", objector, 100);
        String why = required("grounds", grounds);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, nominationId, false);
            SelectionRound round = round(s, n.roundId(), false);
            requireStage(s, round, "fileObjection", RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED);
            LocalDate today = today();
            // A promoted nominee's own notice, if it has one, else the round's.
            NomineeNotice notice = s.nominations().notices(round.id()).stream()
                    .filter(x -> x.nominationId().equals(nominationId)).findFirst()
                    .orElse(new NomineeNotice(nominationId, round.noticeStart().orElseThrow(), round.noticeEnd().orElseThrow()));
            if (!notice.covers(today)) {
                throw new SelectionRefusedException(Rule.OBJECTION_NOT_OPEN,
                        Message.of(SelectionMessage.OBJECTION_OUTSIDE_NOTICE, notice.start(), notice.end(), today));
            }
            if (n.status() != NominationStatus.DEFERRED) {
                requireActive(n);
            }
            ObjectionId id = s.objections().insert(n.roundId(), nominationId, who, why, now);
            Audits.record(s, now, actor, "objection.filed", "objection", id, null,
                    Audits.fields("nomination", nominationId.toString(), "objector", who), why);
            return s.objections().find(id, false).orElseThrow();
        });
    }

    @Override
    public Objection decideObjection(Actor actor, ObjectionId id, boolean upheld, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Objection objection = s.objections().find(id, true)
                    .orElseThrow(() -> new InvalidFieldException("objectionId", FieldProblem.NO_OBJECTION, id.toString()));
            Nomination n = Rounds.nomination(s, objection.nominationId(), true);
            SelectionRound round = round(s, n.roundId(), true);
            requireStage(s, round, "decideObjection", RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED);
            if (objection.status() != Objection.Status.PENDING) {
                throw new SelectionRefusedException(Rule.OBJECTION_NOT_OPEN,
                        Message.of(SelectionMessage.OBJECTION_DECIDED, id, objection.status().name()));
            }
            Objection.Status status = upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED;
            s.objections().decide(id, status, why);
            if (upheld && n.status().isInTheRunning() && namedIn(s, round).get(n.artisanId()) == null) {
                s.nominations().setStatus(n.id(), NominationStatus.REMOVED);
                Audits.record(s, now, actor, "nomination.removed", NOMINATION, n.id(),
                        Audits.fields("status", n.status().name()), Audits.fields("status", NominationStatus.REMOVED.name()),
                        "objection " + id + " upheld: " + why);
                settle(s, round, now, actor);
            }
            Audits.record(s, now, actor, "objection.decided", "objection", id, Audits.fields("status", "PENDING"),
                    Audits.fields("status", status.name()), why);
            return s.objections().find(id, false).orElseThrow();
        });
    }

    /** The honors a round granted so far, by artisan. */
    private static Map<ArtisanId, Honor> namedIn(StoreSession s, SelectionRound round) {
        Map<ArtisanId, Honor> named = new HashMap<>();
        s.honors().ofProgram(round.programId()).stream().filter(h -> h.roundId().equals(round.id()))
                .forEach(h -> named.put(h.artisanId(), h));
        return named;
    }

    /**
     * Names a round named in part once nobody is left to name: every selected nominee holds its honor (a
     * drop or an upheld objection may leave an empty waitlist behind).
     */
    private void settle(StoreSession s, SelectionRound round, Instant now, Actor actor) {
        if (round.stage() != RoundStage.PARTLY_NAMED) {
            return;
        }
        Map<ArtisanId, Honor> named = namedIn(s, round);
        boolean done = rankingOf(s, round(s, round.id(), false)).selected().stream()
                .allMatch(n -> named.containsKey(n.artisanId()));
        if (done) {
            s.rounds().setStage(round.id(), RoundStage.NAMED);
            Audits.record(s, now, actor, "round.named", ROUND, round.id(), Audits.fields("stage", round.stage().name()),
                    Audits.fields("stage", RoundStage.NAMED.name(), "honors", named.size()), null);
        }
    }

    @Override
    public Nomination defer(Actor actor, NominationId nominationId, String reason) {
        return changeNominee(actor, nominationId, reason, "defer", (s, round, n, entry) -> {
            if (entry == null || !entry.isSelected()) {
                throw notSelected(n, entry);
            }
            requireActive(n);
            return NominationStatus.DEFERRED;
        });
    }

    @Override
    public Nomination drop(Actor actor, NominationId nominationId, String reason) {
        return changeNominee(actor, nominationId, reason, "drop", (s, round, n, entry) -> {
            if (n.status() != NominationStatus.DEFERRED) {
                throw new SelectionRefusedException(Rule.NOT_DEFERRED, Message.of(SelectionMessage.NOT_DEFERRED, n.id(),
                        n.status()));
            }
            return NominationStatus.DROPPED;
        });
    }

    @FunctionalInterface
    private interface NomineeChange {
        NominationStatus run(StoreSession s, SelectionRound round, Nomination n, RankedNominee entry);
    }

    /** Defers or drops a nominee during naming, under the round's lock, which naming takes too. */
    private Nomination changeNominee(Actor actor, NominationId id, String reason, String operation, NomineeChange change) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "nominationId");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            SelectionRound peek = round(s, Rounds.nomination(s, id, false).roundId(), false);
            s.programs().current(peek.programId(), true).orElseThrow();
            SelectionRound round = round(s, peek.id(), true);
            requireStage(s, round, operation, RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED);
            Nomination n = Rounds.nomination(s, id, true);
            Map<ArtisanId, Honor> named = namedIn(s, round);
            if (named.containsKey(n.artisanId())) {
                throw alreadyNamed(n, named.get(n.artisanId()));
            }
            RankedNominee entry = rankingOf(s, round).nominee(id).orElse(null);
            NominationStatus to = change.run(s, round, n, entry);
            s.nominations().setStatus(id, to);
            Audits.record(s, now, actor, "nomination." + (to == NominationStatus.DEFERRED ? "deferred" : "dropped"),
                    NOMINATION, id, Audits.fields("status", n.status().name()), Audits.fields("status", to.name()), why);
            settle(s, round, now, actor);
            return Rounds.nomination(s, id, false);
        });
    }

    private static SelectionRefusedException notSelected(Nomination n, RankedNominee entry) {
        Object why = entry == null ? n.status()
                : entry.notSelectedBecause().<Object>map(m -> m).orElse(Message.of(SelectionMessage.WAITLISTED,
                        entry.waitlistPosition()));
        return new SelectionRefusedException(Rule.NOT_SELECTED, Message.of(SelectionMessage.NOT_SELECTED, n.id(),
                entry == null ? "?" : entry.name(), why));
    }

    private static SelectionRefusedException alreadyNamed(Nomination n, Honor honor) {
        return new SelectionRefusedException(Rule.ALREADY_NAMED, Message.of(SelectionMessage.ALREADY_NAMED, n.id(),
                n.artisanId(), honor.decision().number()));
    }

    @Override
    public List<NomineeNotice> noticePromoted(Actor actor, RoundId roundId, LocalDate start) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        requireNotPast("start", start);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            SelectionRound round = round(s, roundId, true);
            requireStage(s, round, "noticePromoted", RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED);
            ProgramDefinition d = definition(s, round);
            Set<NominationId> noticed = s.nominations().notices(roundId).stream().map(NomineeNotice::nominationId)
                    .collect(Collectors.toSet());
            Map<ArtisanId, Honor> named = namedIn(s, round);
            List<RankedNominee> promoted = rankingOf(s, round).selected().stream()
                    .filter(n -> !noticed.contains(n.nominationId()) && !named.containsKey(n.artisanId())).toList();
            if (promoted.isEmpty()) {
                throw new SelectionRefusedException(Rule.PROMOTED_NOTICE,
                        Message.of(SelectionMessage.NO_PROMOTED_NOMINEE, roundId));
            }
            LocalDate end = calendar.lastDayOf(start, d.noticeWorkingDays());
            List<NomineeNotice> notices = promoted.stream().map(n -> new NomineeNotice(n.nominationId(), start, end)).toList();
            s.nominations().addNotices(roundId, notices);
            for (NomineeNotice notice : notices) {
                Audits.record(s, now, actor, "nomination.noticeStarted", NOMINATION, notice.nominationId(), null,
                        Audits.fields("start", start.toString(), "end", end.toString()), null);
            }
            return notices;
        });
    }

    @Override
    public List<NomineeNotice> nomineeNotices(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> s.nominations().notices(roundId)));
    }

    @Override
    public List<Honor> name(Actor actor, RoundId roundId, NamingDecision decision) {
        return name(actor, roundId, decision, null);
    }

    @Override
    public List<Honor> name(Actor actor, RoundId roundId, NamingDecision decision, Collection<NominationId> nominees) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(decision, "decision");
        Set<NominationId> chosen = nominees == null ? null : new LinkedHashSet<>(nominees);
        if (chosen != null && (chosen.isEmpty() || chosen.contains(null))) {
            throw chosen.isEmpty() ? new InvalidFieldException("nominees", FieldProblem.NO_NOMINEE)
                    : new InvalidFieldException("nominees", FieldProblem.CONTAINS_NULL);
        }
        Instant now = clock.instant();
        List<Honor> granted = store.inTransaction(tenant, s -> {
            SelectionRound peek = round(s, roundId, false);
            // Lock the program first, then the round: every naming takes the locks in this order, so callers
            // naming rounds of one program queue behind each other and quotas and the cap are counted once.
            s.programs().current(peek.programId(), true).orElseThrow();
            SelectionRound round = round(s, roundId, true);
            if (round.stage() == RoundStage.NAMED && chosen != null) {
                // Naming a nominee twice says so, also once the round is over.
                Map<ArtisanId, Honor> named = namedIn(s, round);
                for (Nomination n : s.nominations().list(roundId)) {
                    if (chosen.contains(n.id()) && named.containsKey(n.artisanId())) {
                        throw alreadyNamed(n, named.get(n.artisanId()));
                    }
                }
            }
            requireStage(s, round, "name", RoundStage.PUBLIC_NOTICE, RoundStage.PARTLY_NAMED);
            LocalDate noticeEnd = round.noticeEnd().orElseThrow();
            if (!today().isAfter(noticeEnd) || !decision.date().isAfter(noticeEnd)) {
                throw new SelectionRefusedException(Rule.NOTICE_NOT_OVER,
                        Message.of(SelectionMessage.NOTICE_NOT_OVER, noticeEnd, today(), decision.date()));
            }
            List<ObjectionId> pending = s.objections().list(roundId).stream()
                    .filter(o -> o.status() == Objection.Status.PENDING).map(Objection::id).toList();
            if (!pending.isEmpty()) {
                throw new SelectionRefusedException(Rule.OBJECTION_PENDING,
                        Message.of(SelectionMessage.OBJECTION_PENDING, pending.toString()));
            }
            ProgramDefinition d = definition(s, round);
            Ranking ranking = rankingOf(s, round);
            Map<ArtisanId, Honor> named = namedIn(s, round);
            List<Nomination> all = s.nominations().list(roundId);
            Map<NominationId, Nomination> byId = new HashMap<>();
            all.forEach(n -> byId.put(n.id(), n));
            List<RankedNominee> toName = new ArrayList<>();
            if (chosen == null) {
                ranking.selected().stream().filter(n -> !named.containsKey(n.artisanId()))
                        .filter(n -> byId.get(n.nominationId()).status() != NominationStatus.DEFERRED)
                        .forEach(toName::add);
                if (toName.isEmpty()) {
                    throw nothingToName(s, round, d, ranking);
                }
            } else {
                for (NominationId id : chosen) {
                    Nomination n = byId.get(id);
                    if (n == null) {
                        throw new InvalidFieldException("nominees", FieldProblem.NOT_IN_ROUND, id.toString(),
                                roundId.toString());
                    }
                    if (named.containsKey(n.artisanId())) {
                        throw alreadyNamed(n, named.get(n.artisanId()));
                    }
                    RankedNominee entry = ranking.nominee(id).orElse(null);
                    if (entry == null || !entry.isSelected()) {
                        if (entry != null && entry.notSelectedBecause().map(m -> m.code() == SelectionMessage.PROGRAM_CAP_REACHED)
                                .orElse(false)) {
                            throw new SelectionRefusedException(Rule.PROGRAM_CAP_REACHED, entry.notSelectedBecause().get());
                        }
                        throw notSelected(n, entry);
                    }
                    toName.add(entry);
                }
                toName.sort(Comparator.comparingInt(RankedNominee::position));
            }
            // A nominee's own notice (a promoted one's), where the plan requires one or one was published anyway,
            // must be over as the round's is: objections to it may be filed until its last day.
            Map<NominationId, NomineeNotice> notices = new HashMap<>();
            s.nominations().notices(roundId).forEach(x -> notices.put(x.nominationId(), x));
            for (RankedNominee n : toName) {
                NomineeNotice notice = notices.get(n.nominationId());
                if (notice == null) {
                    if (d.plan().requiresNoticeForPromoted()) {
                        throw new SelectionRefusedException(Rule.PROMOTED_NOTICE,
                                Message.of(SelectionMessage.PROMOTED_NOTICE_MISSING, n.nominationId(), n.name()));
                    }
                } else if (!today().isAfter(notice.end()) || !decision.date().isAfter(notice.end())) {
                    throw new SelectionRefusedException(Rule.PROMOTED_NOTICE, Message.of(
                            SelectionMessage.PROMOTED_NOTICE_NOT_OVER, n.nominationId(), n.name(), notice.end()));
                }
            }
            if (!d.repeatsAllowed()) {
                // Nominated while not yet honored, honored since by another of the program's rounds (a deferred
                // nominee named by a supplementary decision while the next round ran): not named twice.
                LocalDate today = today();
                Map<ArtisanId, Honor> heldElsewhere = new HashMap<>();
                s.honors().ofProgram(round.programId()).stream()
                        .filter(h -> !h.roundId().equals(roundId) && h.isActiveOn(today))
                        .forEach(h -> heldElsewhere.putIfAbsent(h.artisanId(), h));
                for (RankedNominee n : toName) {
                    Honor held = heldElsewhere.get(n.artisanId());
                    if (held != null) {
                        throw new SelectionRefusedException(Rule.ALREADY_HONORED, Message.of(
                                SelectionMessage.ALREADY_HONORED_AT_NAMING, n.artisanId(), n.nominationId(),
                                held.citation(), d.name()));
                    }
                }
            }
            // The names ranked under: the honorees' as their honors keep them, the others' as at the first naming.
            s.nominations().keepNames(roundId, toName.stream().map(RankedNominee::nominationId).toList());
            List<Honor> honors = grant(s, actor, now, round, d, decision, toName, byId, named.values());
            boolean done = ranking.selected().stream().allMatch(n -> named.containsKey(n.artisanId())
                    || honors.stream().anyMatch(h -> h.artisanId().equals(n.artisanId())));
            RoundStage to = done ? RoundStage.NAMED : RoundStage.PARTLY_NAMED;
            s.rounds().setStage(roundId, to);
            Audits.record(s, now, actor, "round.named", ROUND, roundId, Audits.fields("stage", round.stage().name()),
                    Audits.fields("stage", to.name(), "decision", decision.number(),
                            "decisionDate", decision.date().toString(), "issuingBody", decision.issuingBody(),
                            "honors", honors.size()), null);
            return honors;
        });
        LOG.info("Named {} nominees of round {} of tenant {} by decision {}", granted.size(), roundId, tenant,
                decision.number());
        return List.copyOf(granted);
    }

    /** Why a naming of "everyone left" finds nobody: the program cap, or everyone left is deferred or named. */
    private static SelectionRefusedException nothingToName(StoreSession s, SelectionRound round, ProgramDefinition d,
            Ranking ranking) {
        Optional<Message> cap = ranking.waitlist().stream().findFirst().flatMap(RankedNominee::notSelectedBecause)
                .filter(m -> m.code() == SelectionMessage.PROGRAM_CAP_REACHED);
        if (cap.isPresent() && ranking.selected().isEmpty()) {
            return new SelectionRefusedException(Rule.PROGRAM_CAP_REACHED, cap.get());
        }
        return new SelectionRefusedException(Rule.NOTHING_TO_NAME, Message.of(SelectionMessage.NOTHING_TO_NAME, round.id()));
    }

    /**
     * Grants the honors, counting each tier's quota over all the round's decisions and the cap over all the
     * program's; the ranking already respects both, so a refusal here means the rules were broken by a
     * store that does not serialize namings.
     */
    private List<Honor> grant(StoreSession s, Actor actor, Instant now, SelectionRound round, ProgramDefinition d,
            NamingDecision decision, List<RankedNominee> toName, Map<NominationId, Nomination> byId,
            Collection<Honor> earlier) {
        Map<String, Long> perTier = new HashMap<>();
        earlier.forEach(h -> perTier.merge(h.tierCode(), 1L, Long::sum));
        List<Honor> honors = new ArrayList<>();
        for (RankedNominee nominee : toName) {
            HonorTier tier = d.tier(nominee.selectedTier().orElseThrow()).orElseThrow();
            long seq = perTier.merge(tier.code(), 1L, Long::sum);
            if (seq > tier.annualQuota()) {
                throw new SelectionRefusedException(Rule.QUOTA_EXCEEDED, Message.of(SelectionMessage.TIER_QUOTA_EXCEEDED,
                        tier.code(), tier.name(), tier.annualQuota(), seq - 1));
            }
            String certificate = round.year() + "-" + tier.code() + "-" + String.format(java.util.Locale.ROOT, "%03d", seq);
            Honor draft = new Honor(HonorId.of(1), round.programId(), d.name(), tier.code(), tier.name(), round.year(),
                    round.id(), nominee.artisanId(), decision, certificate, Optional.empty());
            HonorId id = s.honors().insert(draft);
            Honor honor = s.honors().find(id, false).orElseThrow();
            honors.add(honor);
            if (byId.get(nominee.nominationId()).status() == NominationStatus.DEFERRED) {
                s.nominations().setStatus(nominee.nominationId(), NominationStatus.ACTIVE);
                Audits.record(s, now, actor, "nomination.undeferred", NOMINATION, nominee.nominationId(),
                        Audits.fields("status", NominationStatus.DEFERRED.name()),
                        Audits.fields("status", NominationStatus.ACTIVE.name(), "decision", decision.number()), null);
            }
            if (tier.entersTalentPool()) {
                MembershipId membership = s.pool().insert(nominee.artisanId(), new PoolSource.ByHonor(id, round.programId(),
                        tier.code(), round.year()), decision.date(), actor);
                Audits.record(s, now, actor, "pool.added", "poolMembership", membership, null, Audits.fields("artisan",
                        nominee.artisanId().toString(), "source", "honor " + id, "since", decision.date().toString()), null);
            }
            Audits.record(s, now, actor, "honor.granted", "honor", id, null, Audits.fields("artisan",
                    nominee.artisanId().toString(), "tier", tier.code(), "certificate", certificate,
                    "decision", decision.number()), null);
        }
        if (d.programCap().isPresent()) {
            long count = s.honors().countOfProgram(round.programId());
            if (count > d.programCap().getAsInt()) {
                throw new SelectionRefusedException(Rule.PROGRAM_CAP_REACHED, Message.of(SelectionMessage.PROGRAM_CAP_REACHED,
                        d.programCap().getAsInt(), count - honors.size(), d.firstYear()));
            }
        }
        return honors;
    }

    // ---- public notice list ----------------------------------------------------------------------

    @Override
    public String recordMeritSummary(Actor actor, NominationId nominationId, String summary) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nominationId, "nominationId");
        String text = Texts.required("summary", summary, 300);
        if (PersonalNumbers.holdsOne(text)) {
            throw new InvalidFieldException("summary", FieldProblem.PUBLISHED_TEXT_HOLDS_A_NUMBER);
        }
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, nominationId, true);
            SelectionRound round = round(s, n.roundId(), false);
            requireStage(s, round, "recordMeritSummary", EnumSet.range(RoundStage.NOMINATIONS_OPEN, RoundStage.PUBLIC_NOTICE));
            String before = s.nominations().meritSummaries(n.roundId()).get(nominationId);
            s.nominations().setMeritSummary(nominationId, text);
            Audits.record(s, now, actor, "nomination.meritSummary", NOMINATION, nominationId,
                    before == null ? null : Audits.fields("summary", before), Audits.fields("summary", text), null);
            return text;
        });
    }

    @Override
    public NoticeList noticeList(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return store.withSession(tenant, s -> {
            SelectionRound round = round(s, roundId, false);
            requireStage(s, round, "noticeList", RoundStage.PUBLIC_NOTICE);
            ProgramDefinition d = definition(s, round);
            NoticePublication publication = d.publicNotice();
            List<RankedNominee> selected = rankingOf(s, round).selected();
            Map<ArtisanId, Artisan> artisans = s.artisans().findAll(selected.stream().map(RankedNominee::artisanId).toList());
            LocalDate start = round.noticeStart().orElseThrow();
            // Publication happens on the day the list is rendered, or on the notice's first day if that is later:
            // the consent must hold then, and a withdrawal from an earlier day takes the nominee off.
            LocalDate publishedOn = today().isAfter(start) ? today() : start;
            if (publication.consentCollectedElsewhere().isEmpty()) {
                Map<ArtisanId, String> names = new java.util.LinkedHashMap<>();
                selected.forEach(n -> names.put(n.artisanId(), n.name()));
                ConsentService.require(s, ConsentPurpose.PUBLIC_DISCLOSURE, publishedOn, names);
            }
            Map<NominationId, String> summaries = publication.publishesMeritSummary()
                    ? s.nominations().meritSummaries(roundId) : Map.of();
            List<NoticeEntry> entries = new ArrayList<>();
            int position = 1;
            for (RankedNominee n : selected) {
                Artisan a = artisans.get(n.artisanId());
                HonorTier tier = d.tier(n.selectedTier().orElseThrow()).orElseThrow();
                entries.add(new NoticeEntry(position++, a.name(), a.details().employer().name(),
                        a.details().occupation().name(), tier.name(), Optional.ofNullable(summaries.get(n.nominationId()))));
            }
            return new NoticeList(roundId, d.name(), round.year(), start, round.noticeEnd().orElseThrow(),
                    d.noticeWorkingDays(), publication.objectionChannel(), publication.publishesMeritSummary(), entries);
        });
    }
}
