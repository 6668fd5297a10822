package org.talentregistry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.ArtisanPage;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.Artisans;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.StaleArtisanException;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** The artisan registry of one tenant, on a store. */
public final class ArtisanService implements Artisans {
    static final String ENTITY = "artisan";
    private static final Logger LOG = LoggerFactory.getLogger(ArtisanService.class);

    private static final int MAX_BATCH = 10_000;

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock that dates changes and decides what today is
     */
    public ArtisanService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public Artisan register(Actor actor, ArtisanDetails details) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        Instant now = clock.instant();
        refuseFutureDates(details, LocalDate.ofInstant(now, clock.getZone()));
        ResidentId residentId = numberOf(details);
        Artisan registered = store.inTransaction(tenant, session -> {
            Optional<Artisan> existing = session.artisans().findByResidentId(residentId);
            if (existing.isPresent()) {
                throw new DuplicateResidentIdException(residentId, existing.get().id());
            }
            ArtisanId id = session.artisans().insert(details, now);
            session.audit().append(AuditEvent.of(now, actor, "artisan.registered", ENTITY, id.toString(), null,
                    ArtisanSnapshots.masked(details), null));
            auditOverride(session, actor, now, id, null, details.employer().creditCode());
            return session.artisans().find(id, false).orElseThrow(() -> new ArtisanNotFoundException(id));
        });
        LOG.debug("Registered artisan {} in tenant {}", registered.id(), tenant);
        return registered;
    }

    /** Copies a caller's collection, refusing a null in it by the parameter's name (List.copyOf's NPE names none). */
    private static <E> List<E> withoutNull(String field, Collection<E> given) {
        for (E e : given) {
            if (e == null) {
                throw new InvalidFieldException(field, FieldProblem.CONTAINS_NULL);
            }
        }
        return List.copyOf(given);
    }

    @Override
    public List<ArtisanId> registerAll(Actor actor, List<ArtisanDetails> details) {
        Objects.requireNonNull(actor, "actor");
        List<ArtisanDetails> all = withoutNull("details", Objects.requireNonNull(details, "details"));
        if (all.size() > MAX_BATCH) {
            throw new IllegalArgumentException("details: at most " + MAX_BATCH + " at once, got " + all.size());
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Set<ResidentId> seen = new HashSet<>();
        for (ArtisanDetails d : all) {
            refuseFutureDates(d, today);
            ResidentId residentId = numberOf(d);
            if (!seen.add(residentId)) {
                throw new InvalidFieldException("residentId", FieldProblem.RESIDENT_ID_LISTED_TWICE, residentId.masked());
            }
        }
        // The store refuses registered numbers with the typed exception (its unique key checks the batch), so
        // the common case, an import of new artisans, costs no look-up of 1,000 numbers first.
        List<ArtisanId> ids = store.inTransaction(tenant, session -> {
            List<ArtisanId> assigned = session.artisans().insertAll(all, now);
            List<AuditEvent> events = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                ArtisanDetails d = all.get(i);
                String id = assigned.get(i).toString();
                events.add(AuditEvent.of(now, actor, "artisan.registered", ENTITY, id, null,
                        ArtisanSnapshots.masked(d), null));
                CreditCode code = d.employer().creditCode();
                if (code.isChecksumOverridden()) {
                    events.add(AuditEvent.of(now, actor, "employer.creditCodeChecksumOverridden", ENTITY, id, null,
                            null, "credit code " + code.value() + " accepted without a valid check character: "
                                    + code.overrideReason().orElseThrow()));
                }
            }
            session.audit().appendAll(events);
            return assigned;
        });
        LOG.debug("Registered {} artisans in tenant {}", ids.size(), tenant);
        return List.copyOf(ids);
    }

    @Override
    public Artisan update(Actor actor, Artisan edited) {
        return update(actor, edited, "artisan.updated", null);
    }

    /**
     * Updates an artisan as {@link #update(Actor, Artisan)} does, under another audit action and with a note.
     *
     * @param actor who changes it
     * @param edited the edited artisan
     * @param action the audit action, e.g. {@code artisan.corrected}
     * @param note the audit note, or null
     * @return the artisan as stored
     */
    Artisan update(Actor actor, Artisan edited, String action, String note) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(edited, "edited");
        Instant now = clock.instant();
        refuseFutureDates(edited.details(), LocalDate.ofInstant(now, clock.getZone()));
        ArtisanId id = edited.id();
        return store.inTransaction(tenant, session -> {
            Artisan current = session.artisans().find(id, true).orElseThrow(() -> new ArtisanNotFoundException(id));
            if (current.version() != edited.version()) {
                throw new StaleArtisanException(id, edited.version(), current.version());
            }
            ArtisanDetails details = edited.details();
            if (current.details().equals(details)) {
                return current;
            }
            Optional<ResidentId> residentId = details.residentId();
            if (residentId.isEmpty()) {
                refuseErasingByUpdate(current.details(), details);
            } else if (!residentId.equals(current.residentId())) {
                // A number given back to an artisan whose number was erased is found as that artisan's.
                Optional<Artisan> holder = session.artisans().findByResidentId(residentId.get());
                if (holder.isPresent() && !holder.get().id().equals(id)) {
                    throw new DuplicateResidentIdException(residentId.get(), holder.get().id());
                }
            }
            if (!session.artisans().update(id, edited.version(), details, now)) {
                throw new StaleArtisanException(id, edited.version(), current.version() + 1);
            }
            session.audit().append(AuditEvent.of(now, actor, action, ENTITY, id.toString(),
                    ArtisanSnapshots.masked(current.details()), ArtisanSnapshots.masked(details), note));
            auditOverride(session, actor, now, id, current.details().employer().creditCode(),
                    details.employer().creditCode());
            LOG.debug("Updated artisan {} in tenant {} to version {}", id, tenant, edited.version() + 1);
            return session.artisans().find(id, false).orElseThrow(() -> new ArtisanNotFoundException(id));
        });
    }

    private static void auditOverride(StoreSession session, Actor actor, Instant now, ArtisanId id,
            CreditCode before, CreditCode after) {
        if (!after.isChecksumOverridden()) {
            return;
        }
        boolean alreadyRecorded = before != null && before.equals(after) && before.isChecksumOverridden()
                && before.overrideReason().equals(after.overrideReason());
        if (!alreadyRecorded) {
            session.audit().append(AuditEvent.of(now, actor, "employer.creditCodeChecksumOverridden", ENTITY,
                    id.toString(), null, null,
                    "credit code " + after.value() + " accepted without a valid check character: "
                            + after.overrideReason().orElseThrow()));
        }
    }

    /** The number registering needs: details a store read back after erasing it cannot register anyone. */
    private static ResidentId numberOf(ArtisanDetails details) {
        return details.residentId().orElseThrow(() -> InvalidFieldException.required("residentId"));
    }

    /**
     * Details without a number update an artisan only if its number was erased already, and only with the
     * birth date the erased number gave: an update neither erases a number nor changes what it encoded.
     */
    private static void refuseErasingByUpdate(ArtisanDetails current, ArtisanDetails edited) {
        if (current.residentId().isPresent()) {
            throw new InvalidFieldException("residentId", FieldProblem.RESIDENT_ID_ERASED_BY_UPDATE);
        }
        if (!current.birthDate().equals(edited.birthDate())) {
            throw new InvalidFieldException("birthDate", FieldProblem.BIRTH_DATE_WITHOUT_RESIDENT_ID);
        }
    }

    private static void refuseFutureDates(ArtisanDetails details, LocalDate today) {
        if (details.startedInTradeOn().isAfter(today)) {
            throw new InvalidFieldException("startedInTradeOn", FieldProblem.AFTER_TODAY, today);
        }
        for (SkillCertificate c : details.certificates()) {
            if (c.issuedOn().isAfter(today)) {
                throw new InvalidFieldException("certificate.issuedOn", FieldProblem.CERTIFICATE_AFTER_TODAY,
                        c.number(), today.toString());
            }
        }
    }

    @Override
    public Optional<Artisan> find(ArtisanId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> s.artisans().find(id, false));
    }

    @Override
    public Artisan get(ArtisanId id) {
        return find(id).orElseThrow(() -> new ArtisanNotFoundException(id));
    }

    @Override
    public Optional<Artisan> findByResidentId(ResidentId residentId) {
        Objects.requireNonNull(residentId, "residentId");
        return store.withSession(tenant, s -> s.artisans().findByResidentId(residentId));
    }

    @Override
    public Map<ResidentId, Artisan> findAllByResidentId(Collection<ResidentId> residentIds) {
        Objects.requireNonNull(residentIds, "residentIds");
        List<ResidentId> distinct = withoutNull("residentIds", new LinkedHashSet<>(residentIds));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return Map.copyOf(store.withSession(tenant, s -> s.artisans().findAllByResidentId(distinct)));
    }

    @Override
    public ArtisanPage list(ArtisanQuery query) {
        Objects.requireNonNull(query, "query");
        var rows = store.withSession(tenant, s -> s.artisans().list(query, query.limit() + 1));
        if (rows.size() > query.limit()) {
            var page = rows.subList(0, query.limit());
            return new ArtisanPage(page, Optional.of(page.get(page.size() - 1).id()));
        }
        return new ArtisanPage(rows, Optional.empty());
    }

    @Override
    public void forEach(ArtisanQuery query, Consumer<? super Artisan> action) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        store.readInTransaction(tenant, s -> {
            s.artisans().forEach(query, action);
            return null;
        });
    }

    @Override
    public long count(ArtisanQuery query) {
        Objects.requireNonNull(query, "query");
        return store.withSession(tenant, s -> s.artisans().count(query));
    }
}
