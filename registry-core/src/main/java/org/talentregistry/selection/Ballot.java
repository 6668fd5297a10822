package org.talentregistry.selection;

import java.time.Instant;
import java.util.Objects;

/**
 * One public vote as cast: for which nominee, by which voter, when. The voter is what the round's {@link
 * VotePolicy} identifies voters by (an IP address literal, an account id); it is never stored, only a
 * keyed hash of what the policy derives from it. {@link #toString()} does not show the voter.
 *
 * @param nominationId the nominee voted for
 * @param voter the voter's address or account, personal data
 * @param castAt when the vote was cast
 */
public record Ballot(NominationId nominationId, String voter, Instant castAt) {
    /**
     * Creates a ballot.
     *
     * @param nominationId not null
     * @param voter not null
     * @param castAt not null
     */
    public Ballot {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(castAt, "castAt");
    }

    @Override
    public String toString() {
        return "Ballot{nominee=" + nominationId + ", voter=(withheld), castAt=" + castAt + "}";
    }
}
