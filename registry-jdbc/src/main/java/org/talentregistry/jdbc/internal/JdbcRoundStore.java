package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.spi.RoundStore;

/** Rounds in {@code tr_selection_round}. */
final class JdbcRoundStore implements RoundStore {
    private static final String COLUMNS = "id, program_id, program_version, round_year, stage, notice_start, notice_end,"
            + " opened_at, cancel_reason";
    private static final String YEAR_SAVEPOINT = "tr_round_year";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;

    JdbcRoundStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    /**
     * Inserts the round; the unique key on (tenant, program, year) refuses a second one. The savepoint
     * keeps the transaction usable after the violation (PostgreSQL aborts it otherwise); the database
     * reports the violation once the holder has committed, so a read-committed read then names it.
     */
    @Override
    public RoundId insert(HonorProgramId programId, int programVersion, int year, Instant at) {
        handle.savepoint(YEAR_SAVEPOINT);
        long id;
        try {
            id = handle.createUpdate("INSERT INTO tr_selection_round (tenant_id, program_id, program_version, round_year,"
                            + " stage, opened_at) VALUES (:tenant, :programId, :version, :year, :stage, :at)")
                    .bind("tenant", tenant.value())
                    .bind("programId", programId.value())
                    .bind("version", programVersion)
                    .bind("year", year)
                    .bind("stage", RoundStage.NOMINATIONS_OPEN.name())
                    .bind("at", SqlValues.instant(at))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        } catch (RuntimeException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(YEAR_SAVEPOINT);
            throw new SelectionRefusedException(SelectionRefusedException.Rule.ROUND_EXISTS_FOR_YEAR,
                    Message.of(SelectionMessage.ROUND_HOLDS_YEAR, programId, year,
                            find(programId, year).<Object>map(SelectionRound::id).orElse("?")));
        }
        handle.releaseSavepoint(YEAR_SAVEPOINT);
        return RoundId.of(id);
    }

    @Override
    public Optional<SelectionRound> find(RoundId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_selection_round WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcRoundStore::map)
                .findOne();
    }

    @Override
    public Optional<SelectionRound> find(HonorProgramId programId, int year) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_selection_round"
                        + " WHERE tenant_id = :tenant AND program_id = :programId AND round_year = :year")
                .bind("tenant", tenant.value())
                .bind("programId", programId.value())
                .bind("year", year)
                .map(JdbcRoundStore::map)
                .findOne();
    }

    @Override
    public List<SelectionRound> list(HonorProgramId programId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_selection_round"
                        + " WHERE tenant_id = :tenant AND program_id = :programId ORDER BY round_year")
                .bind("tenant", tenant.value())
                .bind("programId", programId.value())
                .map(JdbcRoundStore::map)
                .list();
    }

    @Override
    public void setStage(RoundId id, RoundStage stage) {
        update(id, "stage = :value", stage.name());
    }

    @Override
    public void markVotingOpened(RoundId id, Instant at) {
        handle.createUpdate("UPDATE tr_selection_round SET voting_opened_at = :at WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("at", SqlValues.instant(at))
                .execute();
    }

    @Override
    public Optional<Instant> votingOpenedAt(RoundId id) {
        return handle.createQuery("SELECT voting_opened_at FROM tr_selection_round WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> Optional.ofNullable(SqlValues.getInstant(rs, "voting_opened_at")))
                .findOne()
                .flatMap(at -> at);
    }

    @Override
    public void setNotice(RoundId id, LocalDate start, LocalDate end) {
        handle.createUpdate("UPDATE tr_selection_round SET notice_start = :start, notice_end = :end"
                        + " WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("start", SqlValues.date(start))
                .bind("end", SqlValues.date(end))
                .execute();
    }

    @Override
    public void setCancelReason(RoundId id, String reason) {
        update(id, "cancel_reason = :value", reason);
    }

    /**
     * Sets the column where it is null, then reads it: the update of the first caller holds the row for the rest.
     * The read locks, so that it sees the latest committed value: in a repeatable-read transaction (InnoDB) whose
     * snapshot predates another caller's claim, a plain read would still see null.
     */
    @Override
    public String claimVoteSecret(RoundId id, String secretId) {
        // Named once and never changed: a round that shows one, to any snapshot, keeps it. Read so, without a
        // lock, every cast in a host's transaction reads it again and none of them waits for another.
        Optional<String> named = handle.createQuery("SELECT vote_secret_id FROM tr_selection_round"
                        + " WHERE tenant_id = :tenant AND id = :id AND vote_secret_id IS NOT NULL")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne();
        if (named.isPresent()) {
            return named.get();
        }
        update(id, "vote_secret_id = :value", secretId, " AND vote_secret_id IS NULL");
        // A locking read sees the name a concurrent first vote committed, whatever this transaction's snapshot.
        return handle.createQuery("SELECT vote_secret_id FROM tr_selection_round WHERE tenant_id = :tenant AND id = :id"
                        + " FOR UPDATE")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new IllegalStateException("no selection round " + id + " in the tenant"));
    }

    private void update(RoundId id, String assignment, String value) {
        update(id, assignment, value, "");
    }

    private void update(RoundId id, String assignment, String value, String condition) {
        handle.createUpdate("UPDATE tr_selection_round SET " + assignment + " WHERE tenant_id = :tenant AND id = :id"
                        + condition)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("value", value)
                .execute();
    }

    private static SelectionRound map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SelectionRound(RoundId.of(rs.getLong("id")), HonorProgramId.of(rs.getLong("program_id")),
                rs.getInt("program_version"), rs.getInt("round_year"), RoundStage.valueOf(rs.getString("stage")),
                Optional.ofNullable(SqlValues.getDate(rs, "notice_start")),
                Optional.ofNullable(SqlValues.getDate(rs, "notice_end")),
                SqlValues.getInstant(rs, "opened_at"), Optional.ofNullable(rs.getString("cancel_reason")));
    }
}
