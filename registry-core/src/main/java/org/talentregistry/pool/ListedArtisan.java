package org.talentregistry.pool;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.honor.HonorId;

/**
 * An artisan as a list of the pool shows it on a date ({@link TalentPool#forEachListed}): the artisan with
 * its certificates, the memberships holding on that date, and the names of the honors they name, so that a
 * list needs no look-up per row.
 *
 * @param artisan the artisan
 * @param memberships the memberships holding on the date, in the order they were entered; empty if the
 *     artisan is not in the pool that day
 * @param honorNames for each membership by honor, the honor's program name followed by its tier name, as
 *     the honor was granted (淄博工匠金牌工匠)
 * @param consentHolds whether the artisan's consent to the purpose the read was asked about holds on the day
 *     it was asked about ({@link TalentPool#forEachListed} with a consent purpose); false when the read was
 *     asked about none
 */
public record ListedArtisan(Artisan artisan, List<PoolMembership> memberships, Map<HonorId, String> honorNames,
        boolean consentHolds) {
    /**
     * Creates a listed artisan, copying the lists.
     *
     * @throws NullPointerException if a component is null or holds a null
     */
    public ListedArtisan {
        Objects.requireNonNull(artisan, "artisan");
        memberships = List.copyOf(memberships);
        honorNames = Map.copyOf(honorNames);
    }

    /**
     * Creates a listed artisan read without asking about a consent ({@link #consentHolds()} false), copying
     * the lists.
     *
     * @param artisan the artisan
     * @param memberships the memberships holding on the date
     * @param honorNames the names of the honors the memberships name
     * @throws NullPointerException if an argument is null or holds a null
     */
    public ListedArtisan(Artisan artisan, List<PoolMembership> memberships, Map<HonorId, String> honorNames) {
        this(artisan, memberships, honorNames, false);
    }

    /**
     * Returns a copy saying whether the artisan's consent asked about holds.
     *
     * @param holds whether it holds
     * @return the copy
     */
    public ListedArtisan withConsentHolds(boolean holds) {
        return new ListedArtisan(artisan, memberships, honorNames, holds);
    }

    /**
     * Returns the name of an honor a membership names.
     *
     * @param honorId the honor, not null
     * @return its program name followed by its tier name
     * @throws IllegalArgumentException if no membership of this artisan's names the honor
     */
    public String honorName(HonorId honorId) {
        String name = honorNames.get(Objects.requireNonNull(honorId, "honorId"));
        if (name == null) {
            throw new IllegalArgumentException("no membership of artisan " + artisan.id() + " names honor " + honorId);
        }
        return name;
    }
}
