package org.talentregistry.internal;

import static org.talentregistry.internal.Rounds.NOMINATION;
import static org.talentregistry.internal.Rounds.definition;
import static org.talentregistry.internal.Rounds.nomination;
import static org.talentregistry.internal.Rounds.plan;
import static org.talentregistry.internal.Rounds.requireStage;
import static org.talentregistry.internal.Rounds.required;
import static org.talentregistry.internal.Rounds.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.honor.ReviewItem;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException.Rule;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** Expert review of the selection rounds of one tenant: reviewers, conflicts of interest, scores. */
final class ExpertReviewService {
    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     */
    ExpertReviewService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    Reviewer addReviewer(Actor actor, RoundId roundId, String name, CreditCode employer) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roundId, "roundId");
        String reviewer = Texts.required("reviewer.name", name, 100);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            SelectionRound round = round(s, roundId, false);
            requireStage(s, round, "addReviewer", reviewerStages(s, round));
            ReviewerId id = s.reviews().insertReviewer(roundId, reviewer, employer);
            Audits.record(s, now, actor, "reviewer.added", "reviewer", id, null, Audits.fields("round", roundId.toString(),
                    "name", reviewer, "employer", employer == null ? null : employer.value()), null);
            return s.reviews().reviewer(id).orElseThrow();
        });
    }

    Conflict declareConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason) {
        return recordConflict(actor, reviewerId, nominationId, reason, false);
    }

    Conflict dismissConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason) {
        return recordConflict(actor, reviewerId, nominationId, reason, true);
    }

    private static Reviewer reviewer(StoreSession s, ReviewerId reviewerId) {
        return s.reviews().reviewer(reviewerId)
                .orElseThrow(() -> new InvalidFieldException("reviewerId", FieldProblem.NO_REVIEWER, reviewerId.toString()));
    }

    /** The nomination, which must be in the reviewer's round. */
    private static Nomination nomineeOf(StoreSession s, Reviewer reviewer, NominationId nominationId) {
        Nomination n = nomination(s, nominationId, false);
        if (!n.roundId().equals(reviewer.roundId())) {
            throw new InvalidFieldException("nominationId", FieldProblem.NOT_IN_REVIEWERS_ROUND, nominationId.toString());
        }
        return n;
    }

    private Conflict recordConflict(Actor actor, ReviewerId reviewerId, NominationId nominationId, String reason,
            boolean dismiss) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(nominationId, "nominationId");
        String why = required("reason", reason);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Reviewer reviewer = reviewer(s, reviewerId);
            Nomination n = nomineeOf(s, reviewer, nominationId);
            SelectionRound round = round(s, n.roundId(), false);
            requireStage(s, round, dismiss ? "dismissConflict" : "declareConflict", reviewerStages(s, round));
            Conflict conflict;
            if (dismiss) {
                Conflict existing = conflictOf(s, reviewer, n)
                        .orElseThrow(() -> new InvalidFieldException("nominationId",
                                FieldProblem.NO_CONFLICT, reviewerId.toString(), nominationId.toString()));
                conflict = new Conflict(reviewerId, nominationId, existing.source(), existing.reason(), Optional.of(why));
            } else {
                conflict = new Conflict(reviewerId, nominationId, Conflict.Source.DECLARED, why, Optional.empty());
            }
            s.reviews().saveConflict(n.roundId(), conflict);
            Audits.record(s, now, actor, dismiss ? "conflict.dismissed" : "conflict.declared", "reviewer", reviewerId, null,
                    Audits.fields("nomination", nominationId.toString(), "source", conflict.source().name()), why);
            return conflict;
        });
    }

    /** Reviewers and conflicts are recorded from the opening of a round until expert review closes. */
    private static List<RoundStage> reviewerStages(StoreSession s, SelectionRound round) {
        List<RoundStage> order = plan(s, round).stages();
        return order.subList(0, order.indexOf(RoundStage.EXPERT_REVIEW) + 1);
    }

    /**
     * Lists a round's conflicts: while its experts may score, the computed ones overlaid by those recorded;
     * once expert review has closed (or the round was cancelled), those recorded, the computed ones among them
     * as they stood then ({@link #keepComputedConflicts}).
     */
    List<Conflict> conflicts(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> {
            boolean scored = s.rounds().find(roundId, false).filter(r -> pastExpertReview(s, r)).isPresent();
            return scored ? s.reviews().conflicts(roundId) : conflictsOf(s, roundId);
        }));
    }

    /** Tells whether a round has left expert review, the last stage its experts score in whatever the plan. */
    private static boolean pastExpertReview(StoreSession s, SelectionRound round) {
        List<RoundStage> order = plan(s, round).stages();
        int at = order.indexOf(round.stage());
        return at < 0 || at > order.indexOf(RoundStage.EXPERT_REVIEW);
    }

    /**
     * Records the conflicts the registry computes (a reviewer and a nominee with the same employer) that nobody
     * recorded, as they stand now: called as a round's experts' scoring ends, or the round is cancelled, so that
     * what {@link #conflicts} reports of it afterwards is what held while it was scored, not what a later change
     * of employer would compute.
     */
    static void keepComputedConflicts(StoreSession s, RoundId roundId) {
        Set<String> recorded = new HashSet<>();
        for (Conflict c : s.reviews().conflicts(roundId)) {
            recorded.add(c.reviewerId() + "/" + c.nominationId());
        }
        for (Conflict c : conflictsOf(s, roundId)) {
            if (!recorded.contains(c.reviewerId() + "/" + c.nominationId())) {
                s.reviews().saveConflict(roundId, c);
            }
        }
    }

    /**
     * The expert scores that count for a round: every score but those of a reviewer and a nominee between whom a
     * conflict stands, as {@link #conflicts} would list it now. A conflict declared (or an employer shared) after
     * the reviewer scored takes the score out of the ranking, the shortlist and the count of reviews; its row
     * stays, and counts again if the conflict is dismissed.
     *
     * @param s the session
     * @param round the round
     * @return the scores that count, not null
     */
    static List<ExpertScore> countedScores(StoreSession s, SelectionRound round) {
        List<ExpertScore> scores = s.reviews().scores(round.id());
        if (scores.isEmpty()) {
            return scores;
        }
        Set<String> conflicted = new HashSet<>();
        for (Conflict c : pastExpertReview(s, round) ? s.reviews().conflicts(round.id()) : conflictsOf(s, round.id())) {
            if (c.isStanding()) {
                conflicted.add(c.reviewerId() + "/" + c.nominationId());
            }
        }
        return conflicted.isEmpty() ? scores
                : scores.stream().filter(sc -> !conflicted.contains(sc.reviewerId() + "/" + sc.nominationId())).toList();
    }

    /** The conflict between one reviewer and one nominee: the recorded one, else a computed one. */
    private static Optional<Conflict> conflictOf(StoreSession s, Reviewer reviewer, Nomination n) {
        Optional<Conflict> recorded = s.reviews().conflicts(n.roundId()).stream()
                .filter(c -> c.reviewerId().equals(reviewer.id()) && c.nominationId().equals(n.id()))
                .findFirst();
        if (recorded.isPresent() || reviewer.employer().isEmpty()) {
            return recorded;
        }
        return computedConflict(reviewer, n, s.artisans().find(n.artisanId(), false).orElse(null));
    }

    /** The conflict the registry computes between a reviewer with an employer and a nominee: the same employer. */
    private static Optional<Conflict> computedConflict(Reviewer reviewer, Nomination n, Artisan a) {
        if (a == null) {
            throw new ArtisanNotFoundException(n.artisanId());
        }
        return a.details().employer().creditCode().equals(reviewer.employer().get())
                ? Optional.of(sameEmployer(reviewer, n, a)) : Optional.empty();
    }

    private static Conflict sameEmployer(Reviewer reviewer, Nomination n, Artisan a) {
        return new Conflict(reviewer.id(), n.id(), Conflict.Source.SAME_EMPLOYER,
                "reviewer and candidate both work for " + a.details().employer().name(), Optional.empty());
    }

    /** Computed conflicts (same employer), overlaid by what is recorded (declarations and dismissals). */
    private static List<Conflict> conflictsOf(StoreSession s, RoundId roundId) {
        Map<String, Conflict> byPair = new LinkedHashMap<>();
        List<Reviewer> withEmployer = s.reviews().reviewers(roundId).stream().filter(r -> r.employer().isPresent()).toList();
        if (!withEmployer.isEmpty()) {
            List<Nomination> nominations = s.nominations().list(roundId);
            Map<ArtisanId, Artisan> artisans = s.artisans().findAll(nominations.stream().map(Nomination::artisanId).toList());
            for (Reviewer reviewer : withEmployer) {
                for (Nomination n : nominations) {
                    Artisan a = artisans.get(n.artisanId());
                    if (a == null) {
                        throw new ArtisanNotFoundException(n.artisanId());
                    }
                    if (a.details().employer().creditCode().equals(reviewer.employer().get())) {
                        byPair.put(reviewer.id() + "/" + n.id(), sameEmployer(reviewer, n, a));
                    }
                }
            }
        }
        for (Conflict recorded : s.reviews().conflicts(roundId)) {
            byPair.put(recorded.reviewerId() + "/" + recorded.nominationId(), recorded);
        }
        return new ArrayList<>(byPair.values());
    }

    ExpertScore score(Actor actor, ReviewerId reviewerId, NominationId nominationId, Map<String, BigDecimal> items) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(items, "items");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Reviewer reviewer = reviewer(s, reviewerId);
            Nomination n = nomineeOf(s, reviewer, nominationId);
            Sheet sheet = Sheet.open(s, reviewer, n.roundId());
            Optional<ExpertScore> earlier = s.reviews().scores(n.id()).stream()
                    .filter(e -> e.reviewerId().equals(reviewer.id())).findFirst();
            return record(s, actor, now, sheet, n, items, conflictOf(s, reviewer, n), earlier);
        });
    }

    List<ExpertScore> scoreAll(Actor actor, ReviewerId reviewerId, Map<NominationId, Map<String, BigDecimal>> sheet) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(sheet, "sheet");
        if (sheet.isEmpty()) {
            throw new InvalidFieldException("sheet", FieldProblem.NOTHING_SCORED);
        }
        // Copied before the transaction: a caller's map that changes meanwhile cannot change what is checked.
        Map<NominationId, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
        sheet.forEach((id, items) -> rows.put(Objects.requireNonNull(id, "sheet's nomination id"),
                Objects.requireNonNull(items, () -> "sheet's items for nomination " + id)));
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Reviewer reviewer = reviewer(s, reviewerId);
            Sheet open = Sheet.open(s, reviewer, reviewer.roundId());
            // The round's nominations, recorded conflicts and nominees' employers read once for the whole sheet,
            // not once per row: a sheet of 150 nominees is a handful of reads, then its writes.
            Map<NominationId, Nomination> nominations = new HashMap<>();
            s.nominations().list(reviewer.roundId()).forEach(n -> nominations.put(n.id(), n));
            Map<NominationId, Conflict> recorded = new HashMap<>();
            for (Conflict c : s.reviews().conflicts(reviewer.roundId())) {
                if (c.reviewerId().equals(reviewerId)) {
                    recorded.put(c.nominationId(), c);
                }
            }
            List<Nomination> scored = new ArrayList<>(rows.size());
            for (NominationId id : rows.keySet()) {
                Nomination n = nominations.get(id);
                if (n == null) {
                    throw new InvalidFieldException("sheet", FieldProblem.NOT_IN_REVIEWERS_ROUND, id.toString());
                }
                scored.add(n);
            }
            Map<ArtisanId, Artisan> artisans = reviewer.employer().isEmpty() ? Map.of()
                    : s.artisans().findAll(scored.stream().map(Nomination::artisanId).toList());
            Map<NominationId, ExpertScore> earlier = new HashMap<>();
            for (ExpertScore e : s.reviews().scores(reviewer.roundId())) {
                if (e.reviewerId().equals(reviewerId)) {
                    earlier.put(e.nominationId(), e);
                }
            }
            List<ExpertScore> scores = new ArrayList<>(scored.size());
            for (Nomination n : scored) {
                Optional<Conflict> conflict = Optional.ofNullable(recorded.get(n.id()));
                if (conflict.isEmpty() && reviewer.employer().isPresent()) {
                    conflict = computedConflict(reviewer, n, artisans.get(n.artisanId()));
                }
                try {
                    scores.add(record(s, actor, now, open, n, rows.get(n.id()), conflict,
                            Optional.ofNullable(earlier.get(n.id()))));
                } catch (SelectionRefusedException e) {
                    // The row is named, and the whole sheet refused: the transaction writes none of it.
                    throw new SelectionRefusedException(e.getRule(), Message.of(SelectionMessage.SHEET_ROW,
                            reviewer.name(), n.id(), e.message().map(Object.class::cast).orElse(e.getMessage())));
                }
            }
            return List.copyOf(scores);
        });
    }

    /** What every score of one reviewer's sheet is checked against: the round's stage and scoring scheme. */
    private record Sheet(Reviewer reviewer, ScoringScheme scheme) {
        static Sheet open(StoreSession s, Reviewer reviewer, RoundId roundId) {
            // Locked, as closing expert review locks it: a score read open and saved after the close had cut the
            // shortlist would land in a round past review, uncounted by the cut.
            SelectionRound round = round(s, roundId, true);
            ProgramDefinition definition = definition(s, round);
            requireStage(s, round, "score", definition.plan().scoringStages());
            return new Sheet(reviewer, definition.scoring());
        }
    }

    /** Checks and stores one score of a sheet, with its audit event, which keeps the reviewer's earlier score it replaces. */
    private static ExpertScore record(StoreSession s, Actor actor, Instant now, Sheet sheet, Nomination n,
            Map<String, BigDecimal> items, Optional<Conflict> conflict, Optional<ExpertScore> earlier) {
        Reviewer reviewer = sheet.reviewer();
        if (!n.isInTheRunning()) {
            throw new SelectionRefusedException(Rule.NOMINATION_NOT_ACTIVE, Message.of(SelectionMessage.NOT_IN_THE_RUNNING,
                    n.id(), n.status(), n.verdict().map(v -> v.status().name()).orElse("-")));
        }
        conflict.filter(Conflict::isStanding).ifPresent(c -> {
            throw new SelectionRefusedException(Rule.CONFLICT_OF_INTEREST, Message.of(SelectionMessage.CONFLICT_OF_INTEREST,
                    reviewer.name(), n.id(), c.reason(), c.source().name()));
        });
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        for (var item : sheet.scheme().items()) {
            checked.put(item.code(), points(item, items.get(item.code())));
        }
        Set<String> unknown = new HashSet<>(items.keySet());
        unknown.removeAll(checked.keySet());
        if (!unknown.isEmpty()) {
            throw new SelectionRefusedException(Rule.SCORE_OUT_OF_SCALE,
                    Message.of(SelectionMessage.SCORE_UNKNOWN_ITEMS, Texts.quote(unknown)));
        }
        ExpertScore score = new ExpertScore(reviewer.id(), n.id(), checked, now);
        Map<String, Object> before = earlier.map(e -> Audits.fields("reviewer", reviewer.id().toString(),
                "total", e.total().toPlainString(), "items", itemsText(e.items()))).orElse(null);
        s.reviews().saveScore(n.roundId(), score);
        Audits.record(s, now, actor, "score.recorded", NOMINATION, n.id(), before,
                Audits.fields("reviewer", reviewer.id().toString(), "total", score.total().toPlainString(),
                        "items", itemsText(score.items())), null);
        return score;
    }

    /** A score's points by item, as the audit keeps them: {@code skill=40, innovation=25}. */
    private static String itemsText(Map<String, BigDecimal> items) {
        return items.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Checks an item's points: size and places first, cheaply, then the item's scale; no arithmetic and no
     * plain-string rendering of a caller's number before its size is known.
     */
    private static BigDecimal points(ReviewItem item, BigDecimal points) {
        BigDecimal checked = null;
        if (points != null) {
            try {
                checked = Ranges.decimal("points", points, 4, AcceptedValues.MAX_POINTS_SCALE);
            } catch (InvalidFieldException e) {
                throw new SelectionRefusedException(Rule.SCORE_OUT_OF_SCALE, Message.of(SelectionMessage.SCORE_PLACES,
                        item.code(), item.name(), item.maxPoints(), AcceptedValues.MAX_POINTS_SCALE, Texts.quote(points)));
            }
        }
        if (checked == null || checked.signum() < 0 || checked.compareTo(BigDecimal.valueOf(item.maxPoints())) > 0) {
            throw new SelectionRefusedException(Rule.SCORE_OUT_OF_SCALE, Message.of(SelectionMessage.SCORE_OUT_OF_SCALE,
                    item.code(), item.name(), item.maxPoints(), Texts.quote(points)));
        }
        return checked;
    }

    List<Reviewer> reviewers(RoundId roundId) {

        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> s.reviews().reviewers(roundId)));
    }
}
