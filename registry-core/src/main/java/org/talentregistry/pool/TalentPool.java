package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.ConsentRequiredException;

/**
 * The talent pool (人才库) of one tenant under unified management, reached through
 * {@link org.talentregistry.TalentRegistry#pool()}: honorees of the tiers that enter it, from their naming to
 * the revocation of the honor that brought them, and artisans the bureau adds from other sources; what they
 * do (training, campus talks, media); and the summaries a union report prints. Every change writes an audit
 * event in its own transaction.
 */
public interface TalentPool {

    /**
     * Lists the memberships holding on a date.
     *
     * @param asOf the date, not null
     * @return the memberships, by artisan, unmodifiable
     * @throws NullPointerException if the date is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    List<PoolMembership> membersOn(LocalDate asOf);

    /**
     * Reads the artisans a query's filters match after its cursor, in id order, each with the memberships
     * holding on a date and the names of the honors they name, handing each to an action as it is read: one
     * read in one transaction, for lists of the pool. What it holds at a time does not grow with the pool or
     * the registry (a block of artisans), unlike {@link #membersOn}, whose list the caller would otherwise
     * match against the artisans. The action's own reads of the registry join the list's transaction on the
     * same connection; on MariaDB, where a statement cannot run while the list streams, the first of them
     * makes the driver read the rest of the list into memory. What a list needs of each artisan is best read
     * in the list itself, as the consent is by the overload that takes a purpose.
     *
     * @param query the filters and cursor, not null; its page size is ignored
     * @param asOf the date the memberships hold on, not null
     * @param listing every artisan the filters match, or only those in the pool on that date, not null
     * @param action what to do with each artisan, not null; it may read the registry
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    void forEachListed(ArtisanQuery query, LocalDate asOf, Listing listing, Consumer<? super ListedArtisan> action);

    /**
     * Reads artisans as {@link #forEachListed(ArtisanQuery, LocalDate, Listing, Consumer)} does, each also
     * saying whether its consent to a purpose holds on a day ({@link ListedArtisan#consentHolds()}), in the
     * same read: a list that shows personal data only where consent holds (the pool for the bureau) asks
     * nothing more per artisan. The day of the consent is the day the list is made, which may differ from
     * the day it describes.
     *
     * @param query the filters and cursor, not null; its page size is ignored
     * @param asOf the date the memberships hold on, not null
     * @param listing every artisan the filters match, or only those in the pool on that date, not null
     * @param consentTo the purpose whose consent each artisan is read with, not null
     * @param consentOn the day the consent must hold on, not null
     * @param action what to do with each artisan, not null; it may read the registry
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} or {@code consentOn} if it is not
     *     from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     *     org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    void forEachListed(ArtisanQuery query, LocalDate asOf, Listing listing, ConsentPurpose consentTo,
            LocalDate consentOn, Consumer<? super ListedArtisan> action);

    /** Which artisans {@link #forEachListed} reads. */
    enum Listing {
        /** Every artisan the query's filters match, in the pool on the date or not: a register of artisans. */
        EVERY_ARTISAN,
        /** Only the artisans in the pool on the date: the pool's own list. */
        POOL_MEMBERS
    }

    /**
     * Counts the distinct artisans in the pool on a date.
     *
     * @param asOf the date, not null
     * @return the size
     * @throws NullPointerException if the date is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    long sizeOn(LocalDate asOf);

    /**
     * Lists an artisan's memberships, ended ones included: the artisan's pool history (entered, left, why,
     * who).
     *
     * @param artisanId the artisan, not null
     * @return the memberships, earliest recorded first, unmodifiable; empty if the artisan never was a member
     * @throws NullPointerException if the id is null
     */
    List<PoolMembership> ofArtisan(ArtisanId artisanId);

    /**
     * Lists one page of the members matching a query on its date. The query's values were checked when it
     * was built.
     *
     * @param query the query, not null
     * @return the page, with the total over all pages, not null
     * @throws NullPointerException if the query is null
     */
    PoolPage query(PoolQuery query);

    /**
     * Hands one page of the pool to another processor, such as the bureau's talent pool: the members on the
     * query's date, only those whose consent to {@link org.talentregistry.privacy.ConsentPurpose#SHARING_WITH_BUREAU}
     * holds on the day of the share (today, by the registry's clock); the others are counted as withheld. A
     * member who consented in the past and has withdrawn since is withheld. The share is audited with the
     * recipient, the day and the counts.
     *
     * @param actor who shares, not null
     * @param query the members and the page, not null; its own consent filter, if any, is replaced
     * @param recipient who receives the list, 1 to 200 characters without control characters
     * @return the page shared and how many were withheld, not null
     * @throws NullPointerException if the actor or the query is null
     * @throws InvalidFieldException naming {@code recipient} if blank, too long or with a control character
     */
    PoolShare shareWithBureau(Actor actor, PoolQuery query, String recipient);

    /**
     * Summarises the pool on a date: members by trade, region, tier, honor year and the bureau's sources.
     *
     * @param asOf the date, not null
     * @return the totals, not null
     * @throws NullPointerException if the date is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    PoolTotals totals(LocalDate asOf);

    /**
     * Explains why an artisan is, or is not, in the pool on a date, and since when.
     *
     * @param artisanId the artisan, not null
     * @param asOf the date, not null
     * @return the standing, not null
     * @throws NullPointerException if an argument is null
     * @throws org.talentregistry.InvalidFieldException naming {@code asOf} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     */
    PoolStanding explain(ArtisanId artisanId, LocalDate asOf);

    /**
     * Adds an artisan to the pool from a source other than an honor, for example a technician title.
     *
     * @param actor who adds, not null
     * @param admission the artisan, the source and the first day, not null; its values were checked when it
     *     was created ({@link PoolAdmission})
     * @return the new membership, not null
     * @throws NullPointerException if an argument is null
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     * @throws PoolRefusedException {@code ALREADY_MEMBER} if the bureau's earlier addition of the artisan
     *     has not ended
     */
    PoolMembership add(Actor actor, PoolAdmission admission);

    /**
     * Ends every membership of an artisan that has not ended yet: death, leaving the city, the artisan's own
     * request. The honors stay as they are; to end a membership by revoking its honor, revoke the honor.
     *
     * @param actor who records it, not null
     * @param artisanId the artisan, not null
     * @param leave why and from when, not null; its values were checked when it was created ({@link PoolLeave})
     * @return the memberships ended, unmodifiable, not empty
     * @throws NullPointerException if an argument is null
     * @throws PoolRefusedException {@code NOT_A_MEMBER} if no membership of the artisan is open, or one
     *     would end before it began
     */
    List<PoolMembership> leave(Actor actor, ArtisanId artisanId, PoolLeave leave);

    /**
     * Records what a pool member did. The artisan must be in the pool on the engagement's date; a media
     * feature also needs the artisan's consent to media publicity on that date.
     *
     * @param actor who records it, not null
     * @param artisanId the member, not null
     * @param details what the member did, not null; its values were checked when it was created ({@link
     *     EngagementDetails}: texts, event dates, hours)
     * @return the engagement, revision 1, not null
     * @throws NullPointerException if an argument is null
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     * @throws InvalidFieldException naming {@code firstDay} or {@code day} if the engagement is dated after today
     * @throws PoolRefusedException {@code NOT_A_MEMBER} if the artisan is not in the pool on the date
     * @throws ConsentRequiredException for a media feature without the artisan's media consent on its date
     */
    Engagement recordEngagement(Actor actor, ArtisanId artisanId, EngagementDetails details);

    /**
     * Corrects an engagement: a new revision replaces the current one, and the earlier revisions stay in its
     * history. The same checks apply as when recording.
     *
     * @param actor who corrects it, not null
     * @param id the engagement, not null
     * @param expectedRevision the revision the correction was made from
     * @param details the corrected details, not null
     * @param reason why, 1 to 500 characters; free text: line feeds, carriage returns and tabs are kept, other
     *     control characters refused
     * @return the engagement in its new revision, not null
     * @throws NullPointerException if an argument is null
     * @throws InvalidFieldException naming {@code reason} if it is blank, too long or holds a refused character,
     *     or naming {@code firstDay} or {@code day} if the engagement is dated after today
     * @throws PoolRefusedException {@code NO_SUCH_ENGAGEMENT}, {@code STALE_ENGAGEMENT} if another correction
     *     came first, or {@code NOT_A_MEMBER}
     * @throws ConsentRequiredException for a media feature without the artisan's media consent on its date
     */
    Engagement correctEngagement(Actor actor, EngagementId id, int expectedRevision, EngagementDetails details,
            String reason);

    /**
     * Returns an engagement in its latest revision.
     *
     * @param id the engagement, not null
     * @return the engagement, not null
     * @throws NullPointerException if the id is null
     * @throws PoolRefusedException {@code NO_SUCH_ENGAGEMENT} if the tenant has no such engagement
     */
    Engagement engagement(EngagementId id);

    /**
     * Lists an engagement's revisions.
     *
     * @param id the engagement, not null
     * @return the revisions, first first, unmodifiable
     * @throws NullPointerException if the id is null
     * @throws PoolRefusedException {@code NO_SUCH_ENGAGEMENT} if the tenant has no such engagement
     */
    List<EngagementRevision> engagementHistory(EngagementId id);

    /**
     * Lists an artisan's engagements dated in a year.
     *
     * @param artisanId the artisan, not null
     * @param year the year
     * @return the engagements, by date then id, unmodifiable
     * @throws NullPointerException if the id is null
     * @throws InvalidFieldException naming {@code year} if it is not from 1800 to 2999, the years of the dates
     *     of events (see {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE})
     */
    List<Engagement> engagementsOf(ArtisanId artisanId, int year);

    /**
     * Counts the engagements dated in a year per artisan.
     *
     * @param year the year
     * @return artisan to count, by artisan id, only artisans with at least one; unmodifiable
     * @throws InvalidFieldException naming {@code year} if it is not from 1800 to 2999, the years of the dates
     *     of events (see {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE})
     */
    Map<ArtisanId, Long> engagementCounts(int year);

    /**
     * Summarises a year of engagements for the union's annual report.
     *
     * @param year the year
     * @return the summary, not null
     * @throws InvalidFieldException naming {@code year} if it is not from 1800 to 2999, the years of the dates
     *     of events (see {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE})
     */
    EngagementSummary engagementSummary(int year);
}
