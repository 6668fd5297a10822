package org.talentregistry.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorId;
import org.talentregistry.pool.MembershipId;
import org.talentregistry.pool.PoolExit;
import org.talentregistry.pool.PoolMember;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.PoolTotals;

/** Stores talent-pool memberships for the session's tenant. */
public interface PoolStore {

    /**
     * Inserts a membership.
     *
     * @param artisanId the member, not null
     * @param source what brings it, not null; at most one membership per honor
     * @param since the first day, not null
     * @param enteredBy who entered it, not null
     * @return the new membership's id, not null
     */
    MembershipId insert(ArtisanId artisanId, PoolSource source, LocalDate since, Actor enteredBy);

    /**
     * Ends the membership an honor brought from the exit's day: an open one, or one whose recorded end is later,
     * which the exit replaces (a revocation reaching back past a later departure). One that ended on or before the
     * exit's day stays as it is.
     *
     * @param honorId the honor, not null
     * @param exit how it ends, not null
     * @return how many memberships were ended (0 or 1)
     */
    int endByHonor(HonorId honorId, PoolExit exit);

    /**
     * Ends a membership if it is open.
     *
     * @param id the membership, not null
     * @param exit how it ends, not null
     * @return how many memberships were ended (0 or 1)
     */
    int end(MembershipId id, PoolExit exit);

    /**
     * Lists the memberships holding on a date.
     *
     * @param asOf the date, not null
     * @return the memberships, by artisan then id, not null
     */
    List<PoolMembership> activeOn(LocalDate asOf);

    /**
     * Counts the distinct artisans in the pool on a date.
     *
     * @param asOf the date, not null
     * @return the count
     */
    long sizeOn(LocalDate asOf);

    /**
     * Lists an artisan's memberships, ended ones included.
     *
     * @param artisanId the artisan, not null
     * @return the memberships, by id, not null
     */
    List<PoolMembership> ofArtisan(ArtisanId artisanId);

    /**
     * Returns one page of the members matching a query, in its order.
     *
     * @param query the query, not null
     * @return the members of the page, not null
     */
    List<PoolMember> query(PoolQuery query);

    /**
     * Counts the members matching a query, ignoring its page.
     *
     * @param query the query, not null
     * @return the count
     */
    long count(PoolQuery query);

    /**
     * Summarises the pool on a date.
     *
     * @param asOf the date, not null
     * @return the totals, not null
     */
    PoolTotals totals(LocalDate asOf);

    /**
     * Reads a page of the artisans who were in the pool, whose every membership ended on or before a day, and
     * who still hold a field the purge erases, and whom no nomination nor technician title concerns after the
     * day (no nomination in a round still running, deferred, or whose notice ended after it; no title
     * application in a round neither selected nor cancelled, or decided or cancelled after it; no title award
     * for life or ending or revoked after it), each with the day its last membership ended.
     *
     * @param onOrBefore the day, not null
     * @param holding the field they still hold, not null
     * @param afterId the page starts after this artisan id (0 for the first page)
     * @param limit the most artisans to return, positive
     * @return the artisans in ascending id order (the map's order), each with the day it left, not null
     */
    Map<ArtisanId, LocalDate> leftOnOrBefore(LocalDate onOrBefore, ErasableField holding, long afterId, int limit);

    /**
     * Returns a membership.
     *
     * @param id the membership, not null
     * @return the membership, empty if the tenant has none of that id
     */
    Optional<PoolMembership> find(MembershipId id);
}
