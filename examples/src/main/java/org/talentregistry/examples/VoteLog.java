package org.talentregistry.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.NominationId;

/**
 * The public vote of one round as the union's app would have logged it, generated lazily so that half a
 * million ballots never sit in memory: one ballot per distinct voter, in a random order over the voting
 * weeks, mixed with voters trying again, ballots whose voter is not an address literal and ballots for a
 * candidate who is no longer in the running.
 *
 * <p>Each distinct voter votes for a planned nominee, so that the counted votes per nominee are known in
 * advance. Four voters in five have an IPv4 address in 60.208.0.0/12, one in five an IPv6 /64 in
 * 2408:8456::/32. A voter trying again comes back from the same IPv4 address (sometimes as an IPv4-mapped
 * IPv6 address, as a dual-stack server logs it) or from another address in the same /64, for the same
 * nominee or another: under one vote per IP per round all of these are duplicates.
 */
final class VoteLog implements Iterator<Ballot> {
    private static final byte FIRST = 0;
    private static final byte AGAIN = 1;
    private static final byte NOT_AN_ADDRESS = 2;
    private static final byte NOT_RUNNING = 3;
    private static final int IPV4_BLOCK_BITS = 20;
    private static final List<String> MALFORMED = List.of("unknown", "60.210.12", "fe80::1%eth0", "60.210.12.7:51234",
            "proxy.zibo.example", "::ffff:999.1.1.1", "-");

    private final Random random;
    private final List<NominationId> nominees;
    private final NominationId notRunning;
    private final byte[] kinds;
    private final int[] plannedNominee;
    private final Instant from;
    private final long spanMillis;
    private int next;
    private int firstVotes;

    /**
     * Plans a round's log.
     *
     * @param seed the seed of the log's randomness
     * @param nominees the nominees in the running
     * @param votes the distinct voters for each nominee, in the order of {@code nominees}
     * @param again how many ballots come from voters who already voted
     * @param malformed how many ballots have a voter that is not an IP address literal
     * @param forNotRunning how many ballots are for {@code notRunning}
     * @param notRunning a nominee of the round who is not in the running, or null if {@code forNotRunning} is 0
     * @param from when voting opened
     * @param to when voting closed
     */
    VoteLog(long seed, List<NominationId> nominees, long[] votes, int again, int malformed, int forNotRunning,
            NominationId notRunning, Instant from, Instant to) {
        this.random = new Random(seed);
        this.nominees = List.copyOf(nominees);
        this.notRunning = notRunning;
        long distinct = 0;
        for (long v : votes) {
            distinct += v;
        }
        if (distinct >= 1L << IPV4_BLOCK_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << IPV4_BLOCK_BITS) - 1) + " voters, got " + distinct);
        }
        plannedNominee = new int[(int) distinct];
        int at = 0;
        for (int n = 0; n < votes.length; n++) {
            for (long i = 0; i < votes[n]; i++) {
                plannedNominee[at++] = n;
            }
        }
        shuffle(plannedNominee);
        kinds = new byte[plannedNominee.length + again + malformed + forNotRunning];
        int k = plannedNominee.length;
        for (int i = 0; i < again; i++) {
            kinds[k++] = AGAIN;
        }
        for (int i = 0; i < malformed; i++) {
            kinds[k++] = NOT_AN_ADDRESS;
        }
        for (int i = 0; i < forNotRunning; i++) {
            kinds[k++] = NOT_RUNNING;
        }
        shuffle(kinds);
        // Someone must have voted before anyone can vote again.
        for (int i = 0; i < kinds.length && kinds[0] != FIRST; i++) {
            if (kinds[i] == FIRST) {
                kinds[i] = kinds[0];
                kinds[0] = FIRST;
            }
        }
        this.from = from;
        this.spanMillis = Duration.between(from, to).toMillis();
    }

    /** Returns how many ballots the log holds. */
    int size() {
        return kinds.length;
    }

    @Override
    public boolean hasNext() {
        return next < kinds.length;
    }

    @Override
    public Ballot next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Instant castAt = from.plusMillis(spanMillis * next / kinds.length + random.nextInt(1000));
        byte kind = kinds[next++];
        return switch (kind) {
            case FIRST -> {
                int voter = firstVotes++;
                yield new Ballot(nominees.get(plannedNominee[voter]), address(voter, false), castAt);
            }
            case AGAIN -> {
                int voter = random.nextInt(firstVotes);
                int nominee = random.nextInt(10) < 7 ? plannedNominee[voter] : random.nextInt(nominees.size());
                yield new Ballot(nominees.get(nominee), address(voter, true), castAt);
            }
            case NOT_AN_ADDRESS -> new Ballot(nominees.get(random.nextInt(nominees.size())),
                    MALFORMED.get(random.nextInt(MALFORMED.size())), castAt);
            default -> new Ballot(notRunning, address(random.nextInt(plannedNominee.length), false), castAt);
        };
    }

    /**
     * Returns the address of a voter. Multiplying by an odd number is a bijection modulo a power of two,
     * so distinct voters get distinct IPv4 addresses and distinct IPv6 /64 prefixes.
     */
    private String address(int voter, boolean again) {
        if (voter % 5 == 4) {
            long prefix = (voter * 0x9E3779B1L) & 0xFFFF_FFFFL;
            // The interface half changes from one visit to the next (privacy addresses); the /64 stays.
            long host = random.nextLong();
            return String.format(Locale.ROOT, "2408:8456:%x:%x:%x:%x:%x:%x", prefix >>> 16, prefix & 0xFFFF,
                    (host >>> 48) & 0xFFFF, (host >>> 32) & 0xFFFF, (host >>> 16) & 0xFFFF, host & 0xFFFF);
        }
        int offset = (int) ((voter * 0x5BD1FL) & ((1L << IPV4_BLOCK_BITS) - 1));
        String ipv4 = "60." + (208 + (offset >>> 16)) + "." + ((offset >>> 8) & 0xFF) + "." + (offset & 0xFF);
        return again && random.nextInt(3) == 0 ? "::ffff:" + ipv4 : ipv4;
    }

    private void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private void shuffle(byte[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
