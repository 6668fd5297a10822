package org.talentregistry.exchange.internal;

import java.util.Objects;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ResidentId;

/**
 * The people an artisan import has taken from its file so far: for each identity number, the row the person
 * first came on and what that row said of them beyond their certificates, as two hashes (the phone apart, since
 * a later row may leave it blank). A later row of the same person is then held to the same rule whether it
 * falls in the same batch or another: it may add certificates, but what it says otherwise must agree.
 *
 * <p>Kept in two primitive arrays: the number's first seventeen digits (which decide its check character), and
 * the row (24 bits), the hash of the other fields (24) and the phone's (16) packed in a long; up to four slots
 * in five filled. 16 bytes a slot, about 2.1 MB for a file of 100,000 people: what an import holds that grows
 * with the file, let go when the import ends. A hash that matches by chance lets a disagreeing row through as
 * an update, as before this check: one chance in 16 million, or 65,536 for the phone alone.
 */
final class FileIdentities {
    private static final int NOT_SEEN = -1;
    private static final long ROW_MASK = 0xFFFFFF;

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    /**
     * Remembers a person's first row, or tells which earlier row says otherwise of them.
     *
     * @param id the person's number
     * @param d what the row (or the rows of one batch, merged) says of them
     * @param row the row's number
     * @return the earlier row that disagrees, or -1 if none does (the person is new to the file, or the row
     *     agrees with the earlier one but for certificates and a blank phone)
     */
    long disagreeingRow(ResidentId id, ArtisanDetails d, long row) {
        long key = Long.parseLong(id.value().substring(0, 17));
        // Every field of ArtisanDetails but the number (the key), the phone and the certificates.
        long detailsHash = Objects.hash(d.name(), d.employer(), d.occupation(), d.region(), d.startedInTradeOn()) & 0xFFFFFF;
        long phoneHash = d.phone().map(p -> (long) (p.value().hashCode() & 0xFFFF | 1)).orElse(0L);
        int slot = slot(key);
        if (keys[slot] == key) {
            long seen = values[slot];
            boolean agrees = (seen >>> 16 & 0xFFFFFF) == detailsHash && (phoneHash == 0 || (seen & 0xFFFF) == phoneHash);
            return agrees ? NOT_SEEN : seen >>> 40;
        }
        keys[slot] = key;
        values[slot] = Math.min(row, ROW_MASK) << 40 | detailsHash << 16 | phoneHash;
        if (++size * 5 > keys.length * 4) {
            grow();
        }
        return NOT_SEEN;
    }

    /** The slot holding a key, or the empty one where it would go (keys are never 0: no number starts so). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "FileIdentities{" + size + " people}";
    }
}
