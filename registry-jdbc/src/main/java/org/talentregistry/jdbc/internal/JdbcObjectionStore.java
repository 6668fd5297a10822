package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.TenantId;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Objection;
import org.talentregistry.selection.ObjectionId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.ObjectionStore;

/** Objections in {@code tr_objection}. */
final class JdbcObjectionStore implements ObjectionStore {
    private static final String COLUMNS = "id, nomination_id, objector, grounds, filed_at, status, decision_reason";

    private final Handle handle;
    private final TenantId tenant;

    JdbcObjectionStore(Handle handle, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
    }

    @Override
    public ObjectionId insert(RoundId roundId, NominationId nominationId, String objector, String grounds, Instant at) {
        Update insert = handle.createUpdate("INSERT INTO tr_objection (tenant_id, round_id, nomination_id, objector, grounds,"
                        + " filed_at, status) VALUES (:tenant, :roundId, :nominationId, :objector, :grounds, :at, :status)")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .bind("nominationId", nominationId.value())
                .bind("objector", objector)
                .bind("grounds", grounds)
                .bind("at", SqlValues.instant(at))
                .bind("status", Objection.Status.PENDING.name());
        // The objector files under real name, and the grounds often name people too.
        Privacy.quiet(insert);
        return ObjectionId.of(insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<Objection> find(ObjectionId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_objection WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcObjectionStore::map)
                .findOne();
    }

    @Override
    public List<Objection> list(RoundId roundId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_objection WHERE tenant_id = :tenant"
                        + " AND round_id = :roundId ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .map(JdbcObjectionStore::map)
                .list();
    }

    @Override
    public void decide(ObjectionId id, Objection.Status status, String reason) {
        handle.createUpdate("UPDATE tr_objection SET status = :status, decision_reason = :reason"
                        + " WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("status", status.name())
                .bind("reason", reason)
                .execute();
    }

    private static Objection map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Objection(ObjectionId.of(rs.getLong("id")), NominationId.of(rs.getLong("nomination_id")),
                rs.getString("objector"), rs.getString("grounds"), SqlValues.getInstant(rs, "filed_at"),
                Objection.Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("decision_reason")));
    }
}
