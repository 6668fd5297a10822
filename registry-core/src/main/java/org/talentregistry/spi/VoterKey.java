package org.talentregistry.spi;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * A vote's deduplication key: the 32 bytes of HMAC-SHA256 of a vote policy's key material, as stores keep
 * it. Keys order as their bytes do, unsigned and lexicographically, which is how every database orders a
 * binary column, so a store can lock them in the order its index holds them.
 *
 * <p>Carried as bytes from the HMAC to the database, never as text: a million ballots would otherwise each
 * make a hex string and parse it back. {@link #toString()} never shows the key, which is personal data in
 * the sense that a voter's keys can be linked.
 */
public final class VoterKey implements Comparable<VoterKey> {
    /** The length of a key, in bytes. */
    public static final int BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;
    // The first eight bytes, big-endian: a batch of 50,000 keys is sorted by them, and an HMAC's first eight
    // bytes almost never tie (the README example's 2018 ingestion spent a sixth of its time sorting keys).
    private final long head;

    private VoterKey(byte[] bytes) {
        this.bytes = bytes;
        long h = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            h = h << 8 | (bytes[i] & 0xFF);
        }
        this.head = h;
    }

    /**
     * Returns the key of 32 bytes.
     *
     * @param bytes the bytes, not null; copied
     * @return the key, not null
     * @throws InvalidFieldException naming {@code voterKey} if the bytes are null or not 32
     */
    public static VoterKey of(byte[] bytes) {
        if (bytes == null) {
            throw new InvalidFieldException("voterKey", FieldProblem.REQUIRED);
        }
        if (bytes.length != BYTES) {
            throw new InvalidFieldException("voterKey", FieldProblem.NOT_A_VOTER_KEY);
        }
        return new VoterKey(bytes.clone());
    }

    /**
     * Returns the key of 64 lower-case hex characters, the form keys were kept in before migration V013.
     *
     * @param hex the text, not null
     * @return the key, not null
     * @throws InvalidFieldException naming {@code voterKey} if the text is null or not 64 lower-case hex
     *     characters (the message does not repeat it)
     */
    public static VoterKey parse(String hex) {
        if (hex == null || hex.length() != 2 * BYTES || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            // A key in another case or form would be another voter to a table of text keys.
            throw new InvalidFieldException("voterKey", FieldProblem.NOT_A_VOTER_KEY);
        }
        return new VoterKey(HEX.parseHex(hex));
    }

    /**
     * Returns a copy of the key's bytes.
     *
     * @return 32 bytes, not null; the caller's to change
     */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /**
     * Returns the key as 64 lower-case hex characters, for stores that keep or send keys as text. Never
     * log it.
     *
     * @return the text, not null
     */
    public String toHex() {
        return HEX.formatHex(bytes);
    }

    /**
     * Returns one byte of the key.
     *
     * @param index 0 to 31
     * @return the byte
     * @throws IndexOutOfBoundsException if the index is not 0 to 31
     */
    public byte byteAt(int index) {
        return bytes[Objects.checkIndex(index, BYTES)];
    }

    /**
     * Returns the key's first eight bytes as one big-endian number. Compared unsigned ({@link
     * Long#compareUnsigned}), these order two keys as {@link #compareTo} does, unless they are equal: a store
     * sorting a batch of keys can sort these numbers and compare whole keys only where they tie, which for
     * HMAC keys is almost never.
     *
     * @return the first eight bytes
     */
    public long leadingBytes() {
        return head;
    }

    /** Compares the keys' bytes, unsigned and lexicographically, as databases order binary columns. */
    @Override
    public int compareTo(VoterKey other) {
        int byHead = Long.compareUnsigned(head, other.head);
        return byHead != 0 ? byHead : Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoterKey k && head == k.head && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(head);
    }

    /** Shows no byte of the key. */
    @Override
    public String toString() {
        return "VoterKey{(withheld)}";
    }
}
