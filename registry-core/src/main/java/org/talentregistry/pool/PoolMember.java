package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillLevel;

/**
 * One member of the talent pool as a query found it on its date: what a pool list shows. It holds no
 * identity number, phone or birth date, so that a list can be shown or exported as it is.
 *
 * @param artisanId the artisan
 * @param name the artisan's name
 * @param employerName the employer's name
 * @param occupation the trade
 * @param region the region
 * @param level the highest skill level valid on the query's date, empty if none
 * @param since the first day of the earliest membership holding on the query's date
 * @param memberships the memberships holding on the query's date, unmodifiable, not empty
 * @param engagements the engagements in the query's period, 0 if the query set none
 */
public record PoolMember(ArtisanId artisanId, String name, String employerName, Occupation occupation, Region region,
        Optional<SkillLevel> level, LocalDate since, List<PoolMembership> memberships, int engagements) {
    /**
     * Creates a member row.
     *
     * @throws NullPointerException if a component is null
     */
    public PoolMember {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(since, "since");
        memberships = List.copyOf(memberships);
    }
}
