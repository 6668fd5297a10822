package org.talentregistry.selection;

import java.time.ZoneId;

/**
 * Decides which votes count as the same voter's: it turns a ballot into a deduplication key, and the
 * database keeps at most one vote per key and round. A program names its policy by {@link #id()}; the
 * registry knows {@link VotePolicies#onePerIpPerRound()} and {@link
 * VotePolicies#onePerAccountPerNomineePerDay()}, and a host can add its own.
 *
 * <p>The key material is never stored as it is: the registry stores HMAC-SHA256 of it under a secret the
 * host supplies.
 */
public interface VotePolicy {

    /**
     * Returns the policy's id, which programs refer to.
     *
     * @return the id, e.g. {@code one-per-ip-per-round}, not null
     */
    String id();

    /**
     * Returns what the policy counts, as a program's rules state it in Chinese.
     *
     * @return e.g. 同一IP地址每轮限投一票; by default the {@link #id()}
     */
    default String chineseName() {
        return id();
    }

    /**
     * Returns the key material for a ballot: two ballots of the same round whose material is equal are
     * the same voter's, and only the first counts.
     *
     * @param ballot the ballot, not null
     * @param zone the zone in which calendar days are counted, not null
     * @return the material, not null
     * @throws org.talentregistry.InvalidFieldException naming {@code voter} if the ballot's voter is not of
     *     the form the policy needs (e.g. not an IP address literal); never resolves names through DNS
     */
    String keyMaterial(Ballot ballot, ZoneId zone);
}
