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
     * Stores one vote unless the round has one with the same key, and counts it in the tally.
     *
     * @param roundId the round, not null
     * @param nominationId the nominee, not null
     * @param voterKey the key, 64 hex characters (HMAC-SHA256), not null
     * @param castAt when, not null
     * @return true if stored, false if the key was taken
     */
    boolean cast(RoundId roundId, NominationId nominationId, String voterKey, Instant castAt);

    /**
     * Stores a batch of votes in the session's transaction, skipping those whose key the round already has
     * (or which repeat a key within the batch), and counts the stored ones in the tally.
     *
     * @param roundId the round, not null
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

    /**
     * A vote ready to store.
     *
     * @param nominationId the nominee
     * @param voterKey the key, 64 hex characters
     * @param castAt when it was cast
     */
    record KeyedVote(NominationId nominationId, String voterKey, Instant castAt) {
    }
}
