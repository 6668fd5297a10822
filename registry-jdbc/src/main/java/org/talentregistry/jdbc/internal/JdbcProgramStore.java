package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.spi.ProgramStore;

/** Programs in {@code tr_honor_program}, their versions in {@code tr_honor_program_version}. */
final class JdbcProgramStore implements ProgramStore {
    private static final String VERSION_COLUMNS = "v.program_id, v.version, v.definition, v.created_at";

    private final Handle handle;
    private final TenantId tenant;

    JdbcProgramStore(Handle handle, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
    }

    @Override
    public HonorProgramId insert(ProgramDefinition definition, Instant at) {
        long id = handle.createUpdate("INSERT INTO tr_honor_program (tenant_id, current_version, created_at)"
                        + " VALUES (:tenant, 1, :at)")
                .bind("tenant", tenant.value())
                .bind("at", SqlValues.instant(at))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        HonorProgramId programId = HonorProgramId.of(id);
        insertVersionRow(programId, 1, definition, at);
        return programId;
    }

    @Override
    public void insertVersion(HonorProgramId id, int version, ProgramDefinition definition, Instant at) {
        // Moving current_version only from its predecessor keeps versions gapless even if a caller
        // skipped the lock; the version row's primary key then refuses the loser of a race.
        int moved = handle.createUpdate("UPDATE tr_honor_program SET current_version = :version"
                        + " WHERE tenant_id = :tenant AND id = :id AND current_version = :previous")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("version", version)
                .bind("previous", version - 1)
                .execute();
        if (moved == 0) {
            throw new IllegalStateException("program " + id + " does not exist or is not at version " + (version - 1));
        }
        insertVersionRow(id, version, definition, at);
    }

    private void insertVersionRow(HonorProgramId id, int version, ProgramDefinition definition, Instant at) {
        handle.createUpdate("INSERT INTO tr_honor_program_version (program_id, version, tenant_id, definition, created_at)"
                        + " VALUES (:id, :version, :tenant, :definition, :at)")
                .bind("id", id.value())
                .bind("version", version)
                .bind("tenant", tenant.value())
                .bind("definition", ProgramCodec.encode(definition))
                .bind("at", SqlValues.instant(at))
                .execute();
    }

    @Override
    public Optional<HonorProgram> current(HonorProgramId id, boolean forUpdate) {
        if (forUpdate) {
            // The program row is the lock; locking it alone keeps FOR UPDATE off a join.
            Optional<Integer> current = handle.createQuery("SELECT current_version FROM tr_honor_program"
                            + " WHERE tenant_id = :tenant AND id = :id FOR UPDATE")
                    .bind("tenant", tenant.value())
                    .bind("id", id.value())
                    .mapTo(Integer.class)
                    .findOne();
            return current.flatMap(v -> version(id, v));
        }
        return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM tr_honor_program p"
                        + " JOIN tr_honor_program_version v ON v.program_id = p.id AND v.version = p.current_version"
                        + " WHERE p.tenant_id = :tenant AND v.tenant_id = :tenant AND p.id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcProgramStore::map)
                .findOne();
    }

    @Override
    public Optional<HonorProgram> version(HonorProgramId id, int version) {
        return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM tr_honor_program_version v"
                        + " WHERE v.tenant_id = :tenant AND v.program_id = :id AND v.version = :version")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("version", version)
                .map(JdbcProgramStore::map)
                .findOne();
    }

    @Override
    public List<HonorProgram> list() {
        return handle.createQuery("SELECT " + VERSION_COLUMNS + " FROM tr_honor_program p"
                        + " JOIN tr_honor_program_version v ON v.program_id = p.id AND v.version = p.current_version"
                        + " WHERE p.tenant_id = :tenant AND v.tenant_id = :tenant ORDER BY p.id")
                .bind("tenant", tenant.value())
                .map(JdbcProgramStore::map)
                .list();
    }

    private static HonorProgram map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new HonorProgram(HonorProgramId.of(rs.getLong("program_id")), rs.getInt("version"),
                ProgramCodec.decode(rs.getString("definition")), SqlValues.getInstant(rs, "created_at"));
    }
}
