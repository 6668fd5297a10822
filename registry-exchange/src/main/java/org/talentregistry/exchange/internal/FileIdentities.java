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
 * <p>Kept in primitive arrays by the number's first seventeen digits (which decide its check character): a
 * long and three ints a slot, two to four slots a person, 5.2 MB for a file of 100,000 people. It is what an
 * import holds that grows with the file, and is let go when the import ends.
 */
final class FileIdentities {
    private static final int NOT_SEEN = -1;

    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int[] details = new int[1024];
    private int[] phones = new int[1024];
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
        int detailsHash = Objects.hash(d.name(), d.employer(), d.occupation(), d.region(), d.startedInTradeOn());
        int phoneHash = d.phone().map(p -> p.value().hashCode() | 1).orElse(0);
        int slot = slot(key);
        if (keys[slot] == key) {
            boolean agrees = details[slot] == detailsHash && (phoneHash == 0 || phones[slot] == phoneHash);
            return agrees ? NOT_SEEN : rows[slot];
        }
        keys[slot] = key;
        rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
        details[slot] = detailsHash;
        phones[slot] = phoneHash;
        if (++size * 2 > keys.length) {
            grow();
        }
        return NOT_SEEN;
    }

    /** The slot holding a key, or the empty one where it would go (keys are never 0: no number starts so). */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        int[] oldDetails = details;
        int[] oldPhones = phones;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        details = new int[keys.length];
        phones = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
                details[slot] = oldDetails[i];
                phones[slot] = oldPhones[i];
            }
        }
    }

    @Override
    public String toString() {
        return "FileIdentities{" + size + " people}";
    }

    int size() {
        return size;
    }
}
