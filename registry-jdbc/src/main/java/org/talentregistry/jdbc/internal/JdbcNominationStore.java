package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.Actor;
import org.talentregistry.Message;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.CriterionText;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.FlagClearance;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.NominationStatus;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.SelectionMessage;
import org.talentregistry.selection.SelectionRefusedException;
import org.talentregistry.selection.SiteVisit;
import org.talentregistry.spi.NominationStore;
import org.talentregistry.spi.StoredMessage;

/**
 * Nominations in {@code tr_nomination}, the lines of their verdicts in {@code tr_verdict_line}. A
 * nomination has a verdict when {@code verdict_as_of} is set, even one without lines.
 */
final class JdbcNominationStore implements NominationStore {
    private static final String COLUMNS = "n.id, n.round_id, n.artisan_id, n.channel, n.nominator, n.declared_in_service,"
            + " n.declared_record, n.submitted_at, n.status, n.verdict_as_of, n.votes_brushed";
    private static final String ARTISAN_SAVEPOINT = "tr_nomination_artisan";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;

    JdbcNominationStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    /**
     * Inserts the nomination; the unique key on (tenant, round, artisan) refuses a second one, guarded by a
     * savepoint as in {@link JdbcRoundStore#insert}.
     */
    @Override
    public NominationId insert(RoundId roundId, NominationRequest request, Instant at) {
        Update insert = handle.createUpdate("INSERT INTO tr_nomination (tenant_id, round_id, artisan_id, channel, nominator,"
                        + " declared_in_service, declared_record, submitted_at, status, votes_brushed)"
                        + " VALUES (:tenant, :roundId, :artisanId, :channel, :nominator, :inService, :record, :at, :status,"
                        + " :brushed)")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .bind("artisanId", request.artisanId().value())
                .bind("channel", request.channel().name())
                .bind("nominator", request.nominator())
                .bind("inService", request.declarations().inService())
                .bind("record", request.declarations().disqualifyingRecord())
                .bind("at", SqlValues.instant(at))
                .bind("status", NominationStatus.ACTIVE.name())
                .bind("brushed", false);
        Privacy.quiet(insert);
        handle.savepoint(ARTISAN_SAVEPOINT);
        long id;
        try {
            id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } catch (RuntimeException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(ARTISAN_SAVEPOINT);
            Object holder = find(roundId, request.artisanId()).<Object>map(Nomination::id).orElse("?");
            throw new SelectionRefusedException(SelectionRefusedException.Rule.ALREADY_NOMINATED,
                    Message.of(SelectionMessage.ALREADY_NOMINATED, request.artisanId(), roundId, holder));
        }
        handle.releaseSavepoint(ARTISAN_SAVEPOINT);
        return NominationId.of(id);
    }

    @Override
    public Optional<Nomination> find(NominationId id, boolean forUpdate) {
        return load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_nomination n WHERE n.tenant_id = :tenant AND n.id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Nomination> find(RoundId roundId, ArtisanId artisanId) {
        return load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_nomination n WHERE n.tenant_id = :tenant"
                        + " AND n.round_id = :roundId AND n.artisan_id = :artisanId")
                .bind("roundId", roundId.value())
                .bind("artisanId", artisanId.value())).stream().findFirst();
    }

    @Override
    public List<Nomination> list(RoundId roundId) {
        return load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_nomination n WHERE n.tenant_id = :tenant"
                        + " AND n.round_id = :roundId ORDER BY n.id")
                .bind("roundId", roundId.value()));
    }

    @Override
    public List<Nomination> ofArtisan(ArtisanId artisanId) {
        return load(handle.createQuery("SELECT " + COLUMNS + " FROM tr_nomination n WHERE n.tenant_id = :tenant"
                        + " AND n.artisan_id = :artisanId ORDER BY n.id")
                .bind("artisanId", artisanId.value()));
    }

    @Override
    public void setStatus(NominationId id, NominationStatus status) {
        handle.createUpdate("UPDATE tr_nomination SET status = :status WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("status", status.name())
                .execute();
    }

    @Override
    public void setVerdict(NominationId id, Verdict verdict) {
        handle.createUpdate("UPDATE tr_nomination SET verdict_as_of = :asOf WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("asOf", SqlValues.date(verdict.asOf()))
                .execute();
        handle.createUpdate("DELETE FROM tr_verdict_line WHERE tenant_id = :tenant AND nomination_id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .execute();
        if (verdict.results().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO tr_verdict_line (nomination_id, position, tenant_id,"
                + " criterion_id, rule_text, outcome, facts, clearance_reason, clearance_actor_id, clearance_actor_name,"
                + " cleared_at) VALUES (:id, :position, :tenant, :criterionId, :rule, :outcome, :facts, :reason, :actorId,"
                + " :actorName, :clearedAt)");
        Privacy.quiet(batch);
        for (int i = 0; i < verdict.results().size(); i++) {
            CriterionResult line = verdict.results().get(i);
            Optional<FlagClearance> clearance = line.clearance();
            batch.bind("id", id.value())
                    .bind("position", i)
                    .bind("tenant", tenant.value())
                    .bind("criterionId", line.criterionId())
                    .bind("rule", StoredMessage.write(line.rule()))
                    .bind("outcome", line.outcome().name())
                    .bind("facts", StoredMessage.write(line.facts()))
                    .bind("reason", clearance.map(FlagClearance::reason).orElse(null))
                    .bind("actorId", clearance.map(c -> c.actor().id()).orElse(null))
                    .bind("actorName", clearance.map(c -> c.actor().displayName()).orElse(null))
                    .bind("clearedAt", SqlValues.instant(clearance.map(FlagClearance::at).orElse(null)))
                    .add();
        }
        batch.execute();
    }

    @Override
    public void setVotesBrushed(NominationId id, boolean brushed) {
        handle.createUpdate("UPDATE tr_nomination SET votes_brushed = :brushed WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("brushed", brushed)
                .execute();
    }

    /** A nomination row before its verdict lines are attached. */
    private record Row(NominationId id, RoundId roundId, ArtisanId artisanId, NominationChannel channel, String nominator,
            Declarations declarations, Instant submittedAt, NominationStatus status, LocalDate verdictAsOf,
            boolean votesBrushed) {
    }

    private List<Nomination> load(Query query) {
        List<Row> rows = query.bind("tenant", tenant.value()).map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CriterionResult>> lines = new HashMap<>();
        List<NominationId> withVerdict = rows.stream().filter(r -> r.verdictAsOf() != null).map(Row::id).toList();
        new IdSetReads(handle, dialect, tenant).list("l.nomination_id, l.criterion_id, l.rule_text, l.outcome, l.facts,"
                        + " l.clearance_reason, l.clearance_actor_id, l.clearance_actor_name, l.cleared_at",
                        "tr_verdict_line", "l", "nomination_id", withVerdict, "l.nomination_id, l.position",
                        (rs, ctx) -> Map.entry(rs.getLong("nomination_id"), line(rs)))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Nomination> nominations = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Optional<Verdict> verdict = Optional.ofNullable(r.verdictAsOf())
                    .map(asOf -> new Verdict(asOf, lines.getOrDefault(r.id().value(), List.of())));
            nominations.add(new Nomination(r.id(), r.roundId(), r.artisanId(), r.channel(), r.nominator(), r.declarations(),
                    r.submittedAt(), r.status(), verdict, r.votesBrushed()));
        }
        return nominations;
    }

    private static Row row(ResultSet rs) throws SQLException {
        boolean inService = rs.getBoolean("declared_in_service");
        Boolean declaredInService = rs.wasNull() ? null : inService;
        return new Row(NominationId.of(rs.getLong("id")), RoundId.of(rs.getLong("round_id")),
                ArtisanId.of(rs.getLong("artisan_id")), NominationChannel.valueOf(rs.getString("channel")),
                rs.getString("nominator"), new Declarations(declaredInService, rs.getString("declared_record")),
                SqlValues.getInstant(rs, "submitted_at"), NominationStatus.valueOf(rs.getString("status")),
                SqlValues.getDate(rs, "verdict_as_of"), rs.getBoolean("votes_brushed"));
    }

    private static CriterionResult line(ResultSet rs) throws SQLException {
        String actorId = rs.getString("clearance_actor_id");
        Optional<FlagClearance> clearance = actorId == null ? Optional.empty()
                : Optional.of(new FlagClearance(rs.getString("clearance_reason"),
                        Actor.of(actorId, rs.getString("clearance_actor_name")), SqlValues.getInstant(rs, "cleared_at")));
        return new CriterionResult(rs.getString("criterion_id"),
                StoredMessage.read(rs.getString("rule_text"), CriterionText.RECORDED), Outcome.valueOf(rs.getString("outcome")),
                StoredMessage.read(rs.getString("facts"), CriterionText.RECORDED), clearance);
    }

    @Override
    public void setMeritSummary(NominationId id, String summary) {
        handle.createUpdate(dialect.upsert("tr_merit_summary", List.of("nomination_id"), List.of("tenant_id", "summary")))
                .bind("nomination_id", id.value())
                .bind("tenant_id", tenant.value())
                .bind("summary", summary)
                .execute();
    }

    @Override
    public Map<NominationId, String> meritSummaries(RoundId roundId) {
        return textByNomination("SELECT s.nomination_id, s.summary FROM tr_merit_summary s JOIN tr_nomination n"
                + " ON n.id = s.nomination_id WHERE s.tenant_id = :tenant AND n.tenant_id = :tenant AND n.round_id = :round", roundId);
    }

    @Override
    public void keepNames(RoundId roundId, Collection<NominationId> naming) {
        String current = "(SELECT a.name FROM tr_artisan a WHERE a.id = tr_nomination.artisan_id)";
        PreparedBatch named = handle.prepareBatch("UPDATE tr_nomination SET ranked_name = " + current
                + " WHERE tenant_id = :tenant AND round_id = :round AND id = :id");
        for (NominationId id : naming) {
            named.bind("tenant", tenant.value()).bind("round", roundId.value()).bind("id", id.value()).add();
        }
        if (named.size() > 0) {
            named.execute();
        }
        handle.createUpdate("UPDATE tr_nomination SET ranked_name = " + current
                        + " WHERE tenant_id = :tenant AND round_id = :round AND ranked_name IS NULL")
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .execute();
    }

    @Override
    public Map<NominationId, String> keptNames(RoundId roundId) {
        return textByNomination("SELECT id, ranked_name FROM tr_nomination"
                + " WHERE tenant_id = :tenant AND round_id = :round AND ranked_name IS NOT NULL", roundId);
    }

    /** Runs a query of a round's nominations that selects each one's id, then a text, into a map. */
    private Map<NominationId, String> textByNomination(String sql, RoundId roundId) {
        Map<NominationId, String> texts = new HashMap<>();
        handle.createQuery(sql)
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .map((rs, ctx) -> Map.entry(NominationId.of(rs.getLong(1)), rs.getString(2)))
                .forEach(e -> texts.put(e.getKey(), e.getValue()));
        return texts;
    }

    @Override
    public void saveSiteVisit(RoundId roundId, SiteVisit visit) {
        Update upsert = handle.createUpdate(dialect.upsert("tr_site_visit", List.of("nomination_id"),
                        List.of("tenant_id", "round_id", "passed", "note", "actor_id", "actor_name", "recorded_at")))
                .bind("nomination_id", visit.nominationId().value())
                .bind("tenant_id", tenant.value())
                .bind("round_id", roundId.value())
                .bind("passed", visit.passed())
                .bind("note", visit.note())
                .bind("actor_id", visit.recordedBy().id())
                .bind("actor_name", visit.recordedBy().displayName())
                .bind("recorded_at", SqlValues.instant(visit.recordedAt()));
        // The note may tell of a nominee's conduct: personal data.
        Privacy.quiet(upsert);
        upsert.execute();
    }

    @Override
    public List<SiteVisit> siteVisits(RoundId roundId) {
        return handle.createQuery("SELECT nomination_id, passed, note, actor_id, actor_name, recorded_at FROM tr_site_visit"
                        + " WHERE tenant_id = :tenant AND round_id = :round ORDER BY nomination_id")
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .map((rs, ctx) -> new SiteVisit(NominationId.of(rs.getLong("nomination_id")), rs.getBoolean("passed"),
                        rs.getString("note"), Actor.of(rs.getString("actor_id"), rs.getString("actor_name")),
                        SqlValues.getInstant(rs, "recorded_at")))
                .list();
    }

    /** Inserts the notices of nominees who have none: a nominee is published once, by the first notice. */
    @Override
    public void addNotices(RoundId roundId, List<NomineeNotice> notices) {
        Map<NominationId, NomineeNotice> known = new HashMap<>();
        notices(roundId).forEach(n -> known.put(n.nominationId(), n));
        List<NomineeNotice> fresh = notices.stream().filter(n -> !known.containsKey(n.nominationId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO tr_nominee_notice (nomination_id, tenant_id, round_id,"
                + " notice_start, notice_end) VALUES (:id, :tenant, :round, :start, :end)");
        for (NomineeNotice n : fresh) {
            batch.bind("id", n.nominationId().value())
                    .bind("tenant", tenant.value())
                    .bind("round", roundId.value())
                    .bind("start", SqlValues.date(n.start()))
                    .bind("end", SqlValues.date(n.end()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public List<NomineeNotice> notices(RoundId roundId) {
        return handle.createQuery("SELECT nomination_id, notice_start, notice_end FROM tr_nominee_notice"
                        + " WHERE tenant_id = :tenant AND round_id = :round ORDER BY nomination_id")
                .bind("tenant", tenant.value())
                .bind("round", roundId.value())
                .map((rs, ctx) -> new NomineeNotice(NominationId.of(rs.getLong("nomination_id")),
                        SqlValues.getDate(rs, "notice_start"), SqlValues.getDate(rs, "notice_end")))
                .list();
    }
}
