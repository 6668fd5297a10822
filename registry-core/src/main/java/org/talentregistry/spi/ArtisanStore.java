package org.talentregistry.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.ResidentId;

/**
 * Stores artisans and their certificates for the session's tenant. Validation is the caller's job: a
 * store receives only validated values.
 */
public interface ArtisanStore {

    /**
     * Inserts an artisan at version 1.
     *
     * @param details the details, not null
     * @param at the registration instant, not null
     * @return the assigned id, not null
     * @throws DuplicateResidentIdException if the tenant already has the resident identity number, even
     *     when another transaction inserted it concurrently
     */
    ArtisanId insert(ArtisanDetails details, Instant at);

    /**
     * Inserts many artisans at version 1, for imports. The default inserts them one by one; a store
     * should write them in batches.
     *
     * @param details the details, not null, whose resident identity numbers the caller has checked are not
     *     repeated
     * @param at the registration instant, not null
     * @return the assigned ids, in the order of the details, not null
     * @throws DuplicateResidentIdException if a number is already registered, naming a holder; nothing of
     *     the batch is then written
     */
    default List<ArtisanId> insertAll(List<ArtisanDetails> details, Instant at) {
        List<ArtisanId> ids = new ArrayList<>(details.size());
        for (ArtisanDetails d : details) {
            ids.add(insert(d, at));
        }
        return ids;
    }

    /**
     * Replaces an artisan's details if it is still at the expected version, and grows its version by one.
     * Details without an identity number (an artisan whose number was erased) leave the number's keyed hash
     * and the birth date as they are; the registry calls this so only for an artisan whose number is erased.
     *
     * @param id the artisan, not null
     * @param expectedVersion the version the change was made from
     * @param details the new details, not null
     * @param at the instant of the change, not null
     * @return true if updated; false if the artisan is missing or at another version (nothing written)
     * @throws DuplicateResidentIdException if the new resident identity number belongs to another artisan
     */
    boolean update(ArtisanId id, long expectedVersion, ArtisanDetails details, Instant at);

    /**
     * Reads an artisan.
     *
     * @param id the id, not null
     * @param forUpdate true to lock the artisan's row until the transaction ends
     * @return the artisan, or empty
     */
    Optional<Artisan> find(ArtisanId id, boolean forUpdate);

    /**
     * Reads many artisans at once, for work over many of them (a ranking, a round's conflicts of
     * interest): a fixed number of queries per chunk of ids, never one per artisan. Ids the tenant does not
     * have are absent from the result.
     *
     * @param ids the artisans, not null, repeats allowed
     * @return artisan by id, not null
     */
    Map<ArtisanId, Artisan> findAll(List<ArtisanId> ids);

    /**
     * Reads an artisan by resident identity number.
     *
     * @param residentId the number, not null
     * @return the artisan, or empty
     */
    Optional<Artisan> findByResidentId(ResidentId residentId);

    /**
     * Reads many artisans by resident identity number. The default reads them one by one; a store should
     * read them a chunk of numbers per query.
     *
     * @param residentIds the numbers, not null, repeats allowed
     * @return the artisan by number, for the numbers the tenant has, not null
     */
    default Map<ResidentId, Artisan> findAllByResidentId(List<ResidentId> residentIds) {
        Map<ResidentId, Artisan> found = new HashMap<>();
        for (ResidentId residentId : residentIds) {
            findByResidentId(residentId).ifPresent(a -> found.put(residentId, a));
        }
        return found;
    }

    /**
     * Lists artisans matching a query's filters after its cursor, in id order.
     *
     * @param query the query, not null
     * @param limit how many at the most (the caller may ask one more than the page size to see if another
     *     page follows)
     * @return the artisans, not null
     */
    List<Artisan> list(ArtisanQuery query, int limit);

    /**
     * Reads every artisan matching a query's filters after its cursor, in id order, handing each to an
     * action as it is read, for exports: the store holds no more than a block of rows at a time. The
     * registry calls this inside a transaction ({@link RegistryStore#inTransaction}), which a database may
     * need to read with a cursor. The default reads pages of {@link ArtisanQuery#MAX_LIMIT} through
     * {@link #list}; a store should read them in one statement.
     *
     * @param query the filters and cursor, whose limit is ignored, not null
     * @param action what to do with each artisan, not null; it may read the registry
     */
    default void forEach(ArtisanQuery query, Consumer<? super Artisan> action) {
        ArtisanQuery page = query;
        while (true) {
            List<Artisan> artisans = list(page, ArtisanQuery.MAX_LIMIT);
            artisans.forEach(action);
            if (artisans.size() < ArtisanQuery.MAX_LIMIT) {
                return;
            }
            page = page.after(artisans.get(artisans.size() - 1).id());
        }
    }

    /**
     * Reads the birth dates of many artisans at once, for checks in bulk: one query per chunk of ids,
     * never one per artisan. Ids the tenant does not have are absent from the result.
     *
     * @param ids the artisans, not null
     * @return birth date by artisan, not null
     */
    Map<ArtisanId, LocalDate> birthDates(List<ArtisanId> ids);

    /**
     * Hands the birth dates of many artisans to an action as they are read, without a map: the read a bulk
     * priority check of an age condition makes, for up to a million artisans at once. A store should override
     * it to stream its rows; by default it reads them with {@link #birthDates(List)}.
     *
     * @param ids the artisans, repeats allowed, not null; ids the tenant does not have are skipped
     * @param action receives each artisan found and its birth date, in no particular order, an artisan given
     *     more than once possibly more than once, not null
     */
    default void eachBirthDate(List<ArtisanId> ids, BiConsumer<? super ArtisanId, ? super LocalDate> action) {
        birthDates(ids).forEach(action);
    }

    /**
     * Hands the id of each of the tenant's artisans born after a day to an action, unless there are more than a
     * bound: the read a priority screen makes of an age condition ("aged 45 or under" is born after the day 46
     * years before the screen's date) where the tenant's young artisans may be few beside its ids, of one column
     * and without the ids. An artisan whose birth date is not on record is not handed on. One that does not
     * override it reads nothing and answers false; the screen then reads the birth dates of its ids ({@link
     * #eachBirthDate}), which is always correct.
     *
     * @param day the day, not null; artisans born on it are not handed on
     * @param atMost the most artisans to hand on, positive
     * @param action receives each artisan's id once, in no particular order, not null; where there are more than
     *     {@code atMost}, it may have received some
     * @return true if every such artisan was handed on, false if there are more than {@code atMost} or the store
     *     declined
     */
    default boolean eachBornAfter(LocalDate day, long atMost, LongConsumer action) {
        return false;
    }

    /**
     * Counts artisans matching a query's filters.
     *
     * @param query the query, whose cursor and limit are ignored, not null
     * @return the count
     */
    long count(ArtisanQuery query);

    /**
     * Erases an artisan's phone, as a retention purge does: the version goes up by one, like an update.
     *
     * @param id the artisan, not null
     * @param at when, not null
     * @return false if the artisan had no phone
     */
    boolean erasePhone(ArtisanId id, Instant at);

    /**
     * Erases an artisan's resident identity number and keeps its keyed hash and the birth date, so that
     * {@link #findByResidentId} and {@link #findAllByResidentId} still find the artisan by the number (and a
     * second registration of it is still refused): the version goes up by one, like an update. Reads return
     * the artisan's details with an empty {@link org.talentregistry.artisan.ArtisanDetails#residentId()}.
     *
     * @param id the artisan, not null
     * @param at when, not null
     * @return false if the artisan's number was erased already, or the tenant has no such artisan
     */
    boolean eraseResidentId(ArtisanId id, Instant at);

    /**
     * Reads a page of the artisans whose application has served its purpose and who still hold a field the
     * purge erases: artisans who were nominated, every round of whose nominations is named or cancelled with
     * its public notice ended on or before a day, none of whose nominations is deferred, who hold no honor (nor
     * a revoked one) and were never in the talent pool, and whom no technician title concerns after the day (no
     * application in a round neither selected nor cancelled, or decided or cancelled after it, no award for life
     * or ending or revoked after it); each with the day the notice of its last round ended.
     *
     * @param noticeEndedOnOrBefore the last day a round's notice may have ended on, not null
     * @param holding the field they still hold, not null
     * @param afterId the page starts after this artisan id (0 for the first page)
     * @param limit the most artisans to return, positive
     * @return the artisans in ascending id order (the map's order), each with the day its last notice ended,
     *     not null
     */
    Map<ArtisanId, LocalDate> nomineesPastPurpose(LocalDate noticeEndedOnOrBefore, ErasableField holding, long afterId,
            int limit);
}
