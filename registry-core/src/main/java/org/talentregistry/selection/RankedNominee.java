package org.talentregistry.selection;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;

/**
 * One nominee's place in a round's ranking, with the breakdown of its composite score.
 *
 * @param position the place, from 1
 * @param nominationId the nominee
 * @param artisanId the artisan
 * @param name the artisan's name
 * @param expertComponent the expert component, 0-100
 * @param reviews how many reviewers scored the nominee
 * @param votes the votes tallied for the nominee; when brushed they stay on record but count as zero
 * @param votesBrushed whether the committee found vote brushing
 * @param voteComponent the vote component, 0-100
 * @param composite expertWeight × expert component + voteWeight × vote component
 * @param selectedTier the tier the nominee is selected for, or empty when on the waitlist
 * @param waitlistPosition the place on the waitlist, from 1, or 0 when selected
 * @param tieBreak how a tie with the nominee ranked just above was broken, or empty if there was no tie
 */
public record RankedNominee(int position, NominationId nominationId, ArtisanId artisanId, String name,
        BigDecimal expertComponent, int reviews, long votes, boolean votesBrushed, BigDecimal voteComponent,
        BigDecimal composite, Optional<String> selectedTier, int waitlistPosition, Optional<String> tieBreak) {
    /**
     * Creates a ranked nominee.
     *
     * @param position the place
     * @param nominationId not null
     * @param artisanId not null
     * @param name not null
     * @param expertComponent not null
     * @param reviews the review count
     * @param votes the vote count
     * @param votesBrushed whether brushed
     * @param voteComponent not null
     * @param composite not null
     * @param selectedTier not null
     * @param waitlistPosition the waitlist place or 0
     * @param tieBreak not null
     */
    public RankedNominee {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expertComponent, "expertComponent");
        Objects.requireNonNull(voteComponent, "voteComponent");
        Objects.requireNonNull(composite, "composite");
        Objects.requireNonNull(selectedTier, "selectedTier");
        Objects.requireNonNull(tieBreak, "tieBreak");
    }

    /** @return true if selected for a tier */
    public boolean isSelected() {
        return selectedTier.isPresent();
    }

    /**
     * Explains the nominee's place in a sentence.
     *
     * @param expertWeight the scheme's expert weight
     * @param voteWeight the scheme's vote weight
     * @return e.g. "#3 王建国: 0.85 × 88.50 (4 reviews) + 0.15 × 72.10 (5,210 votes) = 86.04; selected: gold"
     */
    public String explain(BigDecimal expertWeight, BigDecimal voteWeight) {
        return "#" + position + " " + name + ": " + expertWeight + " × " + expertComponent + " (" + reviews + " reviews) + "
                + voteWeight + " × " + voteComponent + " (" + votes + " votes" + (votesBrushed ? ", brushed: counted as 0" : "")
                + ") = " + composite
                + selectedTier.map(t -> "; selected: " + t).orElse("; waitlist #" + waitlistPosition)
                + tieBreak.map(t -> "; tie broken by " + t).orElse("");
    }
}
