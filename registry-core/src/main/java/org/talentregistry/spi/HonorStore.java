package org.talentregistry.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorRollEntry;
import org.talentregistry.honor.Revocation;

/** Stores honors and their revocations for the session's tenant. */
public interface HonorStore {

    /**
     * Inserts an honor; the id of the given honor is ignored. The honoree's name, employer and occupation on
     * record are kept with it, as the honor roll ({@link #roll}) gives them.
     *
     * @param honor the honor without revocation, not null
     * @return the new honor's id
     * @throws org.talentregistry.selection.SelectionRefusedException with rule {@code DECISION_NUMBER_TAKEN}
     *     if another round's honors already carry the decision number
     */
    HonorId insert(Honor honor);

    /**
     * Reads an honor.
     *
     * @param id the honor, not null
     * @param forUpdate true to lock it until the transaction ends
     * @return the honor, or empty
     */
    Optional<Honor> find(HonorId id, boolean forUpdate);

    /**
     * Lists an artisan's honors, revoked ones included, by id.
     *
     * @param artisanId the artisan, not null
     * @return the honors, not null
     */
    List<Honor> ofArtisan(ArtisanId artisanId);

    /**
     * Lists the honors of many artisans at once, for bulk checks.
     *
     * @param artisanIds the artisans, not null
     * @return the honors, by artisan then id, not null
     */
    List<Honor> ofArtisans(List<ArtisanId> artisanIds);

    /**
     * Lists the honors of some kinds only, revoked ones included, of many artisans at once: what a bulk
     * priority check needs, and no more.
     *
     * @param artisanIds the artisans, not null
     * @param kinds the kinds, not null; none gives no honors
     * @return the honors, in no particular order (sorting 100,000 artisans' honors costs the database more
     *     than the caller), not null
     */
    List<Honor> ofArtisans(List<ArtisanId> artisanIds, Collection<HonorKind> kinds);

    /**
     * Hands the citation of each honor of some kinds held by many artisans to an action as it is read,
     * revoked ones included, without collecting them first: the read a bulk priority check makes, of the
     * columns a citation holds and no more. A store should override it to read those columns alone and
     * stream its rows; by default it collects whole honors with {@link #ofArtisans(List, Collection)}.
     *
     * @param artisanIds the artisans, repeats allowed, not null
     * @param kinds the kinds, not null; none gives no honors
     * @param action receives each honor's citation, in no particular order, not null: once, or, for an artisan
     *     given more than once, as many times as it is given where a store joins its honors to the ids as
     *     given; the caller drops repeats
     */
    default void eachCitationOfArtisans(List<ArtisanId> artisanIds, Collection<HonorKind> kinds,
            Consumer<? super HonorCitation> action) {
        ofArtisans(artisanIds, kinds).forEach(h -> action.accept(HonorCitation.of(h)));
    }

    /**
     * Counts the tenant's honors of some kinds, revoked ones included, up to a bound, or more than them where
     * that is cheaper (every tier of the kinds' programs, say): what a bulk priority check asks to choose
     * between reading the honors of its artisans and reading every honor of the kinds, which a count too high
     * only tips towards the former. A store that does not override it answers {@code atMost}, and the check
     * reads by artisan, which is always correct.
     *
     * @param kinds the kinds, not null; none counts nothing
     * @param atMost where to stop counting, positive
     * @return at least the number of the kinds' honors, at most {@code atMost}
     */
    default long countOfKinds(Collection<HonorKind> kinds, long atMost) {
        return atMost;
    }

    /**
     * Hands the citation of every honor of some kinds the tenant holds to an action as it is read, revoked ones
     * included, whoever holds it: the read a bulk priority check makes instead of {@link
     * #eachCitationOfArtisans} when its artisans far outnumber the honors ({@link #countOfKinds}). Only
     * called where {@link #countOfKinds} has counted fewer honors than its bound.
     *
     * @param kinds the kinds, not null; none gives no honors
     * @param action receives each honor's citation once, in no particular order, not null
     */
    default void eachCitationOfKinds(Collection<HonorKind> kinds, Consumer<? super HonorCitation> action) {
        throw new UnsupportedOperationException("a store that counts honors of kinds must read them too");
    }

    /**
     * Hands the id of each artisan that holds an honor of a kind active on a date (named on or before it, not
     * revoked on or before it) to an action, whoever the artisan is, unless there are more than a bound: the
     * read a priority screen makes where the kind's holders may be few beside its ids, of one column and of the
     * active honors alone. A store may decline below the bound, where its database reads the holders among the
     * ids for less; one that does not override it reads nothing and answers false. The screen then reads the
     * holders among its ids ({@link #eachHolderAmong}), which is always correct.
     *
     * @param kind the kind, not null
     * @param date the date, not null
     * @param atMost the most active honors to hand on, positive
     * @param action receives each holder's id, once per active honor (so an artisan may come twice), in no
     *     particular order, not null; where there are more than {@code atMost}, it may have received some
     * @return true if every holder was handed on, false if there are more than {@code atMost} active honors or
     *     the store declined
     */
    default boolean eachHolderOfKind(HonorKind kind, LocalDate date, long atMost, LongConsumer action) {
        return false;
    }

    /**
     * Hands the id of each of some artisans that holds an honor of a kind active on a date to an action: the
     * read a priority screen makes by its ids. By default it reads the citations with {@link
     * #eachCitationOfArtisans} and keeps the active ones.
     *
     * @param artisanIds the artisans, repeats allowed, not null
     * @param kind the kind, not null
     * @param date the date, not null
     * @param action receives each holder's id, at least once, in no particular order, not null
     */
    default void eachHolderAmong(List<ArtisanId> artisanIds, HonorKind kind, LocalDate date, LongConsumer action) {
        eachCitationOfArtisans(artisanIds, List.of(kind), c -> {
            if (c.isActiveOn(date)) {
                action.accept(c.artisanId().value());
            }
        });
    }

    /**
     * Lists a program's honors by id.
     *
     * @param programId the program, not null
     * @return the honors, not null
     */
    List<Honor> ofProgram(HonorProgramId programId);

    /**
     * Lists the honors granted by a naming decision.
     *
     * @param decisionNumber the decision's number, not null
     * @return the honors, not null
     */
    List<Honor> ofDecision(String decisionNumber);

    /**
     * Lists a naming decision's honors in the order they were inserted, each with the honoree's name, employer
     * and occupation as {@link #insert} found them on record.
     *
     * @param decisionNumber the decision's number, not null
     * @return the roll, not null
     */
    List<HonorRollEntry> roll(String decisionNumber);

    /**
     * Counts a program's honors, revoked ones included: a revocation does not free a place under the cap.
     *
     * @param programId the program, not null
     * @return the count
     */
    long countOfProgram(HonorProgramId programId);

    /**
     * Records a revocation.
     *
     * @param id the honor, not null
     * @param revocation the revocation, not null
     */
    void revoke(HonorId id, Revocation revocation);
}
