package org.talentregistry.selection;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.Message;
import org.talentregistry.artisan.ArtisanId;

/**
 * One nominee's place in a round's ranking, with the breakdown of its composite score and, when it is not
 * selected, the rule that left it out.
 *
 * @param position the place, from 1
 * @param nominationId the nominee
 * @param artisanId the artisan
 * @param name the artisan's name: as the record holds it, or once the round is named, as named (see {@link
 *     SelectionRounds#ranking})
 * @param expertComponent the expert component, 0-100
 * @param reviews how many reviewers scored the nominee
 * @param votes the votes received; when brushed they stay on record but count as zero (see {@link #countedVotes()})
 * @param votesBrushed whether the committee found vote brushing
 * @param voteComponent the vote component, 0-100
 * @param composite expertWeight × expert component + voteWeight × vote component
 * @param selectedTier the tier the nominee is selected for, or empty when on the waitlist
 * @param waitlistPosition the place on the waitlist, from 1, or 0 when selected
 * @param tieBreakReason how a tie with the nominee ranked just above was broken, or empty if there was no tie
 * @param notSelectedBecause for a nominee on the waitlist, the rule that left it out: the tier quotas
 *     ({@link SelectionMessage#TIER_QUOTAS_FILLED}) or the program cap ({@link SelectionMessage#PROGRAM_CAP_REACHED},
 *     {@link SelectionMessage#PROGRAM_CAP_LEFT}); empty when selected
 */
public record RankedNominee(int position, NominationId nominationId, ArtisanId artisanId, String name,
        BigDecimal expertComponent, int reviews, long votes, boolean votesBrushed, BigDecimal voteComponent,
        BigDecimal composite, Optional<String> selectedTier, int waitlistPosition, Optional<Message> tieBreakReason,
        Optional<Message> notSelectedBecause) {
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
     * @param tieBreakReason not null
     * @param notSelectedBecause not null
     */
    public RankedNominee {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expertComponent, "expertComponent");
        Objects.requireNonNull(voteComponent, "voteComponent");
        Objects.requireNonNull(composite, "composite");
        Objects.requireNonNull(selectedTier, "selectedTier");
        Objects.requireNonNull(tieBreakReason, "tieBreakReason");
        Objects.requireNonNull(notSelectedBecause, "notSelectedBecause");
    }

    /** @return true if selected for a tier */
    public boolean isSelected() {
        return selectedTier.isPresent();
    }

    /** @return the votes that count: zero when brushed, else the votes received */
    public long countedVotes() {
        return votesBrushed ? 0 : votes;
    }

    /**
     * Returns how a tie with the nominee just above was broken, in English (see {@link #tieBreakReason()}
     * for both languages).
     *
     * @return e.g. "higher expert score (83.0000 vs 80.0000)", or empty
     */
    public Optional<String> tieBreak() {
        return tieBreakReason.map(Message::en);
    }

    /**
     * Explains the nominee's place as a message, in Chinese or English.
     *
     * @param expertWeight the scheme's expert weight, not null
     * @param voteWeight the scheme's vote weight, not null
     * @return the message, not null
     */
    public Message explanation(BigDecimal expertWeight, BigDecimal voteWeight) {
        Message votesText = votesBrushed ? Message.of(SelectionMessage.VOTES_BRUSHED, votes, countedVotes())
                : Message.of(SelectionMessage.VOTES, votes);
        Message outcome = selectedTier.map(t -> Message.of(SelectionMessage.SELECTED, t))
                .orElseGet(() -> notSelectedBecause
                        .map(why -> Message.of(SelectionMessage.WAITLISTED_BECAUSE, waitlistPosition, why))
                        .orElseGet(() -> Message.of(SelectionMessage.WAITLISTED, waitlistPosition)));
        Message line = Message.of(SelectionMessage.RANKED, position, name, expertWeight, expertComponent, reviews,
                voteWeight, voteComponent, votesText, composite, outcome);
        return tieBreakReason.map(t -> Message.of(SelectionMessage.TIE_BROKEN, line, t)).orElse(line);
    }

    /**
     * Explains the nominee's place in a sentence.
     *
     * @param expertWeight the scheme's expert weight, not null
     * @param voteWeight the scheme's vote weight, not null
     * @param locale the reader's locale, not null: Chinese for any {@code zh} locale, else English
     * @return e.g. "#3 王建国: 0.85 × 88.50 (4 reviews) + 0.15 × 72.10 (5210 votes) = 86.04; selected: gold", or
     *     "第3名 王建国：0.85 × 88.50（4份评分）+ 0.15 × 72.10（5210票）= 86.04；入选：gold"
     */
    public String explain(BigDecimal expertWeight, BigDecimal voteWeight, Locale locale) {
        return explanation(expertWeight, voteWeight).render(locale);
    }

    /**
     * Explains the nominee's place in a sentence, in English.
     *
     * @param expertWeight the scheme's expert weight
     * @param voteWeight the scheme's vote weight
     * @return e.g. "#3 王建国: 0.85 × 88.50 (4 reviews) + 0.15 × 72.10 (5210 votes) = 86.04; selected: gold"
     */
    public String explain(BigDecimal expertWeight, BigDecimal voteWeight) {
        return explain(expertWeight, voteWeight, Locale.ENGLISH);
    }
}
