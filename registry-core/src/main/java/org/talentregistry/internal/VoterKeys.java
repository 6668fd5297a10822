package org.talentregistry.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.spi.VoterKey;

/**
 * Turns a vote policy's key material into the voter key the store keeps: HMAC-SHA256 of the material's
 * UTF-8 bytes under a secret the host supplies, as its 32 bytes. Without the secret, a
 * leaked table of keys cannot be matched against the 2^32 IPv4 addresses or a list of accounts.
 *
 * <p>Safe for use by many threads at once. {@link #toString()} never shows the secret.
 *
 * <p>Internal: not part of the supported API.
 */
public final class VoterKeys {
    /** The shortest secret accepted, in bytes: 128 bits. */
    public static final int MIN_SECRET_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    /** What a secret's {@link #id()} is the MAC of: no voter's key material starts so. */
    private static final byte[] ID_MATERIAL = "talent-registry:vote-secret-id".getBytes(StandardCharsets.UTF_8);
    /** The bytes of that MAC an id keeps: 64 bits, as 16 hexadecimal digits. */
    private static final int ID_BYTES = 8;

    private final String id;
    private final SecretKeySpec secret;
    private final Mac prototype;
    private final boolean cloneable;
    private final AtomicReference<Mac> spare = new AtomicReference<>();

    private VoterKeys(SecretKeySpec secret, Mac prototype, boolean cloneable) {
        this.id = HexFormat.of().formatHex(newMac(secret).doFinal(ID_MATERIAL), 0, ID_BYTES);
        this.secret = secret;
        this.prototype = prototype;
        this.cloneable = cloneable;
    }

    /**
     * Returns the keys under a secret.
     *
     * @param secret the host's secret, at least {@value #MIN_SECRET_BYTES} bytes, not null; copied
     * @return the keys, not null
     * @throws InvalidFieldException naming {@code voteSecret} if the secret is null or shorter than
     *     {@value #MIN_SECRET_BYTES} bytes
     */
    public static VoterKeys of(byte[] secret) {
        return of("voteSecret", secret);
    }

    /**
     * Returns the keys under a secret, a refused one named as a field.
     *
     * @param field the field a refusal names, not null
     * @param secret the secret, as {@link #of(byte[])} takes it
     * @return the keys, not null
     * @throws InvalidFieldException naming the field if the secret is null or shorter than {@value
     *     #MIN_SECRET_BYTES} bytes
     */
    public static VoterKeys of(String field, byte[] secret) {
        if (secret == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new InvalidFieldException(field, FieldProblem.SECRET_TOO_SHORT, String.valueOf(MIN_SECRET_BYTES),
                    String.valueOf(secret.length));
        }
        // SecretKeySpec copies the bytes, so the caller may wipe its array afterwards.
        SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
        Mac prototype = newMac(key);
        boolean cloneable;
        try {
            prototype.clone();
            cloneable = true;
        } catch (CloneNotSupportedException e) {
            cloneable = false;
        }
        return new VoterKeys(key, prototype, cloneable);
    }

    /**
     * Returns the secret's id: the first 64 bits of its MAC of a fixed text, in hexadecimal. It tells secrets
     * apart, as a round keeps the id of the secret its voters are keyed under, and gives nothing of the secret
     * away.
     *
     * @return 16 lower-case hexadecimal digits, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the voter key of some key material.
     *
     * @param material what a {@link org.talentregistry.selection.VotePolicy} derived from a ballot, not null
     * @return the key, not null
     */
    public VoterKey key(String material) {
        Objects.requireNonNull(material, "material");
        // One Mac kept between calls: a thread ingesting a million ballots takes it back each time, and only
        // a caller that finds it taken by another thread makes one. doFinal leaves a Mac ready for the next
        // key under the same secret.
        Mac mac = spare.getAndSet(null);
        if (mac == null) {
            mac = mac();
        }
        byte[] key = mac.doFinal(material.getBytes(StandardCharsets.UTF_8));
        spare.set(mac);
        return VoterKey.of(key);
    }

    private Mac mac() {
        // A Mac is not thread-safe. Cloning the initialised prototype is far cheaper than a provider
        // look-up and key set-up per vote, which counts when a million votes are ingested; a provider
        // that cannot clone gets the slow path.
        if (!cloneable) {
            return newMac(secret);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(secret);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "VoterKeys{" + ALGORITHM + ", id=" + id + ", secret=(withheld)}";
    }
}
