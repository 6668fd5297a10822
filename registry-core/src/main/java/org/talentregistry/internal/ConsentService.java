package org.talentregistry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.privacy.Consent;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentId;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.ConsentRefusal;
import org.talentregistry.privacy.ConsentRefusedException;
import org.talentregistry.privacy.ConsentRequiredException;
import org.talentregistry.privacy.Consents;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** The consent records of one tenant, and the check every operation that needs a consent makes. */
public final class ConsentService implements Consents {
    private static final String CONSENT = "consent";

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock that dates changes
     */
    public ConsentService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * Refuses, naming them all, the artisans without a consent to a purpose holding on a date.
     *
     * @param s the session
     * @param purpose the purpose
     * @param date the date the consent must hold on
     * @param names the artisans concerned and their names, in the order to name them
     * @throws ConsentRequiredException if any has none
     */
    static void require(StoreSession s, ConsentPurpose purpose, LocalDate date, Map<ArtisanId, String> names) {
        if (names.isEmpty()) {
            return;
        }
        Set<ArtisanId> holding = s.consents().holding(purpose, date, names.keySet());
        List<ArtisanId> missing = new ArrayList<>();
        List<String> missingNames = new ArrayList<>();
        names.forEach((id, name) -> {
            if (!holding.contains(id)) {
                missing.add(id);
                missingNames.add(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new ConsentRequiredException(purpose, date, missing, missingNames);
        }
    }

    @Override
    public Consent give(Actor actor, ConsentGrant grant) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(grant, "grant");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            // The artisan's row lock serialises two grants of the same purpose.
            s.artisans().find(grant.artisanId(), true).orElseThrow(() -> new ArtisanNotFoundException(grant.artisanId()));
            s.consents().open(grant.artisanId(), grant.purpose(), true).ifPresent(open -> {
                throw new ConsentRefusedException(Message.of(ConsentRefusal.ALREADY_GIVEN, grant.artisanId().toString(),
                        grant.purpose(), open.givenOn(), open.evidence()));
            });
            // A grant dated into a period withdrawn for would make consent hold again there, after the fact.
            s.consents().ofArtisan(grant.artisanId()).stream()
                    .filter(c -> c.purpose() == grant.purpose() && c.withdrawal().isPresent())
                    .map(c -> c.withdrawal().get().effectiveOn())
                    .filter(withdrawn -> grant.givenOn().isBefore(withdrawn))
                    .max(Comparator.naturalOrder())
                    .ifPresent(withdrawn -> {
                        throw new ConsentRefusedException(Message.of(ConsentRefusal.GIVEN_BEFORE_WITHDRAWAL,
                                grant.artisanId().toString(), grant.purpose(), grant.givenOn(), withdrawn));
                    });
            ConsentId id = s.consents().insert(grant, actor);
            Audits.record(s, now, actor, "consent.given", CONSENT, id, null, Audits.fields("artisan",
                    grant.artisanId().toString(), "purpose", grant.purpose().name(), "givenOn", grant.givenOn().toString(),
                    "evidence", grant.evidence()), null);
            return find(s, grant.artisanId(), id);
        });
    }

    @Override
    public Consent withdraw(Actor actor, ArtisanId artisanId, ConsentPurpose purpose, LocalDate effectiveOn, String evidence) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Ranges.eventDate("effectiveOn", effectiveOn);
        String proof = Texts.required("evidence", evidence, 200);
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            s.artisans().find(artisanId, true).orElseThrow(() -> new ArtisanNotFoundException(artisanId));
            Consent open = s.consents().open(artisanId, purpose, true).orElseThrow(() -> new ConsentRefusedException(
                    Message.of(ConsentRefusal.NOTHING_TO_WITHDRAW, artisanId.toString(), purpose)));
            if (effectiveOn.isBefore(open.givenOn())) {
                throw new InvalidFieldException("effectiveOn", FieldProblem.BEFORE_CONSENT_GIVEN,
                        open.givenOn().toString(), effectiveOn.toString());
            }
            s.consents().withdraw(open.id(), new Consent.Withdrawal(effectiveOn, proof, actor));
            Audits.record(s, now, actor, "consent.withdrawn", CONSENT, open.id(), Audits.fields("status", "given"),
                    Audits.fields("status", "withdrawn", "artisan", artisanId.toString(), "purpose", purpose.name(),
                            "effectiveOn", effectiveOn.toString(), "evidence", proof), null);
            return find(s, artisanId, open.id());
        });
    }

    private static Consent find(StoreSession s, ArtisanId artisanId, ConsentId id) {
        return s.consents().ofArtisan(artisanId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public boolean holds(ArtisanId artisanId, ConsentPurpose purpose, LocalDate date) {
        Objects.requireNonNull(artisanId, "artisanId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(date, "date");
        Ranges.date("date", date);
        return store.withSession(tenant, s -> s.consents().holding(purpose, date, List.of(artisanId)).contains(artisanId));
    }

    @Override
    public List<Consent> ofArtisan(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.consents().ofArtisan(artisanId)));
    }
}
