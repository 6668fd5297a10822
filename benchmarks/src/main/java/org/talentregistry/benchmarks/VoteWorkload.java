package org.talentregistry.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.NominationId;

/**
 * A reproducible sequence of ballots under Zibo's policy (one vote per IPv4 address per round): distinct
 * voters from a range of addresses of its own, an exact share of ballots repeating a voter seen earlier in
 * the sequence (for any nominee), nominees drawn with a skew so that a few are popular.
 *
 * <p>Everything is generated before a measurement starts, voters as address text, so that the library and
 * the baselines are handed the very same ballots and neither pays for generating them.
 */
final class VoteWorkload {
    private final String[] voters;
    private final NominationId[] nominees;
    private final int distinct;
    private final Instant castBase;

    private VoteWorkload(String[] voters, NominationId[] nominees, int distinct, Instant castBase) {
        this.voters = voters;
        this.nominees = nominees;
        this.distinct = distinct;
        this.castBase = castBase;
    }

    /**
     * Generates ballots.
     *
     * @param ballots how many ballots
     * @param duplicateShare the exact share of ballots repeating an earlier voter of this sequence
     * @param firstVoter the index of this sequence's first address; sequences must not overlap
     * @param candidates the nominees to vote for
     * @param seed the random seed
     * @return the workload
     */
    static VoteWorkload generate(int ballots, double duplicateShare, long firstVoter, List<NominationId> candidates,
            long seed) {
        Random random = new Random(seed);
        int duplicates = (int) Math.round(ballots * duplicateShare);
        boolean[] repeat = new boolean[ballots];
        for (int i = 0; i < duplicates; i++) {
            repeat[ballots - 1 - i] = true;
        }
        for (int i = ballots - 1; i > 1; i--) {
            int j = 1 + random.nextInt(i);
            boolean t = repeat[i];
            repeat[i] = repeat[j];
            repeat[j] = t;
        }
        String[] voters = new String[ballots];
        NominationId[] nominees = new NominationId[ballots];
        String[] seen = new String[ballots];
        int distinct = 0;
        for (int i = 0; i < ballots; i++) {
            if (repeat[i]) {
                voters[i] = seen[random.nextInt(distinct)];
            } else {
                voters[i] = address(firstVoter + distinct);
                seen[distinct++] = voters[i];
            }
            double u = random.nextDouble();
            nominees[i] = candidates.get((int) (candidates.size() * u * u));
        }
        // Now, not a fixed date: the registry refuses a vote cast before its round entered public voting (V030, to
        // the microsecond) or ahead of its clock. Cut to whole seconds, as it was, a workload made within a second
        // of the round's opening dated every ballot before it, and the library refused them all.
        return new VoteWorkload(voters, nominees, distinct, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** IPv4 addresses from 11.0.0.0 on, in dotted-quad form. */
    private static String address(long index) {
        long v = 0x0B00_0000L + index;
        if (v > 0xDFFF_FFFFL) {
            throw new IllegalArgumentException("voter index out of the unicast range: " + index);
        }
        return (v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255);
    }

    /** @return how many ballots */
    int size() {
        return voters.length;
    }

    /** @return how many distinct voters: the votes a store accepts from an empty round */
    int distinctVoters() {
        return distinct;
    }

    /** @return how many ballots repeat a voter */
    int duplicates() {
        return voters.length - distinct;
    }

    /**
     * Returns one ballot's voter.
     *
     * @param i the index
     * @return the address literal
     */
    String voter(int i) {
        return voters[i];
    }

    /**
     * Returns one ballot's nominee.
     *
     * @param i the index
     * @return the nominee
     */
    NominationId nominee(int i) {
        return nominees[i];
    }

    /**
     * Returns one ballot's cast time: a microsecond after the one before, from when the workload was
     * generated (after its round was opened), so that a million ballots span a second.
     *
     * @param i the index
     * @return the time
     */
    Instant castAt(int i) {
        return castBase.plus(i, ChronoUnit.MICROS);
    }

    /**
     * Returns one ballot.
     *
     * @param i the index
     * @return the ballot
     */
    Ballot ballot(int i) {
        return new Ballot(nominees[i], voters[i], castAt(i));
    }

    /** @return the ballots in order, made as they are consumed */
    Stream<Ballot> ballots() {
        return IntStream.range(0, voters.length).mapToObj(this::ballot);
    }
}
