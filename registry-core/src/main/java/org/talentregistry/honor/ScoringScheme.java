package org.talentregistry.honor;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;

/**
 * How a round's composite score is made: composite = expertWeight × expert component + voteWeight × vote
 * component, both components on a 0-100 scale.
 *
 * <p>The expert component of a nominee is the mean, over the reviewers who scored it, of each reviewer's
 * total as a percentage of the items' maximum ({@link ExpertNormalization#NONE}), or of each reviewer's
 * standardised total ({@link ExpertNormalization#Z_SCORE}: 50 + 10 z, clipped to 0-100, where z is taken
 * over the totals that reviewer gave). A reviewer who did not score a nominee is left out of that
 * nominee's mean; a round cannot leave expert review while an eligible nominee has fewer than {@link
 * #minimumReviews()} scores.
 *
 * @param expertWeight the expert component's weight, 0 to 1
 * @param voteWeight the vote component's weight, 0 to 1; the weights sum to 1
 * @param items the items experts score, at least one, codes unique
 * @param expertNormalization how reviewers' totals are normalised
 * @param voteNormalization how vote counts become the vote component
 * @param tieBreaks the tie-break rules, in order
 * @param minimumReviews the fewest expert scores a nominee needs, at least 1
 */
public record ScoringScheme(BigDecimal expertWeight, BigDecimal voteWeight, List<ReviewItem> items,
        ExpertNormalization expertNormalization, VoteNormalization voteNormalization, List<TieBreak> tieBreaks,
        int minimumReviews) {

    /**
     * Creates a scheme.
     *
     * @param expertWeight not null, 0 to 1, at most {@link AcceptedValues#MAX_WEIGHT_SCALE} decimal places
     * @param voteWeight not null, 0 to 1, summing to 1 with the expert weight, at most {@link
     *     AcceptedValues#MAX_WEIGHT_SCALE} decimal places
     * @param items not null, not empty, codes unique
     * @param expertNormalization not null
     * @param voteNormalization not null
     * @param tieBreaks not null, no repeats
     * @param minimumReviews at least 1
     * @throws InvalidFieldException naming the faulty field
     */
    public ScoringScheme {
        Objects.requireNonNull(expertWeight, "expertWeight");
        Objects.requireNonNull(voteWeight, "voteWeight");
        // Size first: the sum below is then arithmetic on numbers of at most a few digits.
        expertWeight = Ranges.decimal("scoring.expertWeight", expertWeight, 1, AcceptedValues.MAX_WEIGHT_SCALE);
        voteWeight = Ranges.decimal("scoring.voteWeight", voteWeight, 1, AcceptedValues.MAX_WEIGHT_SCALE);
        if (expertWeight.signum() < 0 || voteWeight.signum() < 0
                || expertWeight.add(voteWeight).compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidFieldException("scoring.weights", FieldProblem.WEIGHTS_NOT_SUMMING_TO_ONE,
                    String.valueOf(expertWeight), String.valueOf(voteWeight));
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidFieldException("scoring.items", FieldProblem.NO_REVIEW_ITEM);
        }
        Set<String> codes = new HashSet<>();
        for (ReviewItem item : items) {
            if (!codes.add(item.code())) {
                throw new InvalidFieldException("scoring.items", FieldProblem.ITEM_LISTED_TWICE, item.code());
            }
        }
        Objects.requireNonNull(expertNormalization, "expertNormalization");
        Objects.requireNonNull(voteNormalization, "voteNormalization");
        tieBreaks = List.copyOf(tieBreaks);
        if (Set.copyOf(tieBreaks).size() != tieBreaks.size()) {
            throw new InvalidFieldException("scoring.tieBreaks", FieldProblem.TIE_BREAK_LISTED_TWICE, tieBreaks.toString());
        }
        if (minimumReviews < 1) {
            throw new InvalidFieldException("scoring.minimumReviews", FieldProblem.TOO_SMALL, 1, minimumReviews);
        }
    }

    /**
     * Returns Zibo's scheme: expert review 85%, public vote 15%, items 技能水平 40, 创新成果 30, 贡献与示范 30,
     * no normalisation, votes relative to the highest count, ties broken by expert score then submission.
     *
     * @return the scheme, not null
     */
    public static ScoringScheme zibo() {
        return new ScoringScheme(new BigDecimal("0.85"), new BigDecimal("0.15"),
                List.of(new ReviewItem("skill", "技能水平", 40), new ReviewItem("innovation", "创新成果", 30),
                        new ReviewItem("contribution", "贡献与示范", 30)),
                ExpertNormalization.NONE, VoteNormalization.RELATIVE_TO_HIGHEST,
                List.of(TieBreak.HIGHER_EXPERT_SCORE, TieBreak.EARLIER_SUBMISSION), 1);
    }

    /**
     * Returns the top of the total scale: the sum of the items' maxima.
     *
     * @return the maximum total
     */
    public int maxTotal() {
        return items.stream().mapToInt(ReviewItem::maxPoints).sum();
    }

    /** How reviewers' totals are normalised before the mean. */
    public enum ExpertNormalization {
        /** Each total as a percentage of the maximum. */
        NONE,
        /** Each total standardised over the totals that reviewer gave: 50 + 10 z, clipped to 0-100. */
        Z_SCORE
    }

    /** How vote counts become the 0-100 vote component. */
    public enum VoteNormalization {
        /** votes ÷ the round's highest count × 100 (Zibo). */
        RELATIVE_TO_HIGHEST,
        /** votes ÷ all the round's counted votes × 100. */
        SHARE_OF_TOTAL
    }
}
