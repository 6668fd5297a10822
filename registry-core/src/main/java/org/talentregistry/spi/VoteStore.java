package org.talentregistry.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;

/**
 * Stores votes by their deduplication key: at most one vote per round and key, enforced by the database
 * so that concurrent casts never double-count. Keeps a tally per nominee as votes are accepted, so that
 * ranking a round never has to count its votes.
 */
public interface VoteStore {

    /**
     * Stores one vote if the round is in public voting and has no vote with the same key, and counts it in
     * the tally. The stage check, the vote and the tally are one atomic step, whether or not the session
     * runs a transaction: the registry calls this through {@link RegistryStore#withSession}, so that a
     * store that can do it in one statement need not open a transaction for it. Within a transaction, it is
     * part of that transaction.
     *
     * @param roundId the round, not null
     * @param nominationId the nominee, not null; the caller has checked that it is in the running in that round
     * @param voterKey the key, not null
     * @param castAt when, not null
     * @return what became of the vote, not null
     */
    CastResult cast(RoundId roundId, NominationId nominationId, VoterKey voterKey, Instant castAt);

    /**
     * Stores a batch of votes in the session's transaction, skipping those whose key the round already has
     * (or which repeat a key within the batch), and counts the stored ones in the tally.
     *
     * @param roundId the round, not null; the caller has checked that it is the session's tenant's and in
     *     public voting (unlike {@link #cast}, this does not check again: one check per batch is the caller's)
     * @param votes the votes, not null
     * @return how many were stored
     */
    long ingest(RoundId roundId, List<KeyedVote> votes);

    /**
     * Returns the tally: accepted votes per nominee. Nominees without votes may be absent.
     *
     * @param roundId the round, not null
     * @return the counts, not null
     */
    Map<NominationId, Long> tally(RoundId roundId);

    /**
     * Deletes a closed round's deduplication keys while keeping the tally, once the round and its
     * objection window are closed (voter keys are personal data kept no longer than needed).
     *
     * @param roundId the round, not null
     * @return how many keys were deleted
     */
    long purgeKeys(RoundId roundId);

    /** What became of one vote given to {@link #cast}. */
    enum CastResult {
        /** Stored and counted. */
        STORED,
        /** Not stored: the round already has a vote with that key. */
        DUPLICATE,
        /** Not stored: the round is not in public voting, or is not the session's tenant's. */
        ROUND_NOT_IN_VOTING
    }

    /**
     * A vote ready to store.
     *
     * @param nominationId the nominee
     * @param voterKey the key
     * @param castAt when it was cast
     */
    record KeyedVote(NominationId nominationId, VoterKey voterKey, Instant castAt) {
    }

    /**
     * Deletes at most a number of a round's voter keys, keeping its tally.
     *
     * @param roundId the round, not null
     * @param limit the most keys deleted, positive
     * @return how many keys were deleted; fewer than {@code limit} means none is left
     */
    long purgeKeys(RoundId roundId, int limit);

    /**
     * Lists the rounds that still have voter keys.
     *
     * @return the rounds, by id, not null
     */
    List<RoundId> roundsWithKeys();
}
