package org.talentregistry.jdbc.internal;

/**
 * The stripe rows of {@code tr_vote_tally_stripe} (migration V017): the rows a nominee's single casts add
 * to instead of its row in {@code tr_vote_tally}, which batches hold while they store their votes. A
 * nominee's tally is its tally row plus the sum of its stripe rows.
 */
final class TallyStripes {
    /**
     * How many stripe rows a nominee's casts spread over: enough that casts of one nominee from a host's
     * threads rarely queue on one row, few enough that a ranking sums a handful of rows per nominee.
     */
    static final int COUNT = 16;

    private TallyStripes() {
    }

    /**
     * Returns the stripe a vote adds to, from its key: the key is an HMAC, so its bytes are uniform and
     * concurrent casts of one nominee fall on different stripes as often as chance allows.
     *
     * @param voterKey the 32 bytes of the vote's key
     * @return the stripe, from 0 to {@link #COUNT} - 1
     */
    static int of(byte[] voterKey) {
        return voterKey[0] & (COUNT - 1);
    }
}
