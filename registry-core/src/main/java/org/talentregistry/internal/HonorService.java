package org.talentregistry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorNotFoundException;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorRefusal;
import org.talentregistry.honor.HonorRollEntry;
import org.talentregistry.honor.Honors;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationRequest;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.PoolExit;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreSession;

/** The honors of one tenant: reading and revoking. */
public final class HonorService implements Honors {
    // A stored number has at most 60 characters; this leaves room for surrounding whitespace, stripped.
    private static final int DECISION_NUMBER_LENGTH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(HonorService.class);

    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     * @param clock the clock
     */
    public HonorService(RegistryStore store, TenantId tenant, Clock clock) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public Honor get(HonorId id) {
        Objects.requireNonNull(id, "id");
        return store.withSession(tenant, s -> s.honors().find(id, false))
                .orElseThrow(() -> new HonorNotFoundException(Message.of(HonorRefusal.HONOR_NOT_FOUND, id.toString())));
    }

    @Override
    public List<Honor> ofArtisan(ArtisanId artisanId) {
        Objects.requireNonNull(artisanId, "artisanId");
        return List.copyOf(store.withSession(tenant, s -> s.honors().ofArtisan(artisanId)));
    }

    @Override
    public List<Honor> activeOn(ArtisanId artisanId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Ranges.date("date", date);
        return ofArtisan(artisanId).stream().filter(h -> h.isActiveOn(date)).toList();
    }

    @Override
    public List<Honor> ofProgram(HonorProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return List.copyOf(store.withSession(tenant, s -> s.honors().ofProgram(programId)));
    }

    @Override
    public List<Honor> ofDecision(String decisionNumber) {
        String number = Texts.lookup("decisionNumber", decisionNumber, DECISION_NUMBER_LENGTH);
        return List.copyOf(store.withSession(tenant, s -> s.honors().ofDecision(number)));
    }

    @Override
    public List<HonorRollEntry> roll(String decisionNumber) {
        String number = Texts.lookup("decisionNumber", decisionNumber, DECISION_NUMBER_LENGTH);
        return List.copyOf(store.withSession(tenant, s -> s.honors().roll(number)));
    }

    @Override
    public Honor revoke(Actor actor, HonorId id, RevocationRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            Honor honor = s.honors().find(id, true).orElseThrow(() -> new HonorNotFoundException(Message.of(HonorRefusal.HONOR_NOT_FOUND, id.toString())));
            if (honor.isRevoked()) {
                throw new SelectionRefusedException(SelectionRefusedException.Rule.ALREADY_REVOKED,
                        Message.of(HonorRefusal.ALREADY_REVOKED, id.toString(), honor.revocation().orElseThrow().effectiveOn()));
            }
            revokeOne(s, actor, now, honor, request);
            return s.honors().find(id, false).orElseThrow();
        });
    }

    @Override
    public List<Honor> revokeDecision(Actor actor, String decisionNumber, RevocationRequest request) {
        Objects.requireNonNull(actor, "actor");
        String number = Texts.lookup("decisionNumber", decisionNumber, DECISION_NUMBER_LENGTH);
        Objects.requireNonNull(request, "request");

        Instant now = clock.instant();
        return store.inTransaction(tenant, s -> {
            List<Honor> honors = s.honors().ofDecision(number);
            if (honors.isEmpty()) {
                throw new HonorNotFoundException(Message.of(HonorRefusal.DECISION_NOT_FOUND, number));
            }
            List<HonorId> revoked = new ArrayList<>();
            for (Honor honor : honors) {
                Honor locked = s.honors().find(honor.id(), true).orElseThrow();
                if (!locked.isRevoked()) {
                    revokeOne(s, actor, now, locked, request);
                    revoked.add(locked.id());
                }
            }
            if (revoked.isEmpty()) {
                // As revoking one honor twice is refused: a second revocation would record a reason and a date
                // that no honor holds.
                throw new SelectionRefusedException(SelectionRefusedException.Rule.ALREADY_REVOKED,
                        Message.of(HonorRefusal.DECISION_ALREADY_REVOKED, number));
            }
            Audits.record(s, now, actor, "decision.revoked", "decision", number, null,
                    Audits.fields("honors", revoked.stream().map(HonorId::toString).toList(),
                            "reason", request.reason().name(), "effectiveOn", request.effectiveOn().toString(),
                            "approvedBy", request.approvedBy()), request.detail());
            LOG.info("Revoked {} honors of naming decision {} in tenant {}", revoked.size(), number, tenant);
            return List.copyOf(s.honors().ofDecision(number));
        });
    }

    private static void revokeOne(StoreSession s, Actor actor, Instant now, Honor honor, RevocationRequest request) {
        if (request.effectiveOn().isBefore(honor.decision().date())) {
            // An honor cannot stop counting before it was granted; the pool would keep an exit before the entry.
            throw new InvalidFieldException("revocation.effectiveOn", FieldProblem.BEFORE_FIELD, "decision.date",
                    honor.decision().date(), request.effectiveOn());
        }
        Revocation revocation = new Revocation(request.reason(), request.detail(), request.effectiveOn(),
                request.approvedBy(), actor);
        s.honors().revoke(honor.id(), revocation);
        // A revocation reaching back past a later departure from the pool replaces it: the membership the honor
        // brought ends from the revocation's day. The departure it replaces is kept in the audit event.
        Optional<PoolMembership> membership = s.pool().ofArtisan(honor.artisanId()).stream()
                .filter(m -> m.source() instanceof PoolSource.ByHonor by && by.honorId().equals(honor.id()))
                .findFirst();
        Optional<PoolExit> replaced = membership.flatMap(PoolMembership::exit)
                .filter(exit -> exit.effectiveOn().isAfter(request.effectiveOn()));
        if (s.pool().endByHonor(honor.id(), new PoolExit(LeaveReason.HONOR_REVOKED, request.effectiveOn(),
                Optional.of(request.reason().name()), actor)) > 0) {
            PoolMembership m = membership.orElseThrow();
            Map<String, Object> wasOpen = replaced.map(exit -> Audits.fields("status", "ended", "reason",
                    exit.reason().name(), "effectiveOn", exit.effectiveOn().toString())).orElse(Audits.fields("status", "open"));
            Audits.record(s, now, actor, "pool.left", "poolMembership", m.id(), wasOpen, Audits.fields("status", "ended",
                    "artisan", honor.artisanId().toString(), "reason", LeaveReason.HONOR_REVOKED.name(),
                    "effectiveOn", request.effectiveOn().toString(), "honor", honor.id().toString()), null);
        }
        Map<String, Object> after = Audits.fields("status", "revoked", "reason", request.reason().name(),
                "effectiveOn", request.effectiveOn().toString(), "approvedBy", request.approvedBy());
        replaced.ifPresent(exit -> after.put("poolExitReplaced", exit.reason().name() + " " + exit.effectiveOn()));
        Audits.record(s, now, actor, "honor.revoked", "honor", honor.id(),
                Audits.fields("status", "active", "artisan", honor.artisanId().toString(), "honor", honor.describe()),
                after, request.detail());
    }
}
