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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.honor.ReviewItem;
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
                .orElseThrow(() -> new InvalidFieldException("reviewerId", "no reviewer " + reviewerId));
    }

    /** The nomination, which must be in the reviewer's round. */
    private static Nomination nomineeOf(StoreSession s, Reviewer reviewer, NominationId nominationId) {
        Nomination n = nomination(s, nominationId, false);
        if (!n.roundId().equals(reviewer.roundId())) {
            throw new InvalidFieldException("nominationId", "nomination " + nominationId + " is not in the reviewer's round");
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
                                "reviewer " + reviewerId + " has no conflict with nomination " + nominationId));
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

    List<Conflict> conflicts(RoundId roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return List.copyOf(store.withSession(tenant, s -> conflictsOf(s, roundId)));
    }

    /** The conflict between one reviewer and one nominee: the recorded one, else a computed one. */
    private static Optional<Conflict> conflictOf(StoreSession s, Reviewer reviewer, Nomination n) {
        Optional<Conflict> recorded = s.reviews().conflicts(n.roundId()).stream()
                .filter(c -> c.reviewerId().equals(reviewer.id()) && c.nominationId().equals(n.id()))
                .findFirst();
        if (recorded.isPresent() || reviewer.employer().isEmpty()) {
            return recorded;
        }
        Artisan a = s.artisans().find(n.artisanId(), false).orElseThrow(() -> new ArtisanNotFoundException(n.artisanId()));
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
            SelectionRound round = round(s, n.roundId(), false);
            requireStage(s, round, "score", plan(s, round).scoringStages());
            if (!n.isInTheRunning()) {
                throw new SelectionRefusedException(Rule.NOMINATION_NOT_ACTIVE, Message.of(SelectionMessage.NOT_IN_THE_RUNNING,
                        nominationId, n.status(), n.verdict().map(v -> v.status().name()).orElse("-")));
            }
            conflictOf(s, reviewer, n).filter(Conflict::isStanding).ifPresent(c -> {
                throw new SelectionRefusedException(Rule.CONFLICT_OF_INTEREST, Message.of(SelectionMessage.CONFLICT_OF_INTEREST,
                        reviewer.name(), nominationId, c.reason(), c.source().name()));
            });
            var scheme = definition(s, round).scoring();
            Map<String, BigDecimal> checked = new LinkedHashMap<>();
            for (var item : scheme.items()) {
                checked.put(item.code(), points(item, items.get(item.code())));
            }
            Set<String> unknown = new HashSet<>(items.keySet());
            unknown.removeAll(checked.keySet());
            if (!unknown.isEmpty()) {
                throw new SelectionRefusedException(Rule.SCORE_OUT_OF_SCALE,
                        Message.of(SelectionMessage.SCORE_UNKNOWN_ITEMS, Texts.quote(unknown)));
            }
            ExpertScore score = new ExpertScore(reviewerId, nominationId, checked, now);
            s.reviews().saveScore(n.roundId(), score);
            Audits.record(s, now, actor, "score.recorded", NOMINATION, nominationId, null,
                    Audits.fields("reviewer", reviewerId.toString(), "total", score.total().toPlainString()), null);
            return score;
        });
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
