package org.talentregistry.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The baselines' share of the library's work on a voter: the key the library stores for an IPv4 voter
 * under Zibo's policy, HMAC-SHA256 of {@code round:<round id>|ip4:<address>} under the same secret, as its 32
 * bytes, as the library stores it since migration V013. The baselines mean to store the very keys the library stores; {@link
 * VoteBenchmarks} checks that they do after ingestion and says so in the report. One instance per thread:
 * a {@link Mac} is not thread-safe.
 *
 * <p>The baselines hash the address text as the workload gives it (always canonical dotted-quad); the
 * library also parses and validates it, which is library work the baselines do not repeat.
 */
final class VoterHasher {
    private final Mac mac;
    private final String prefix;

    /**
     * Creates a hasher for the voters of a round.
     *
     * @param secret the registry's vote secret
     * @param roundId the round
     */
    VoterHasher(byte[] secret, long roundId) {
        this.prefix = "round:" + roundId + "|ip4:";
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /**
     * Returns the stored key of an IPv4 voter.
     *
     * @param address a canonical dotted-quad address
     * @return the 32 bytes of the HMAC
     */
    byte[] key(String address) {
        return mac.doFinal((prefix + address).getBytes(StandardCharsets.UTF_8));
    }
}
