package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.Actor;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TenantId;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.jdbc.Database;
import org.talentregistry.spi.AuditStore;

/** Audit events in {@code tr_audit_event}. */
final class JdbcAuditStore implements AuditStore {
    private static final String INTO = "INSERT INTO tr_audit_event (tenant_id, occurred_at, actor_id, actor_name,"
            + " action, entity_type, entity_id, before_state, after_state, note)";
    private static final int PARAMETERS = 10;
    private static final String COPY = INTO.replace("INSERT INTO", "COPY") + " FROM STDIN";
    private static final String INSERT = INTO
            + " VALUES (:tenant, :at, :actorId, :actorName, :action, :entityType, :entityId, :before, :after, :note)";
    private static final String COLUMNS = "sequence_no, occurred_at, actor_id, actor_name, action, entity_type,"
            + " entity_id, before_state, after_state, note";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;

    JdbcAuditStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        long sequence = bind(handle.createUpdate(INSERT), event)
                .executeAndReturnGeneratedKeys("sequence_no")
                .mapTo(Long.class)
                .one();
        return event.withSequence(sequence);
    }

    /**
     * Appends the events in multi-row statements bound by position ({@link MultiRowInsert}), or on PostgreSQL
     * through pgJDBC by one {@code COPY}: an import appends a batch of 1,000 (one per artisan, with its masked
     * snapshot), and Jdbi's binding by name cost about as much as the insert. On the MySQL path a JDBC batch
     * was rewritten by Connector/J ({@code rewriteBatchedStatements}), which first measures every bound value
     * of a batch to size its packets: 13% of an import's main-thread samples for these events alone.
     */
    @Override
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            Connection connection = handle.getConnection();
            if (dialect.database() == Database.POSTGRESQL && PostgresCopy.isAvailable(connection)) {
                CopyText rows = new CopyText(events.size());
                for (AuditEvent e : events) {
                    rows.text(tenant.value()).instant(e.occurredAt()).text(e.actor().id()).text(e.actor().displayName())
                            .text(e.action()).text(e.entityType()).text(e.entityId()).text(e.before().orElse(null))
                            .text(e.after().orElse(null)).text(e.note().orElse(null)).endRow();
                }
                PostgresCopy.copyIn(connection, COPY, rows.buffer(), rows.length());
                return;
            }
            MultiRowInsert.write(handle.getConnection(), dialect, INTO, PARAMETERS, "", events, this::set, null);
        } catch (SQLException e) {
            throw DatabaseFailures.translate(dialect.database(), "appending " + events.size() + " audit events", e);
        }
    }

    private void set(PreparedStatement s, int o, AuditEvent event) throws SQLException {
        s.setString(o + 1, tenant.value());
        SqlValues.setInstant(s, o + 2, event.occurredAt(), dialect.bindsInstantsAsText());
        s.setString(o + 3, event.actor().id());
        s.setString(o + 4, event.actor().displayName());
        s.setString(o + 5, event.action());
        s.setString(o + 6, event.entityType());
        s.setString(o + 7, event.entityId());
        s.setString(o + 8, event.before().orElse(null));
        s.setString(o + 9, event.after().orElse(null));
        s.setString(o + 10, event.note().orElse(null));
    }

    private <S extends SqlStatement<S>> S bind(S statement, AuditEvent event) {
        return statement.bind("tenant", tenant.value())
                .bind("at", SqlValues.instant(event.occurredAt()))
                .bind("actorId", event.actor().id())
                .bind("actorName", event.actor().displayName())
                .bind("action", event.action())
                .bind("entityType", event.entityType())
                .bind("entityId", event.entityId())
                .bind("before", event.before().orElse(null))
                .bind("after", event.after().orElse(null))
                .bind("note", event.note().orElse(null));
    }

    @Override
    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_audit_event WHERE tenant_id = :tenant"
                        + " AND entity_type = :type AND entity_id = :id ORDER BY sequence_no")
                .bind("tenant", tenant.value())
                .bind("type", entityType)
                .bind("id", entityId)
                .map(JdbcAuditStore::map)
                .list();
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_audit_event WHERE tenant_id = :tenant"
                        + " ORDER BY sequence_no DESC")
                .bind("tenant", tenant.value())
                .setMaxRows(limit)
                .map(JdbcAuditStore::map)
                .list();
    }

    /**
     * Reads a page of a period in the order of the period's index ({@code ix_tr_audit_period}: tenant, time,
     * sequence), so that each page is one range of that index from the page before's last event. Paging by
     * sequence alone, as before V018, made the database read the table from the cursor on until it met the
     * period: the first page of a recent month read every older event of every tenant.
     */
    @Override
    public List<AuditEvent> between(Instant fromInclusive, Instant toExclusive, long afterSequence, int limit) {
        Instant cursor = afterSequence > 0 ? occurredAt(afterSequence) : null;
        Query page = handle.createQuery("SELECT " + COLUMNS + " FROM tr_audit_event WHERE tenant_id = :tenant"
                        + " AND occurred_at >= :from AND occurred_at < :to"
                        + (cursor == null ? "" : " AND (occurred_at > :cursor OR sequence_no > :after)")
                        + " ORDER BY occurred_at, sequence_no LIMIT " + limit)
                .bind("tenant", tenant.value())
                .bind("from", SqlValues.instant(cursor != null && cursor.isAfter(fromInclusive) ? cursor : fromInclusive))
                .bind("to", SqlValues.instant(toExclusive));
        if (cursor != null) {
            page.bind("cursor", SqlValues.instant(cursor)).bind("after", afterSequence);
        }
        return page.map(JdbcAuditStore::map).list();
    }

    private Instant occurredAt(long sequence) {
        return handle.createQuery("SELECT occurred_at FROM tr_audit_event WHERE tenant_id = :tenant"
                        + " AND sequence_no = :sequence")
                .bind("tenant", tenant.value())
                .bind("sequence", sequence)
                .map((rs, ctx) -> SqlValues.getInstant(rs, "occurred_at"))
                .findOne()
                .orElseThrow(() -> new InvalidFieldException("afterSequence", FieldProblem.NOT_AN_AUDIT_EVENT,
                        String.valueOf(sequence)));
    }

    private static AuditEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        return AuditEvent.of(SqlValues.getInstant(rs, "occurred_at"),
                        Actor.of(rs.getString("actor_id"), rs.getString("actor_name")),
                        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("before_state"), rs.getString("after_state"), rs.getString("note"))
                .withSequence(rs.getLong("sequence_no"));
    }
}
