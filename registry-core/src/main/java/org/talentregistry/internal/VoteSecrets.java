package org.talentregistry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vote secrets a registry was given: the current one, under which a round's first vote names the secret
 * its voters are keyed under, and retired ones, which rounds that named them while they were current still key
 * their voters under until their voting closes. Safe for use by many threads at once.
 *
 * <p>Internal: not part of the supported API.
 */
public final class VoteSecrets {
    private final VoterKeys current;
    private final Map<String, VoterKeys> byId;

    private VoteSecrets(VoterKeys current, Map<String, VoterKeys> byId) {
        this.current = current;
        this.byId = byId;
    }

    /**
     * Returns the secrets.
     *
     * @param current the current secret, or null for a registry that takes no votes
     * @param retired retired secrets, not null, each checked as the current one is
     * @return the secrets, or null where there is no current secret
     * @throws org.talentregistry.InvalidFieldException naming {@code voteSecret} or {@code retiredVoteSecret} if
     *     a secret is shorter than {@value VoterKeys#MIN_SECRET_BYTES} bytes
     */
    public static VoteSecrets of(byte[] current, List<byte[]> retired) {
        if (current == null) {
            return null;
        }
        VoterKeys now = VoterKeys.of(current);
        Map<String, VoterKeys> byId = new LinkedHashMap<>();
        for (byte[] secret : retired) {
            VoterKeys keys = VoterKeys.of("retiredVoteSecret", secret);
            byId.put(keys.id(), keys);
        }
        byId.put(now.id(), now);
        return new VoteSecrets(now, Map.copyOf(byId));
    }

    /** @return the current secret, which a round's first vote names */
    VoterKeys current() {
        return current;
    }

    /**
     * Finds a secret by its id.
     *
     * @param id a secret's {@link VoterKeys#id()}, not null
     * @return the secret, or empty if the registry was not given it
     */
    Optional<VoterKeys> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
