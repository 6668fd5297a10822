package org.talentregistry.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.audit.AuditTrail;
import org.talentregistry.spi.RegistryStore;

/** Reads the audit trail of one tenant. */
public final class AuditService implements AuditTrail {
    /** The span every store keeps a time in: {@link AcceptedValues#EARLIEST_DATE} to the end of {@link AcceptedValues#LATEST_DATE}. */
    private static final Instant EARLIEST = AcceptedValues.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = AcceptedValues.LATEST_DATE.atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);

    private final RegistryStore store;
    private final TenantId tenant;

    /**
     * Creates the service.
     *
     * @param store the store
     * @param tenant the tenant
     */
    public AuditService(RegistryStore store, TenantId tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public List<AuditEvent> forEntity(String givenType, String givenId) {
        String entityType = Texts.lookup("entityType", givenType, 50);
        String entityId = Texts.lookup("entityId", givenId, 100);
        return List.copyOf(store.withSession(tenant, s -> s.audit().forEntity(entityType, entityId)));
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", FieldProblem.NOT_BETWEEN, 1, 1000, limit);
        }
        return List.copyOf(store.withSession(tenant, s -> s.audit().latest(limit)));
    }

    @Override
    public List<AuditEvent> between(Instant fromInclusive, Instant toExclusive, long afterSequence, int limit) {
        java.util.Objects.requireNonNull(fromInclusive, "fromInclusive");
        java.util.Objects.requireNonNull(toExclusive, "toExclusive");
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", FieldProblem.NOT_BETWEEN, 1, 1000, limit);
        }
        if (toExclusive.isBefore(fromInclusive)) {
            throw new InvalidFieldException("toExclusive", FieldProblem.BEFORE_FIELD_NAMED, "fromInclusive");
        }
        if (afterSequence < 0) {
            throw new InvalidFieldException("afterSequence", FieldProblem.NEGATIVE, afterSequence);
        }
        // Instant.MIN and MAX are how a caller leaves a side open; a database keeps no time outside the
        // registry's years, and a driver cannot bind one.
        Instant from = within(fromInclusive);
        Instant to = within(toExclusive);
        return List.copyOf(store.withSession(tenant, s -> s.audit().between(from, to, afterSequence, limit)));
    }

    /**
     * An instant moved into the span every store keeps a time in, and up to a whole microsecond: stores keep
     * events to the microsecond, so an event is at or after {@code t} exactly when it is at or after {@code t}
     * rounded up, whereas a bound with nanoseconds was truncated by MariaDB and rounded by PostgreSQL, and the same
     * call answered differently by database.
     */
    private static Instant within(Instant instant) {
        Instant kept = instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
        int belowMicro = kept.getNano() % 1_000;
        return belowMicro == 0 ? kept : kept.plusNanos(1_000 - belowMicro);
    }
}
