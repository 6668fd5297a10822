package org.talentregistry.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.audit.AuditTrail;
import org.talentregistry.spi.RegistryStore;

/** Reads the audit trail of one tenant. */
public final class AuditService implements AuditTrail {
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
    public List<AuditEvent> forEntity(String entityType, String entityId) {
        Texts.lookup("entityType", entityType, 50);
        Texts.lookup("entityId", entityId, 100);
        return
 List.copyOf(store.withSession(tenant, s -> s.audit().forEntity(entityType, entityId)));
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
        return List.copyOf(store.withSession(tenant,
                s -> s.audit().between(fromInclusive, toExclusive, afterSequence, limit)));
    }
}
