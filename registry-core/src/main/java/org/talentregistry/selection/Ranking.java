package org.talentregistry.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A round's composite ranking: every nominee in the running, best first, with its breakdown, the
 * selection per tier and the ordered waitlist.
 *
 * @param roundId the round
 * @param provisional true before voting closes: votes may still change the order
 * @param expertWeight the expert weight applied
 * @param voteWeight the vote weight applied
 * @param nominees the nominees, best first, unmodifiable
 */
public record Ranking(RoundId roundId, boolean provisional, BigDecimal expertWeight, BigDecimal voteWeight,
        List<RankedNominee> nominees) {
    /**
     * Creates a ranking.
     *
     * @param roundId not null
     * @param provisional whether provisional
     * @param expertWeight not null
     * @param voteWeight not null
     * @param nominees not null
     */
    public Ranking {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(expertWeight, "expertWeight");
        Objects.requireNonNull(voteWeight, "voteWeight");
        nominees = List.copyOf(nominees);
    }

    /** @return the selected nominees, best first */
    public List<RankedNominee> selected() {
        return nominees.stream().filter(RankedNominee::isSelected).toList();
    }

    /**
     * Returns the nominees selected for one tier.
     *
     * @param tierCode the tier, not null
     * @return the nominees, best first
     */
    public List<RankedNominee> selected(String tierCode) {
        return nominees.stream().filter(n -> n.selectedTier().filter(tierCode::equals).isPresent()).toList();
    }

    /**
     * Returns one nominee's line of the ranking.
     *
     * @param nominationId the nomination, not null
     * @return the line, or empty if the nomination is not in the running in this round
     * @throws NullPointerException if the id is null
     */
    public Optional<RankedNominee> nominee(NominationId nominationId) {
        Objects.requireNonNull(nominationId, "nominationId");
        return nominees.stream().filter(n -> n.nominationId().equals(nominationId)).findFirst();
    }

    /** @return the waitlist, in order */
    public List<RankedNominee> waitlist() {
        return nominees.stream().filter(n -> !n.isSelected()).toList();
    }

    /** @return one line per nominee explaining its place, in English */
    public String explain() {
        return explain(Locale.ENGLISH);
    }

    /**
     * Explains every nominee's place, one line each: the breakdown, the selection or the waitlist place with
     * the rule that left the nominee out, and how a tie was broken.
     *
     * @param locale the reader's locale, not null: Chinese for any {@code zh} locale, else English
     * @return the lines, not null
     */
    public String explain(Locale locale) {
        return nominees.stream().map(n -> n.explain(expertWeight, voteWeight, locale)).collect(Collectors.joining("\n"));
    }
}
