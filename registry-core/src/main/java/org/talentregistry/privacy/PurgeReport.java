package org.talentregistry.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.selection.RoundId;

/**
 * What a purge removed. The same facts are in the audit trail, one event per round and per artisan.
 *
 * @param asOf the day the retention periods were measured to
 * @param voterKeys voter keys removed per round, unmodifiable
 * @param phonesErased the artisans whose phone was erased, unmodifiable
 * @param identityNumbersErased the artisans whose identity number was erased, unmodifiable
 * @param batches how many transactions the purge took
 */
public record PurgeReport(LocalDate asOf, Map<RoundId, Long> voterKeys, List<ArtisanId> phonesErased,
        List<ArtisanId> identityNumbersErased, int batches) {
    /**
     * Creates a report.
     *
     * @throws NullPointerException if a component is null
     */
    public PurgeReport {
        Objects.requireNonNull(asOf, "asOf");
        voterKeys = Map.copyOf(voterKeys);
        phonesErased = List.copyOf(phonesErased);
        identityNumbersErased = List.copyOf(identityNumbersErased);
    }

    /** @return the voter keys removed in all rounds */
    public long voterKeysPurged() {
        return voterKeys.values().stream().mapToLong(Long::longValue).sum();
    }
}
