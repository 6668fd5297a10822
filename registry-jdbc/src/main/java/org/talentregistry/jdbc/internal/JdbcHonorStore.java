package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Honor;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorKind;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorRollEntry;
import org.talentregistry.honor.HonorRefusal;
import org.talentregistry.honor.NamingDecision;
import org.talentregistry.honor.Revocation;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.spi.HonorStore;

/**
 * Honors in {@code tr_honor}; {@code tr_naming_decision} records which round each decision number
 * belongs to, so that its primary key refuses the number to any other round.
 */
final class JdbcHonorStore implements HonorStore {
    private static final String COLUMNS = "id, program_id, program_name, tier_code, tier_name, honor_year, round_id,"
            + " artisan_id, decision_number, decision_date, issuing_body, certificate_number, revoked_reason,"
            + " revoked_detail, revoked_effective_on, revoked_approved_by, revoked_by_id, revoked_by_name";
    private static final String QUALIFIED_COLUMNS = Arrays.stream(COLUMNS.split(", "))
            .map(c -> "h." + c).collect(Collectors.joining(", "));
    private static final String DECISION_SAVEPOINT = "tr_naming_decision";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;
    private final IdSetReads idSets;

    JdbcHonorStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
        this.idSets = new IdSetReads(handle, dialect, tenant);
    }

    @Override
    public HonorId insert(Honor honor) {
        claimDecision(honor.decision().number(), honor.roundId());
        long id = handle.createUpdate("INSERT INTO tr_honor (tenant_id, program_id, program_name, tier_code, tier_name,"
                        + " honor_year, round_id, artisan_id, decision_number, decision_date, issuing_body, certificate_number)"
                        + " VALUES (:tenant, :programId, :programName, :tierCode, :tierName, :year, :roundId, :artisanId,"
                        + " :number, :date, :body, :certificate)")
                .bind("tenant", tenant.value())
                .bind("programId", honor.programId().value())
                .bind("programName", honor.programName())
                .bind("tierCode", honor.tierCode())
                .bind("tierName", honor.tierName())
                .bind("year", honor.year())
                .bind("roundId", honor.roundId().value())
                .bind("artisanId", honor.artisanId().value())
                .bind("number", honor.decision().number())
                .bind("date", SqlValues.date(honor.decision().date()))
                .bind("body", honor.decision().issuingBody())
                .bind("certificate", honor.certificateNumber())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        // The honoree as named: the roll of a decision reads as it was published, whatever the record says later.
        handle.createUpdate("UPDATE tr_honor SET honoree_name = (SELECT a.name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id),"
                        + " honoree_employer = (SELECT a.employer_name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id),"
                        + " honoree_occupation = (SELECT a.occupation_name FROM tr_artisan a WHERE a.id = tr_honor.artisan_id)"
                        + " WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id)
                .execute();
        return HonorId.of(id);
    }

    /**
     * Reads the decision's honors with the honoree as named; an honor without (none is, after V026) takes the
     * artisan's record as it is.
     */
    @Override
    public List<HonorRollEntry> roll(String decisionNumber) {
        return handle.createQuery("SELECT " + QUALIFIED_COLUMNS + ", COALESCE(h.honoree_name, a.name) AS roll_name,"
                        + " COALESCE(h.honoree_employer, a.employer_name) AS roll_employer,"
                        + " COALESCE(h.honoree_occupation, a.occupation_name) AS roll_occupation"
                        + " FROM tr_honor h JOIN tr_artisan a ON a.id = h.artisan_id"
                        + " WHERE h.tenant_id = :tenant AND h.decision_number = :number ORDER BY h.id")
                .bind("tenant", tenant.value())
                .bind("number", decisionNumber)
                .map((rs, ctx) -> new HonorRollEntry(map(rs, ctx), rs.getString("roll_name"), rs.getString("roll_employer"),
                        rs.getString("roll_occupation")))
                .list();
    }

    /**
     * Makes sure the decision number belongs to the round, claiming it on the round's first honor. A claim
     * that collides with a concurrent one waits for it to commit (or roll back); the savepoint keeps the
     * transaction usable, and a read-committed read then sees which round won.
     */
    private void claimDecision(String number, RoundId roundId) {
        Optional<Long> holder = decisionRound(number);
        if (holder.isEmpty()) {
            handle.savepoint(DECISION_SAVEPOINT);
            try {
                handle.createUpdate("INSERT INTO tr_naming_decision (tenant_id, decision_number, round_id)"
                                + " VALUES (:tenant, :number, :roundId)")
                        .bind("tenant", tenant.value())
                        .bind("number", number)
                        .bind("roundId", roundId.value())
                        .execute();
                handle.releaseSavepoint(DECISION_SAVEPOINT);
                return;
            } catch (RuntimeException e) {
                if (!dialect.isUniqueViolation(e)) {
                    throw e;
                }
                handle.rollbackToSavepoint(DECISION_SAVEPOINT);
                holder = decisionRound(number);
            }
        }
        if (holder.isEmpty() || holder.get() != roundId.value()) {
            throw new SelectionRefusedException(SelectionRefusedException.Rule.DECISION_NUMBER_TAKEN,
                    Message.of(SelectionMessage.DECISION_NUMBER_TAKEN, number, holder.<Object>map(r -> r).orElse("?")));
        }
    }

    private Optional<Long> decisionRound(String number) {
        return handle.createQuery("SELECT round_id FROM tr_naming_decision WHERE tenant_id = :tenant"
                        + " AND decision_number = :number")
                .bind("tenant", tenant.value())
                .bind("number", number)
                .mapTo(Long.class)
                .findOne();
    }

    @Override
    public Optional<Honor> find(HonorId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_honor WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcHonorStore::map)
                .findOne();
    }

    @Override
    public List<Honor> ofArtisan(ArtisanId artisanId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_honor WHERE tenant_id = :tenant"
                        + " AND artisan_id = :artisanId ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .map(JdbcHonorStore::map)
                .list();
    }

    /** Reads the honors in one query per chunk of ids (see {@link IdSetReads}). */
    @Override
    public List<Honor> ofArtisans(List<ArtisanId> artisanIds) {
        return idSets.list(QUALIFIED_COLUMNS, "tr_honor", "h", "artisan_id", artisanIds, "h.artisan_id, h.id",
                JdbcHonorStore::map);
    }

    /**
     * Reads the honors of some kinds in one query per chunk of ids (see {@link IdSetReads}), the kinds in its
     * {@code WHERE}: a bulk priority check of 100,000 artisans reads the tenth of their honors it needs.
     */
    @Override
    public List<Honor> ofArtisans(List<ArtisanId> artisanIds, Collection<HonorKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Honor> honors = new ArrayList<>();
        // A tenth of the artisans hold such an honor: for 100,000 ids a scan of the honors beats 100,000 probes.
        idSets.scanning().forEach(QUALIFIED_COLUMNS, "tr_honor", "h", "artisan_id", artisanIds, kindFilter(kinds), "",
                JdbcHonorStore::map, honors::add);
        return honors;
    }

    /**
     * Reads the citations of the honors of some kinds, one query per chunk of ids, each row handed on as it is
     * mapped: the nine columns a citation holds, not the eighteen of an honor, read as {@link
     * Dialect.IdSetAccess#JOIN} (which may hand an honor on once per time its artisan is given, as the method
     * allows).
     */
    @Override
    public void eachCitationOfArtisans(List<ArtisanId> artisanIds, Collection<HonorKind> kinds,
            Consumer<? super HonorCitation> action) {
        if (kinds.isEmpty()) {
            return;
        }
        idSets.joining().forEach(citationColumns(), "tr_honor", "h", "artisan_id", artisanIds,
                kindFilter(kinds), "", citations(kinds), action::accept);
    }

    @Override
    public long countOfKinds(Collection<HonorKind> kinds, long atMost) {
        if (kinds.isEmpty()) {
            return 0;
        }
        // The honors of the kinds' programs, every tier: the (tenant_id, program_id, id) index alone counts
        // them, where filtering the tiers read each row (on PostgreSQL 15-24 ms against 4.5 for 25,000 honors).
        // Counting stops at the bound: a check of 100,000 artisans against a million honors does not count them all.
        List<String> programs = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (HonorProgramId program : kinds.stream().map(HonorKind::program).distinct().toList()) {
            String name = "program" + programs.size();
            programs.add(":" + name);
            parameters.put(name, program.value());
        }
        Query query = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM tr_honor h WHERE h.tenant_id = :tenant"
                        + " AND h.program_id IN (" + String.join(", ", programs) + ") LIMIT :atMost) c")
                .bind("tenant", tenant.value())
                .bind("atMost", atMost);
        parameters.forEach(query::bind);
        return query.mapTo(Long.class).one();
    }

    @Override
    public void eachCitationOfKinds(Collection<HonorKind> kinds, Consumer<? super HonorCitation> action) {
        if (kinds.isEmpty()) {
            return;
        }
        IdSetReads.Filter filter = kindFilter(kinds);
        Query query = handle.createQuery("SELECT " + citationColumns() + " FROM tr_honor h"
                        + " WHERE h.tenant_id = :tenant AND (" + filter.sql() + ")")
                .bind("tenant", tenant.value());
        filter.parameters().forEach(query::bind);
        query.map(citations(kinds)).forEach(action);
    }

    /**
     * Reads one column of the kind's honors active on the date, the holders' ids, as they come, to one more
     * than the dialect's bound ({@link Dialect#everyHolderReadBound}), after counting where it counts first.
     */
    @Override
    public boolean eachHolderOfKind(HonorKind kind, LocalDate date, long atMost, LongConsumer action) {
        long bound = dialect.everyHolderReadBound(atMost);
        if (dialect.countsHoldersFirst() && countOfKinds(List.of(kind), bound + 1) > bound) {
            return false;
        }
        IdSetReads.Filter filter = activeOfKind(kind, date);
        Query query = handle.createQuery("SELECT h.artisan_id FROM tr_honor h WHERE h.tenant_id = :tenant AND " + filter.sql()
                        + " LIMIT :limit")
                .bind("tenant", tenant.value())
                .bind("limit", bound + 1);
        filter.parameters().forEach(query::bind);
        // The result set read as it is, without a mapped row each: some 95,000 rows for a screen.
        return LongColumn.each(query, action) <= bound;
    }

    /**
     * Reads one column of the kind's honors active on the date held by the ids, as {@link Dialect.IdSetAccess#JOIN}.
     * On PostgreSQL a few thousand ids are probed in {@code ix_tr_honor_holder} (migration V028), which carries
     * the kind and the dates; for more, the planner reads the kind's honors from V027's index.
     */
    @Override
    public void eachHolderAmong(List<ArtisanId> artisanIds, HonorKind kind, LocalDate date, LongConsumer action) {
        idSets.joining().forEach("h.artisan_id", "tr_honor", "h", "artisan_id", artisanIds, activeOfKind(kind, date), "",
                holders(action), nothing -> { });
    }

    /** Hands each row's first column, a holder's id, to the action; maps to nothing, so that no row makes an object. */
    private static RowMapper<Void> holders(LongConsumer action) {
        return (rs, ctx) -> {
            action.accept(rs.getLong(1));
            return null;
        };
    }

    /** The condition that keeps the honors of a kind active on a date: named on or before it, not revoked by then. */
    private static IdSetReads.Filter activeOfKind(HonorKind kind, LocalDate date) {
        IdSetReads.Filter ofKind = kindFilter(List.of(kind));
        Map<String, Object> parameters = new HashMap<>(ofKind.parameters());
        parameters.put("activeOn", SqlValues.date(date));
        return new IdSetReads.Filter("(" + ofKind.sql() + ") AND h.decision_date <= :activeOn"
                + " AND (h.revoked_effective_on IS NULL OR h.revoked_effective_on > :activeOn)", parameters);
    }

    /**
     * Returns what a citation holds, the dates as day numbers. On PostgreSQL {@code ix_tr_honor_artisan} carries
     * these columns (migration V028), so that the citations of a few thousand ids are read from it alone; a
     * column added here belongs there too.
     */
    private String citationColumns() {
        return "h.id, h.artisan_id, h.program_id, h.tier_code, h.tier_name, h.honor_year, h.decision_number, "
                + dialect.epochDay("h.decision_date") + ", " + dialect.epochDay("h.revoked_effective_on");
    }

    /**
     * Maps the {@link #citationColumns()} of honors of some kinds. The kinds' own ids and codes stand in for the
     * rows' copies, and a round's texts are read once: what a chunk's citations hold is then the citations, not
     * 110,000 copies of the same few strings.
     */
    private static RowMapper<HonorCitation> citations(Collection<HonorKind> kinds) {
        HonorProgramId[] programs = kinds.stream().map(HonorKind::program).distinct().toArray(HonorProgramId[]::new);
        Map<String, String> texts = new HashMap<>();
        for (HonorKind kind : kinds) {
            kind.tierCodes().forEach(code -> texts.put(code, code));
        }
        return (rs, ctx) -> {
            HonorProgramId programId = program(programs, rs.getLong(3));
            LocalDate decided = LocalDate.ofEpochDay(rs.getLong(8));
            long revoked = rs.getLong(9);
            Optional<LocalDate> revokedFrom = rs.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(revoked));
            return new HonorCitation(HonorId.of(rs.getLong(1)), ArtisanId.of(rs.getLong(2)), programId,
                    texts.computeIfAbsent(rs.getString(4), t -> t), texts.computeIfAbsent(rs.getString(5), t -> t),
                    rs.getInt(6), texts.computeIfAbsent(rs.getString(7), t -> t), decided, revokedFrom);
        };
    }

    /** Returns the kinds' own id of a program, found by a look along the one or two kinds a policy names. */
    private static HonorProgramId program(HonorProgramId[] programs, long value) {
        for (HonorProgramId p : programs) {
            if (p.value() == value) {
                return p;
            }
        }
        return HonorProgramId.of(value);
    }

    /** The condition that keeps the honors of some kinds, with its parameters. */
    private static IdSetReads.Filter kindFilter(Collection<HonorKind> kinds) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        int k = 0;
        for (HonorKind kind : kinds) {
            String program = "program" + k;
            parameters.put(program, kind.program().value());
            StringBuilder alternative = new StringBuilder("h.program_id = :").append(program);
            if (!kind.tierCodes().isEmpty()) {
                List<String> tiers = new ArrayList<>();
                for (String tier : kind.tierCodes()) {
                    String name = "tier" + k + "_" + tiers.size();
                    parameters.put(name, tier);
                    tiers.add(":" + name);
                }
                alternative.append(" AND h.tier_code IN (").append(String.join(", ", tiers)).append(')');
            }
            alternatives.add(alternative.toString());
            k++;
        }
        return new IdSetReads.Filter(String.join(" OR ", alternatives), parameters);
    }

    @Override
    public List<Honor> ofProgram(HonorProgramId programId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_honor WHERE tenant_id = :tenant"
                        + " AND program_id = :programId ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("programId", programId.value())
                .map(JdbcHonorStore::map)
                .list();
    }

    @Override
    public List<Honor> ofDecision(String decisionNumber) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_honor WHERE tenant_id = :tenant"
                        + " AND decision_number = :number ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("number", decisionNumber)
                .map(JdbcHonorStore::map)
                .list();
    }

    @Override
    public long countOfProgram(HonorProgramId programId) {
        return handle.createQuery("SELECT COUNT(*) FROM tr_honor WHERE tenant_id = :tenant AND program_id = :programId")
                .bind("tenant", tenant.value())
                .bind("programId", programId.value())
                .mapTo(Long.class)
                .one();
    }

    /**
     * Records the revocation unless one is recorded: a second would overwrite the first and lose the
     * history a revocation must keep.
     *
     * @throws SelectionRefusedException with rule {@code ALREADY_REVOKED} if the honor is already revoked
     * @throws IllegalStateException if the tenant has no such honor
     */
    @Override
    public void revoke(HonorId id, Revocation revocation) {
        Update update = RevocationColumns.bind(handle.createUpdate("UPDATE tr_honor SET " + RevocationColumns.SET
                        + " WHERE tenant_id = :tenant AND id = :id AND revoked_reason IS NULL"), revocation)
                .bind("tenant", tenant.value())
                .bind("id", id.value());
        if (update.execute() == 1) {
            return;
        }
        Honor honor = find(id, false).orElseThrow(() -> new IllegalStateException("no honor " + id + " in the tenant"));
        throw new SelectionRefusedException(SelectionRefusedException.Rule.ALREADY_REVOKED,
                Message.of(HonorRefusal.ALREADY_REVOKED, id.toString(), honor.revocation().orElseThrow().effectiveOn()));
    }

    private static Honor map(ResultSet rs, StatementContext ctx) throws SQLException {
        Optional<Revocation> revocation = RevocationColumns.read(rs);
        return new Honor(HonorId.of(rs.getLong("id")), HonorProgramId.of(rs.getLong("program_id")),
                rs.getString("program_name"), rs.getString("tier_code"), rs.getString("tier_name"), rs.getInt("honor_year"),
                RoundId.of(rs.getLong("round_id")), ArtisanId.of(rs.getLong("artisan_id")),
                new NamingDecision(rs.getString("decision_number"), SqlValues.getDate(rs, "decision_date"),
                        rs.getString("issuing_body")),
                rs.getString("certificate_number"), revocation);
    }
}
