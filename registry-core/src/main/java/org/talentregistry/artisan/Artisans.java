package org.talentregistry.artisan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.talentregistry.Actor;

/**
 * The artisan registry of one tenant, reached through {@link org.talentregistry.TalentRegistry#artisans()}.
 *
 * <p>Every change writes an {@link org.talentregistry.audit.AuditEvent} in the same transaction as the
 * change. A refused change writes nothing.
 */
public interface Artisans {

    /**
     * Registers an artisan.
     *
     * @param actor who registers, not null
     * @param details what to record, not null
     * @return the registered artisan at version 1, not null
     * @throws DuplicateResidentIdException if the resident identity number is already registered
     * @throws org.talentregistry.InvalidFieldException if a date lies after today by the registry's clock
     */
    Artisan register(Actor actor, ArtisanDetails details);

    /**
     * Registers many artisans in one transaction, for imports: either all are registered or none is. Each
     * gets the audit event {@link #register} writes; the store writes them in batches rather than one
     * round trip per artisan.
     *
     * @param actor who registers, not null
     * @param details what to record, one per artisan, not null, no null element; at most 10,000
     * @return the ids assigned, in the order of the details, not null
     * @throws DuplicateResidentIdException if a resident identity number is already registered (nothing is
     *     written)
     * @throws org.talentregistry.InvalidFieldException if a date lies after today by the registry's clock,
     *     naming {@code residentId} if a number is listed twice, or naming {@code details} if one is null
     * @throws IllegalArgumentException if more than 10,000 details are given
     */
    List<ArtisanId> registerAll(Actor actor, List<ArtisanDetails> details);

    /**
     * Updates an artisan from an edited snapshot (see {@link Artisan#edit}).
     *
     * @param actor who changes, not null
     * @param edited the snapshot with changed details, at the version it was read at, not null
     * @return the artisan as stored, with the version grown by one, not null; the snapshot itself if
     *     nothing changed (then nothing is written)
     * @throws StaleArtisanException if the artisan was changed since the snapshot was read
     * @throws ArtisanNotFoundException if the artisan is not registered
     * @throws DuplicateResidentIdException if the new resident identity number belongs to another artisan
     */
    Artisan update(Actor actor, Artisan edited);

    /**
     * Finds an artisan by id.
     *
     * @param id the id, not null
     * @return the artisan, or empty if the tenant has no such artisan
     */
    Optional<Artisan> find(ArtisanId id);

    /**
     * Returns an artisan by id.
     *
     * @param id the id, not null
     * @return the artisan, not null
     * @throws ArtisanNotFoundException if the tenant has no such artisan
     */
    Artisan get(ArtisanId id);

    /**
     * Finds an artisan by resident identity number.
     *
     * @param residentId the number, not null
     * @return the artisan, or empty if the number is not registered
     */
    Optional<Artisan> findByResidentId(ResidentId residentId);

    /**
     * Finds many artisans by resident identity number at once: a fixed number of queries per chunk of
     * numbers, never one per artisan.
     *
     * @param residentIds the numbers, not null, no null element, repeats allowed
     * @return the artisan by number, for the numbers that are registered, not null, unmodifiable
     * @throws org.talentregistry.InvalidFieldException naming {@code residentIds} if one of them is null
     */
    Map<ResidentId, Artisan> findAllByResidentId(Collection<ResidentId> residentIds);

    /**
     * Lists artisans page by page.
     *
     * @param query the filters, cursor and page size, not null
     * @return the page, not null
     */
    ArtisanPage list(ArtisanQuery query);

    /**
     * Reads every artisan a query's filters match after its cursor, in id order, handing each to an action
     * as it is read: one read in one transaction, holding a block of artisans at a time whatever their
     * number, for exports. The action may read the registry: its reads join the list's transaction, on the
     * same connection. On MariaDB that connection cannot run a statement while the list streams, so the
     * driver first reads the rest of the list into memory: an action that reads the registry for each artisan
     * makes a statement per artisan and, there, holds the whole list.
     *
     * @param query the filters and cursor, not null; its page size is ignored
     * @param action what to do with each artisan, not null
     */
    void forEach(ArtisanQuery query, Consumer<? super Artisan> action);

    /**
     * Counts the artisans a query's filters match, ignoring its cursor and page size.
     *
     * @param query the filters, not null
     * @return the count
     */
    long count(ArtisanQuery query);
}
