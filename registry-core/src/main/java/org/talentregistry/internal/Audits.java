package org.talentregistry.internal;

import java.time.Instant;
import java.util.Map;
import org.talentregistry.Actor;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.spi.StoreSession;

/** Appends audit events whose states are small JSON objects. */
final class Audits {
    private Audits() {
    }

    static void record(StoreSession session, Instant at, Actor actor, String action, String entityType, Object entityId,
            Map<String, Object> before, Map<String, Object> after, String note) {
        session.audit().append(AuditEvent.of(at, actor, action, entityType, String.valueOf(entityId),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after), note));
    }

    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> o = Json.object();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1] == null ? null : keysAndValues[i + 1]);
        }
        return o;
    }
}
