package org.talentregistry.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorTier;
import org.talentregistry.honor.ScoringScheme;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RankedNominee;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.SelectionMessage;

/**
 * Computes a round's composite ranking and selection from its scores and tally. Pure: no store, no clock.
 *
 * <p>Components are rounded to four decimals before they are weighted, and the composite to four
 * decimals: two composites are "equal" when they agree to four decimals.
 */
final class RankingCalculator {
    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    // Only the digits needed: 10:00:00 and 10:00:00.3 for two submissions 300 ms apart.
    private static final DateTimeFormatter SUBMITTED_FRACTION = new DateTimeFormatterBuilder().append(SUBMITTED)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();

    /**
     * A nominee in the running, as the calculator needs it.
     *
     * @param namedTier the tier the nominee is already named to in this round, which it keeps whatever the
     *     order: an honor granted is not taken back by a later ranking
     */
    record Candidate(NominationId id, ArtisanId artisanId, String name, Instant submittedAt, boolean brushed,
            Optional<String> namedTier) {
        Candidate(NominationId id, ArtisanId artisanId, String name, Instant submittedAt, boolean brushed) {
            this(id, artisanId, name, submittedAt, brushed, Optional.empty());
        }
    }

    /**
     * The program cap as it stands for a round.
     *
     * @param cap the program's cap over all its rounds
     * @param grantedElsewhere the honors other rounds of the program granted, revoked ones included
     * @param firstYear the program's first year, for the explanation
     */
    record Cap(int cap, long grantedElsewhere, int firstYear) {
        int leftToRound() {
            return (int) Math.max(0, cap - grantedElsewhere);
        }
    }

    private record Scored(Candidate candidate, BigDecimal expert, int reviews, long votes, BigDecimal vote,
            BigDecimal composite) {
    }

    private RankingCalculator() {
    }

    static List<RankedNominee> rank(ScoringScheme scheme, List<HonorTier> tiers, Integer remainingCap,
            List<Candidate> candidates, List<ExpertScore> scores, Map<NominationId, Long> tally) {
        return rank(scheme, tiers, remainingCap, candidates, scores, tally, java.time.ZoneOffset.UTC);
    }

    static List<RankedNominee> rank(ScoringScheme scheme, List<HonorTier> tiers, Integer remainingCap,
            List<Candidate> candidates, List<ExpertScore> scores, Map<NominationId, Long> tally, ZoneId zone) {
        return rank(scheme, tiers, remainingCap == null ? null : new Cap(remainingCap, 0, 0), candidates, scores, tally,
                zone);
    }

    /**
     * Ranks the candidates and selects them into the tiers, best first: nominees already named keep their
     * tier and use its quota and the cap; the others fill what is left, tier by tier. Each nominee left out
     * says whether the tier quotas or the program cap did it.
     */
    static List<RankedNominee> rank(ScoringScheme scheme, List<HonorTier> tiers, Cap programCap,
            List<Candidate> candidates, List<ExpertScore> scores, Map<NominationId, Long> tally, ZoneId zone) {
        Map<NominationId, List<BigDecimal>> expertParts = expertParts(scheme, candidates, scores);
        // The scale is every vote the round counted, as it stood when voting closed: a nominee who later leaves the
        // running (objection upheld, failed site visit, dropped) keeps its votes in it, as a brushed one does, so
        // that no other nominee's vote component changes and the waitlist moves up in its published order.
        long highest = tally.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long total = tally.values().stream().mapToLong(Long::longValue).sum();
        long denominator = scheme.voteNormalization() == ScoringScheme.VoteNormalization.RELATIVE_TO_HIGHEST ? highest : total;

        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            List<BigDecimal> parts = expertParts.getOrDefault(c.id(), List.of());
            BigDecimal expert = parts.isEmpty() ? BigDecimal.ZERO.setScale(SCALE)
                    : parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_UP);
            long votes = tally.getOrDefault(c.id(), 0L);
            BigDecimal vote = c.brushed() || denominator == 0 ? BigDecimal.ZERO.setScale(SCALE)
                    : BigDecimal.valueOf(votes).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
            BigDecimal composite = scheme.expertWeight().multiply(expert).add(scheme.voteWeight().multiply(vote))
                    .setScale(SCALE, RoundingMode.HALF_UP);
            scored.add(new Scored(c, expert, parts.size(), votes, vote, composite));
        }
        scored.sort(order(scheme.tieBreaks()));

        Map<String, Integer> open = new java.util.LinkedHashMap<>();
        tiers.forEach(t -> open.put(t.code(), t.annualQuota()));
        int capLeft = programCap == null ? Integer.MAX_VALUE : programCap.leftToRound();
        for (Scored sc : scored) {
            Optional<String> named = sc.candidate().namedTier();
            if (named.isPresent()) {
                open.computeIfPresent(named.get(), (k, v) -> v - 1);
                capLeft--;
            }
        }
        List<RankedNominee> ranked = new ArrayList<>();
        int waitlist = 0;
        for (int index = 0; index < scored.size(); index++) {
            Optional<String> tier = scored.get(index).candidate().namedTier();
            Optional<Message> why = Optional.empty();
            if (tier.isEmpty()) {
                Optional<String> free = open.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                        .findFirst();
                if (free.isEmpty()) {
                    why = Optional.of(quotasFilled(tiers));
                } else if (capLeft <= 0) {
                    why = Optional.of(capReached(programCap));
                } else {
                    tier = free;
                    open.merge(free.get(), -1, Integer::sum);
                    capLeft--;
                }
            }
            ranked.add(entry(scored, index, tier, tier.isPresent() ? 0 : ++waitlist, why, scheme.tieBreaks(), zone));
        }
        return ranked;
    }

    private static Message quotasFilled(List<HonorTier> tiers) {
        return Message.of(SelectionMessage.TIER_QUOTAS_FILLED, new LocalizedList(tiers.stream()
                .map(t -> Message.of(SelectionMessage.TIER_FILL, t.name(), t.annualQuota())).toList()));
    }

    private static Message capReached(Cap cap) {
        return cap.leftToRound() == 0
                ? Message.of(SelectionMessage.PROGRAM_CAP_REACHED, cap.cap(), cap.grantedElsewhere(), cap.firstYear())
                : Message.of(SelectionMessage.PROGRAM_CAP_LEFT, cap.cap(), cap.grantedElsewhere(), cap.firstYear(),
                        cap.leftToRound());
    }

    private static RankedNominee entry(List<Scored> scored, int index, Optional<String> tier, int waitlist,
            Optional<Message> notSelectedBecause, List<TieBreak> rules, ZoneId zone) {
        Scored s = scored.get(index);
        Optional<Message> tieBreak = Optional.empty();
        if (index > 0 && scored.get(index - 1).composite().compareTo(s.composite()) == 0) {
            tieBreak = Optional.of(decidingRule(scored.get(index - 1), s, rules, zone));
        }
        Candidate c = s.candidate();
        return new RankedNominee(index + 1, c.id(), c.artisanId(), c.name(), s.expert(), s.reviews(), s.votes(),
                c.brushed(), s.vote(), s.composite(), tier, waitlist, tieBreak, notSelectedBecause);
    }

    private static Message decidingRule(Scored above, Scored below, List<TieBreak> rules, ZoneId zone) {
        for (TieBreak rule : rules) {
            if (rule(rule).compare(above, below) != 0) {
                return switch (rule) {
                    case HIGHER_EXPERT_SCORE -> Message.of(SelectionMessage.TIE_HIGHER_EXPERT_SCORE, above.expert(), below.expert());
                    case MORE_VOTES -> Message.of(SelectionMessage.TIE_MORE_VOTES, counted(above), counted(below));
                    case EARLIER_SUBMISSION -> earlierSubmission(above, below, zone);
                };
            }
        }
        return Message.of(SelectionMessage.TIE_EARLIER_NOMINATION, above.candidate().id(), below.candidate().id());
    }

    /** The two submission times to the second, or with the fraction that tells them apart if the seconds agree. */
    private static Message earlierSubmission(Scored above, Scored below, ZoneId zone) {
        ZonedDateTime first = above.candidate().submittedAt().atZone(zone);
        ZonedDateTime second = below.candidate().submittedAt().atZone(zone);
        DateTimeFormatter format = SUBMITTED.format(first).equals(SUBMITTED.format(second)) ? SUBMITTED_FRACTION : SUBMITTED;
        return Message.of(SelectionMessage.TIE_EARLIER_SUBMISSION, format.format(first), format.format(second));
    }

    private static long counted(Scored s) {
        return s.candidate().brushed() ? 0 : s.votes();
    }

    private static Comparator<Scored> order(List<TieBreak> rules) {
        Comparator<Scored> order = Comparator.comparing(Scored::composite).reversed();
        for (TieBreak rule : rules) {
            order = order.thenComparing(rule(rule));
        }
        return order.thenComparing(s -> s.candidate().id());
    }

    private static Comparator<Scored> rule(TieBreak rule) {
        return switch (rule) {
            case HIGHER_EXPERT_SCORE -> Comparator.comparing(Scored::expert).reversed();
            case MORE_VOTES -> Comparator.comparingLong(RankingCalculator::counted).reversed();
            case EARLIER_SUBMISSION -> Comparator.comparing(s -> s.candidate().submittedAt());
        };
    }

    /** Each nominee's per-reviewer values on the 0-100 scale, before the mean. */
    private static Map<NominationId, List<BigDecimal>> expertParts(ScoringScheme scheme, List<Candidate> candidates,
            List<ExpertScore> scores) {
        Map<NominationId, List<BigDecimal>> parts = new HashMap<>();
        var running = candidates.stream().map(Candidate::id).collect(java.util.stream.Collectors.toSet());
        List<ExpertScore> counted = scores.stream().filter(s -> running.contains(s.nominationId())).toList();
        BigDecimal max = BigDecimal.valueOf(scheme.maxTotal());
        if (scheme.expertNormalization() == ScoringScheme.ExpertNormalization.NONE) {
            for (ExpertScore s : counted) {
                parts.computeIfAbsent(s.nominationId(), k -> new ArrayList<>())
                        .add(s.total().multiply(HUNDRED).divide(max, MathContext.DECIMAL64));
            }
            return parts;
        }
        Map<ReviewerId, List<ExpertScore>> byReviewer = new HashMap<>();
        counted.forEach(s -> byReviewer.computeIfAbsent(s.reviewerId(), k -> new ArrayList<>()).add(s));
        for (List<ExpertScore> given : byReviewer.values()) {
            double mean = given.stream().mapToDouble(s -> s.total().doubleValue()).average().orElse(0);
            double variance = given.stream().mapToDouble(s -> Math.pow(s.total().doubleValue() - mean, 2)).average().orElse(0);
            double sd = Math.sqrt(variance);
            for (ExpertScore s : given) {
                double z = sd == 0 ? 0 : (s.total().doubleValue() - mean) / sd;
                double t = Math.max(0, Math.min(100, 50 + 10 * z));
                parts.computeIfAbsent(s.nominationId(), k -> new ArrayList<>()).add(BigDecimal.valueOf(t));
            }
        }
        return parts;
    }
}
