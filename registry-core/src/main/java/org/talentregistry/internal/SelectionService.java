package org.talentregistry.internal;

import static org.talentregistry.internal.Rounds.NOMINATION;
import static org.talentregistry.internal.Rounds.ROUND;
import static org.talentregistry.internal.Rounds.definition;
import static org.talentregistry.internal.Rounds.requireActive;
import static org.talentregistry.internal.Rounds.requireStage;
import static org.talentregistry.internal.Rounds.required;
import static org.talentregistry.internal.Rounds.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
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
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ProgramNotFoundException;
import org.talentregistry.honor.NoticePublication;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NoticeEntry;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.Ranking;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.RoundStageException;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.selection.SelectionRounds;
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
     * @param voterKeys turns a policy's key material into the stored key (HMAC-SHA256 hex), or null when
     *     the host gave no vote secret (voting is then refused)
     * @param calendar the working calendar for public notices
     */
    public SelectionService(RegistryStore store, TenantId tenant, Clock clock, Map<String, VotePolicy> policies,
            Function<String, String> voterKeys, WorkingCalendar calendar) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.calendar = calendar;
        this.hasVoteSecret = voterKeys != null;
        this.review = new ExpertReviewService(store, tenant, clock);
        this.voting = new VotingService(store, tenant, clock, policies, voterKeys);
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

                throw new SelectionRefusedException(Rule.YEAR_OUTSIDE_PROGRAM, "program " + d.name() + " runs "
                        + d.firstYear() + "-" + (d.firstYear() + d.years() - 1) + "; " + year + " is outside it");
            }
            if (s.rounds().find(programId, year).isPresent()) {
                throw new SelectionRefusedException(Rule.ROUND_EXISTS_FOR_YEAR,
                        "program " + d.name() + " already has a round for " + year);
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
        return transition(actor, id, "cancel", RoundStage.CANCELLED, why, (s, round) -> {
            if (round.stage().isFinal()) {
                throw new RoundStageException(id, "cancel", round.stage(), Set.of(RoundStage.values()).stream()
                        .filter(st -> !st.isFinal()).collect(java.util.stream.Collectors.toSet()));
            }
            s.rounds().setCancelReason(id, why);
        });
    }

    @FunctionalInterface
    private interface Step {
        void run(StoreSession s, SelectionRound round);
    }

    private SelectionRound transition(Actor actor, RoundId id, String operation, RoundStage to, String note, Step step) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Instant now = clock.instant();
        SelectionRound result = store.inTransaction(tenant, s -> {
            SelectionRound round = round(s, id, true);
            step.run(s, round);
            s.rounds().setStage(id, to);
            Audits.record(s, now, actor, "round." + operation, ROUND, id, Audits.fields("stage", round.stage().name()),
                    Audits.fields("stage", to.name()), note);
            return round(s, id, false);
        });
        LOG.info("Round {} of tenant {} moved to {}", id, tenant, to);
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
            SelectionRound round = round(s, roundId, false);
            requireStage(round, "nominate", RoundStage.NOMINATIONS_OPEN);
            ProgramDefinition d = definition(s, round);
            if (!d.channels().contains(request.channel())) {
                throw new SelectionRefusedException(Rule.CHANNEL_NOT_ACCEPTED, "program " + d.name() + " does not accept "
                        + request.channel() + " (" + request.channel().chineseName() + "); it accepts " + d.channels());
            }
            Artisan artisan = s.artisans().find(request.artisanId(), false)
                    .orElseThrow(() -> new ArtisanNotFoundException(request.artisanId()));
            s.nominations().find(roundId, artisan.id()).ifPresent(existing -> {
                throw new SelectionRefusedException(Rule.ALREADY_NOMINATED,
                        "artisan " + artisan.id() + " is already nominated in round " + roundId + " as nomination " + existing.id());
            });
            if (!d.repeatsAllowed()) {
                LocalDate today = today();
                s.honors().ofArtisan(artisan.id()).stream()
                        .filter(h -> h.programId().equals(round.programId()) && h.isActiveOn(today))
                        .findFirst()
                        .ifPresent(h -> {
                            throw new SelectionRefusedException(Rule.ALREADY_HONORED, "artisan " + artisan.id()
                                    + " already holds " + h.describe() + " and program " + d.name() + " allows no repeats");
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
            requireStage(round(s, n.roundId(), false), "withdraw", RoundStage.NOMINATIONS_OPEN, RoundStage.ELIGIBILITY_REVIEW);
            requireActive(n);
            s.nominations().setStatus(id, NominationStatus.WITHDRAWN);
            Audits.record(s, now, actor, "nomination.withdrawn", NOMINATION, id, Audits.fields("status", n.status().name()),
                    Audits.fields("status", NominationStatus.WITHDRAWN.name()), why);
            return Rounds.nomination(s, id, false);
        });
    }

    @Override
    public SelectionRound closeNominations(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "nominationsClosed", RoundStage.ELIGIBILITY_REVIEW, null, (s, round) -> {
            requireStage(round, "closeNominations", RoundStage.NOMINATIONS_OPEN);
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
            requireStage(round(s, n.roundId(), false), "clearFlag", RoundStage.ELIGIBILITY_REVIEW);
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
                        "nomination " + id + " has no open flag on criterion " + Texts.quote(criterionId));
            }
            s.nominations().setVerdict(id, new Verdict(verdict.asOf(), lines));
            Audits.record(s, now, actor, "nomination.flagCleared", NOMINATION, id, null,
                    Audits.fields("criterion", criterionId), why);
            return Rounds.nomination(s, id, false);
        });
    }

    @Override
    public SelectionRound closeEligibilityReview(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "eligibilityReviewClosed", RoundStage.EXPERT_REVIEW, null, (s, round) -> {
            requireStage(round, "closeEligibilityReview", RoundStage.ELIGIBILITY_REVIEW);
            List<NominationId> open = s.nominations().list(roundId).stream()
                    .filter(n -> n.status() == NominationStatus.ACTIVE)
                    .filter(n -> n.verdict().map(v -> v.status() == Eligibility.NEEDS_REVIEW).orElse(false))
                    .map(Nomination::id).toList();
            if (!open.isEmpty()) {
                throw new SelectionRefusedException(Rule.OPEN_FLAGS, "nominations " + open + " still have open flags");
            }
        });
    }

    @Override
    public SelectionRound closeExpertReview(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "expertReviewClosed", RoundStage.PUBLIC_VOTING, null, (s, round) -> {
            requireStage(round, "closeExpertReview", RoundStage.EXPERT_REVIEW);
            int minimum = definition(s, round).scoring().minimumReviews();
            Map<NominationId, Integer> counts = new HashMap<>();
            s.reviews().scores(roundId).forEach(sc -> counts.merge(sc.nominationId(), 1, Integer::sum));
            List<String> short_ = s.nominations().list(roundId).stream().filter(Nomination::isInTheRunning)
                    .filter(n -> counts.getOrDefault(n.id(), 0) < minimum)
                    .map(n -> n.id() + " (" + counts.getOrDefault(n.id(), 0) + ")").toList();
            if (!short_.isEmpty()) {
                throw new SelectionRefusedException(Rule.TOO_FEW_REVIEWS,
                        "each nominee needs at least " + minimum + " expert scores; short: " + short_);
            }
        });
    }

    @Override
    public SelectionRound closeVoting(Actor actor, RoundId roundId) {
        return transition(actor, roundId, "votingClosed", RoundStage.SCORING, null,
                (s, round) -> requireStage(round, "closeVoting", RoundStage.PUBLIC_VOTING));
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

    @Override
    public Ranking ranking(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return store.withSession(tenant, s -> {
            SelectionRound round = round(s, roundId, false);
            requireStage(round, "ranking", RoundStage.EXPERT_REVIEW, RoundStage.PUBLIC_VOTING, RoundStage.SCORING,
                    RoundStage.PUBLIC_NOTICE, RoundStage.NAMED);
            return rankingOf(s, round);
        });
    }

    private Ranking rankingOf(StoreSession s, SelectionRound round) {
        return rankingOf(s, round, clock.getZone());
    }

    private static Ranking rankingOf(StoreSession s, SelectionRound round, java.time.ZoneId zone) {
        ProgramDefinition d = definition(s, round);
        List<Nomination> running = s.nominations().list(round.id()).stream().filter(Nomination::isInTheRunning).toList();
        Map<ArtisanId, Artisan> artisans = s.artisans().findAll(running.stream().map(Nomination::artisanId).toList());
        List<RankingCalculator.Candidate> candidates = new ArrayList<>();
        for (Nomination n : running) {
            String name = Optional.ofNullable(artisans.get(n.artisanId())).map(Artisan::name).orElse("?");
            candidates.add(new RankingCalculator.Candidate(n.id(), n.artisanId(), name, n.submittedAt(), n.votesBrushed()));
        }
        Integer remaining = null;
        if (d.programCap().isPresent()) {
            // Other rounds' honors, revoked ones included: a revocation frees no place under the cap.
            long granted = s.honors().ofProgram(round.programId()).stream().filter(h -> !h.roundId().equals(round.id())).count();
            remaining = (int) Math.max(0, d.programCap().getAsInt() - granted);
        }
        List<RankedNominee> ranked = RankingCalculator.rank(d.scoring(), d.tiers(), remaining, candidates,
                s.reviews().scores(round.id()), s.votes().tally(round.id()), zone);
        boolean provisional = round.stage() == RoundStage.EXPERT_REVIEW || round.stage() == RoundStage.PUBLIC_VOTING;
        return new Ranking(round.id(), provisional, d.scoring().expertWeight(), d.scoring().voteWeight(), ranked);
    }

    @Override
    public SelectionRound startNotice(Actor actor, RoundId roundId, LocalDate start) {
        Ranges.eventDate("start", start);
        if (start.isBefore(today())) {

            throw new InvalidFieldException("start", "must not be before today (" + today() + "), got " + start);
        }
        return transition(actor, roundId, "noticeStarted", RoundStage.PUBLIC_NOTICE, null, (s, round) -> {
            requireStage(round, "startNotice", RoundStage.SCORING);
            LocalDate end = calendar.lastDayOf(start, definition(s, round).noticeWorkingDays());
            s.rounds().setNotice(roundId, start, end);
        });
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
            requireStage(round, "fileObjection", RoundStage.PUBLIC_NOTICE);
            LocalDate today = today();
            if (today.isBefore(round.noticeStart().orElseThrow()) || today.isAfter(round.noticeEnd().orElseThrow())) {
                throw new SelectionRefusedException(Rule.OBJECTION_NOT_OPEN, "the public notice runs "
                        + round.noticeStart().get() + " to " + round.noticeEnd().get() + "; today is " + today);
            }
            requireActive(n);
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
                    .orElseThrow(() -> new InvalidFieldException("objectionId", "no objection " + id));
            Nomination n = Rounds.nomination(s, objection.nominationId(), true);
            requireStage(round(s, n.roundId(), false), "decideObjection", RoundStage.PUBLIC_NOTICE);
            if (objection.status() != Objection.Status.PENDING) {
                throw new SelectionRefusedException(Rule.OBJECTION_NOT_OPEN, "objection " + id + " is already " + objection.status());
            }
            Objection.Status status = upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED;
            s.objections().decide(id, status, why);
            if (upheld && n.status() == NominationStatus.ACTIVE) {
                s.nominations().setStatus(n.id(), NominationStatus.REMOVED);
                Audits.record(s, now, actor, "nomination.removed", NOMINATION, n.id(),
                        Audits.fields("status", n.status().name()), Audits.fields("status", NominationStatus.REMOVED.name()),
                        "objection " + id + " upheld: " + why);
            }
            Audits.record(s, now, actor, "objection.decided", "objection", id, Audits.fields("status", "PENDING"),
                    Audits.fields("status", status.name()), why);
            return s.objections().find(id, false).orElseThrow();
        });
    }

    @Override
    public List<Honor> name(Actor actor, RoundId roundId, NamingDecision decision) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(decision, "decision");
        Instant now = clock.instant();
        List<Honor> granted = store.inTransaction(tenant, s -> {
            SelectionRound peek = round(s, roundId, false);
            // Lock the program first, then the round: every naming takes the locks in this order, so two
            // callers naming rounds of one program queue behind each other and the cap is counted once.
            s.programs().current(peek.programId(), true).orElseThrow();
            SelectionRound round = round(s, roundId, true);
            requireStage(round, "name", RoundStage.PUBLIC_NOTICE);
            LocalDate noticeEnd = round.noticeEnd().orElseThrow();
            if (!today().isAfter(noticeEnd) || !decision.date().isAfter(noticeEnd)) {
                throw new SelectionRefusedException(Rule.NOTICE_NOT_OVER, "the public notice ends on " + noticeEnd
                        + "; naming is possible from the next day (today " + today() + ", decision dated " + decision.date() + ")");
            }
            List<ObjectionId> pending = s.objections().list(roundId).stream()
                    .filter(o -> o.status() == Objection.Status.PENDING).map(Objection::id).toList();
            if (!pending.isEmpty()) {
                throw new SelectionRefusedException(Rule.OBJECTION_PENDING, "objections " + pending + " are pending");
            }
            ProgramDefinition d = definition(s, round);
            Ranking ranking = rankingOf(s, round);
            Map<String, Long> perTier = new HashMap<>();
            List<Honor> honors = new ArrayList<>();
            for (RankedNominee nominee : ranking.selected()) {
                HonorTier tier = d.tier(nominee.selectedTier().orElseThrow()).orElseThrow();
                long seq = perTier.merge(tier.code(), 1L, Long::sum);
                if (seq > tier.annualQuota()) {
                    throw new SelectionRefusedException(Rule.QUOTA_EXCEEDED, "tier " + tier.code() + " allows " + tier.annualQuota());
                }
                String certificate = round.year() + "-" + tier.code() + "-" + String.format(java.util.Locale.ROOT, "%03d", seq);
                Honor draft = new Honor(HonorId.of(1), round.programId(), d.name(), tier.code(), tier.name(), round.year(),
                        roundId, nominee.artisanId(), decision, certificate, Optional.empty());
                HonorId id = s.honors().insert(draft);
                Honor honor = s.honors().find(id, false).orElseThrow();
                honors.add(honor);
                if (tier.entersTalentPool()) {
                    s.pool().insert(nominee.artisanId(), new PoolSource.ByHonor(id, round.programId(), tier.code(),
                            round.year()), decision.date(), actor);
                }
                Audits.record(s, now, actor, "honor.granted", "honor", id, null, Audits.fields("artisan",
                        nominee.artisanId().toString(), "tier", tier.code(), "certificate", certificate,
                        "decision", decision.number()), null);
            }
            if (d.programCap().isPresent() && s.honors().countOfProgram(round.programId()) > d.programCap().getAsInt()) {
                throw new SelectionRefusedException(Rule.QUOTA_EXCEEDED,
                        "program " + d.name() + " allows " + d.programCap().getAsInt() + " honors in all");
            }
            s.rounds().setStage(roundId, RoundStage.NAMED);
            Audits.record(s, now, actor, "round.named", ROUND, roundId, Audits.fields("stage", round.stage().name()),
                    Audits.fields("stage", RoundStage.NAMED.name(), "decision", decision.number(),
                            "decisionDate", decision.date().toString(), "issuingBody", decision.issuingBody(),
                            "honors", honors.size()), null);
            return honors;
        });
        LOG.info("Named round {} of tenant {}: {} honors by decision {}", roundId, tenant, granted.size(), decision.number());
        return List.copyOf(granted);
    }

    // ---- public notice list ----------------------------------------------------------------------

    @Override
    public String recordMeritSummary(Actor actor, NominationId nominationId, String summary) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(nominationId, "nominationId");
        String text = Texts.required("summary", summary, 300);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Nomination n = Rounds.nomination(s, nominationId, true);
            SelectionRound round = round(s, n.roundId(), false);
            if (round.stage() == RoundStage.NAMED || round.stage() == RoundStage.CANCELLED) {
                throw new RoundStageException(round.id(), "recordMeritSummary", round.stage(), java.util.EnumSet.range(
                        RoundStage.NOMINATIONS_OPEN, RoundStage.PUBLIC_NOTICE));
            }
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
            requireStage(round, "noticeList", RoundStage.PUBLIC_NOTICE);
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
