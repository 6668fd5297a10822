package org.talentregistry.jdbc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.CriterionResult;
import org.talentregistry.eligibility.CriterionText;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.honor.HonorCitation;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.Revocation;
import org.talentregistry.spi.StoredMessage;
import org.talentregistry.spi.TitleStore;
import org.talentregistry.title.ConditionResult;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityDecision;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.RankedApplicant;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRefusedException;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleVersion;

/**
 * Titles in {@code tr_technician_title}, their policies in {@code tr_priority_policy}, rounds in {@code
 * tr_title_round}, applications in {@code tr_title_application} and awards in {@code tr_title_award}; the
 * ranking a selection was made on in the {@code ranked_*} columns of the round and its applications, and the
 * lines that explain each place in {@code tr_title_ranked_line}.
 * Each refusal the store reports itself (a policy version, a round's year, an application taken) comes
 * from a unique key, so that it holds also between concurrent transactions.
 */
final class JdbcTitleStore implements TitleStore {
    /** The scale of {@code tr_title_application.score}, DECIMAL(9, 3). */
    private static final int SCORE_SCALE = 3;
    /** The first score {@code tr_title_application.score} cannot hold. */
    private static final BigDecimal SCORE_LIMIT = BigDecimal.valueOf(1_000_000);
    private static final String ROUND_COLUMNS = "id, title_code, region_code, round_year, round_date, selected, opened_at,"
            + " cancelled_on, cancel_reason";
    private static final String APPLICATION_COLUMNS = "round_id, artisan_id, score, score_scale, declared_in_service,"
            + " declared_record, applied_at";
    private static final String AWARD_COLUMNS = "w.id, w.title_code, w.title_name, w.artisan_id, w.round_id, w.region_code,"
            + " w.rules_version, w.starts_on, w.ends_on, w.revoked_reason, w.revoked_detail, w.revoked_effective_on,"
            + " w.revoked_approved_by, w.revoked_by_id, w.revoked_by_name";
    private static final String KEY_SAVEPOINT = "tr_title_key";
    /** Ends each of a kept fact's arguments: names and numbers never hold a control character. */
    private static final char ARGUMENT_END = '\u001F';
    private static final String CRITERION = "criterion";
    private static final String PRIORITY = "priority";
    private static final String MET = "MET";
    private static final String NOT_MET = "NOT_MET";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;
    private final IdSetReads idSets;

    JdbcTitleStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
        this.idSets = new IdSetReads(handle, dialect, tenant);
    }

    /** Upserts on (tenant, code), so that concurrent definitions of one code queue on its row instead of colliding. */
    @Override
    public void saveTitle(TechnicianTitle title) {
        handle.createUpdate(dialect.upsert("tr_technician_title", List.of("tenant_id", "code"), List.of("definition")))
                .bind("tenant_id", tenant.value())
                .bind("code", title.code())
                .bind("definition", TitleCodec.encode(title))
                .execute();
    }

    @Override
    public Optional<TechnicianTitle> title(String code, boolean forUpdate) {
        return handle.createQuery("SELECT definition FROM tr_technician_title WHERE tenant_id = :tenant AND code = :code"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("code", code)
                .mapTo(String.class)
                .findOne()
                .map(TitleCodec::decodeTitle);
    }

    /** Upserts on (tenant, title, version): ending a version or replacing its rules rewrites its row. */
    @Override
    public void saveVersion(TitleVersion version) {
        handle.createUpdate(dialect.upsert("tr_title_version", List.of("tenant_id", "title_code", "version"),
                        List.of("valid_from", "valid_until", "definition")))
                .bind("tenant_id", tenant.value())
                .bind("title_code", version.code())
                .bind("version", version.version())
                .bind("valid_from", SqlValues.date(version.validFrom()))
                .bind("valid_until", SqlValues.date(version.validUntil().orElse(null)))
                .bind("definition", TitleCodec.encode(version.rules()))
                .execute();
    }

    @Override
    public List<TitleVersion> versions(String titleCode) {
        return handle.createQuery("SELECT version, valid_from, valid_until, definition FROM tr_title_version"
                        + " WHERE tenant_id = :tenant AND title_code = :title ORDER BY version")
                .bind("tenant", tenant.value())
                .bind("title", titleCode)
                .map((rs, ctx) -> new TitleVersion(rs.getInt("version"), SqlValues.getDate(rs, "valid_from"),
                        Optional.ofNullable(SqlValues.getDate(rs, "valid_until")),
                        TitleCodec.decodeTitle(rs.getString("definition"))))
                .list();
    }

    @Override
    public void insertPolicy(PriorityPolicy policy) {
        Update insert = handle.createUpdate("INSERT INTO tr_priority_policy (tenant_id, policy_id, version, title_code,"
                        + " valid_from, valid_until, definition) VALUES (:tenant, :id, :version, :title, :from, :until,"
                        + " :definition)")
                .bind("tenant", tenant.value())
                .bind("id", policy.id())
                .bind("version", policy.version())
                .bind("title", policy.titleCode())
                .bind("from", SqlValues.date(policy.validFrom()))
                .bind("until", SqlValues.date(policy.validUntil().orElse(null)))
                .bind("definition", TitleCodec.encode(policy));
        guardingKey(insert::execute, () -> new TitleRefusedException(TitleRefusedException.Rule.POLICY_VERSION_EXISTS,
                policy.id(), policy.version()));
    }

    /** Lists the policies by id, then version. */
    @Override
    public List<PriorityPolicy> policies(String titleCode) {
        return handle.createQuery("SELECT definition FROM tr_priority_policy WHERE tenant_id = :tenant"
                        + " AND title_code = :title ORDER BY policy_id, version")
                .bind("tenant", tenant.value())
                .bind("title", titleCode)
                .mapTo(String.class)
                .map(TitleCodec::decodePolicy)
                .list();
    }

    @Override
    public TitleRoundId insertRound(String titleCode, IssuingRegion region, int year, LocalDate roundDate, Instant at) {
        long id = guardingKey(() -> handle.createUpdate("INSERT INTO tr_title_round (tenant_id, title_code, region_code,"
                                + " round_year, round_date, selected, opened_at, cancel_key) VALUES (:tenant, :title, :region,"
                                + " :year, :date, :selected, :at, 0)")
                        .bind("tenant", tenant.value())
                        .bind("title", titleCode)
                        .bind("region", region.code())
                        .bind("year", year)
                        .bind("date", SqlValues.date(roundDate))
                        .bind("selected", false)
                        .bind("at", SqlValues.instant(at))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one(),
                () -> new TitleRefusedException(TitleRefusedException.Rule.ROUND_EXISTS_FOR_YEAR, titleCode, region, year));
        return TitleRoundId.of(id);
    }

    @Override
    public List<TitleRound> rounds(String titleCode) {
        return handle.createQuery("SELECT " + ROUND_COLUMNS + " FROM tr_title_round WHERE tenant_id = :tenant"
                        + " AND title_code = :title ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("title", titleCode)
                .map(JdbcTitleStore::mapRound)
                .list();
    }

    @Override
    public Optional<TitleRound> round(TitleRoundId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + ROUND_COLUMNS + " FROM tr_title_round WHERE tenant_id = :tenant AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcTitleStore::mapRound)
                .findOne();
    }

    /**
     * Sets the round's flag; a missing round is a caller's bug, reported rather than ignored.
     *
     * @throws IllegalStateException if the tenant has no such round
     */
    @Override
    public void markSelected(TitleRoundId id) {
        int rows = handle.createUpdate("UPDATE tr_title_round SET selected = :selected WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("selected", true)
                .execute();
        if (rows == 0) {
            throw new IllegalStateException("no title round " + id + " in the tenant");
        }
    }

    /**
     * Sets the round's {@code ranked_*} columns, then each application's, in one batch, then inserts the lines
     * of all of them in another.
     */
    @Override
    public void recordRanking(TitleRanking ranking) {
        List<RankedApplicant> applicants = ranking.applicants();
        Optional<PriorityDecision> any = applicants.stream().findFirst().map(RankedApplicant::priority);
        int rounds = handle.createUpdate("UPDATE tr_title_round SET ranked_rules_version = :rules,"
                        + " ranked_policy_id = :policy, ranked_policy_version = :policyVersion"
                        + " WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", ranking.roundId().value())
                .bind("rules", ranking.rules().version())
                .bind("policy", any.map(PriorityDecision::policyId).orElse(null))
                .bind("policyVersion", any.map(PriorityDecision::policyVersion).orElse(null))
                .execute();
        if (rounds == 0) {
            throw new IllegalStateException("no title round " + ranking.roundId() + " in the tenant");
        }
        if (applicants.isEmpty()) {
            return;
        }
        PreparedBatch places = handle.prepareBatch("UPDATE tr_title_application SET ranked_order = :order,"
                + " ranked_position = :position, ranked_name = :name, ranked_selected = :selected, ranked_reason = :reason"
                + " WHERE tenant_id = :tenant AND round_id = :round AND artisan_id = :artisan");
        PreparedBatch lines = handle.prepareBatch("INSERT INTO tr_title_ranked_line (tenant_id, round_id, artisan_id,"
                + " line_no, kind, criterion_id, rule_text, outcome, facts, fact_args, honor_id, honor_program_id,"
                + " honor_tier_code, honor_tier_name, honor_year, honor_decision_number, honor_decision_date,"
                + " honor_revoked_from) VALUES (:tenant, :round, :artisan, :line, :kind, :criterion, :rule, :outcome,"
                + " :facts, :args, :honor, :program, :tierCode, :tierName, :year, :decisionNumber, :decisionDate,"
                + " :revokedFrom)");
        // Names, ages and declarations are personal data.
        Privacy.quiet(places);
        Privacy.quiet(lines);
        for (int order = 0; order < applicants.size(); order++) {
            RankedApplicant a = applicants.get(order);
            places.bind("tenant", tenant.value())
                    .bind("round", ranking.roundId().value())
                    .bind("artisan", a.artisanId().value())
                    .bind("order", order)
                    .bind("position", a.position())
                    .bind("name", a.name())
                    .bind("selected", a.selected())
                    .bind("reason", a.reason().map(StoredMessage::write).orElse(null))
                    .add();
            int line = 0;
            for (CriterionResult r : a.verdict().results()) {
                bindLine(lines, ranking.roundId(), a.artisanId(), line++, CRITERION)
                        .bind("criterion", r.criterionId())
                        .bind("rule", StoredMessage.write(r.rule()))
                        .bind("outcome", r.outcome().name())
                        .bind("facts", StoredMessage.write(r.facts()))
                        .bind("args", (String) null);
                bindCitation(lines, Optional.empty()).add();
            }
            for (ConditionResult r : a.priority().results()) {
                StringBuilder args = new StringBuilder();
                for (Object arg : r.fact().args()) {
                    args.append(arg).append(ARGUMENT_END);
                }
                bindLine(lines, ranking.roundId(), a.artisanId(), line++, PRIORITY)
                        .bind("criterion", (String) null)
                        .bind("rule", (String) null)
                        .bind("outcome", r.met() ? MET : NOT_MET)
                        .bind("facts", r.fact().key())
                        .bind("args", args.toString());
                bindCitation(lines, r.honor()).add();
            }
        }
        for (int updated : places.execute()) {
            if (updated == 0) {
                throw new IllegalStateException("an applicant ranked in title round " + ranking.roundId()
                        + " has no application in the tenant");
            }
        }
        if (lines.size() > 0) {
            lines.execute();
        }
    }

    private PreparedBatch bindLine(PreparedBatch lines, TitleRoundId round, ArtisanId artisan, int line, String kind) {
        return lines.bind("tenant", tenant.value())
                .bind("round", round.value())
                .bind("artisan", artisan.value())
                .bind("line", line)
                .bind("kind", kind);
    }

    private static PreparedBatch bindCitation(PreparedBatch lines, Optional<HonorCitation> cited) {
        HonorCitation h = cited.orElse(null);
        return lines.bind("honor", h == null ? null : h.id().value())
                .bind("program", h == null ? null : h.programId().value())
                .bind("tierCode", h == null ? null : h.tierCode())
                .bind("tierName", h == null ? null : h.tierName())
                .bind("year", h == null ? null : h.year())
                .bind("decisionNumber", h == null ? null : h.decisionNumber())
                .bind("decisionDate", SqlValues.date(h == null ? null : h.decisionDate()))
                .bind("revokedFrom", SqlValues.date(h == null ? null : h.revokedFrom().orElse(null)));
    }

    /**
     * Reads the round's {@code ranked_*} columns, then its applications' and their lines, one query each, and
     * finds the rules version and the policy they name.
     *
     * @throws IllegalStateException if the version or the policy named is not the title's (a store edited by hand)
     */
    @Override
    public Optional<TitleRanking> recordedRanking(TitleRound round) {
        Optional<Basis> kept = handle.createQuery("SELECT ranked_rules_version, ranked_policy_id, ranked_policy_version"
                        + " FROM tr_title_round WHERE tenant_id = :tenant AND id = :id AND ranked_rules_version IS NOT NULL")
                .bind("tenant", tenant.value())
                .bind("id", round.id().value())
                .map((rs, ctx) -> new Basis(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                .findOne();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Basis basis = kept.get();
        TitleVersion rules = versions(round.titleCode()).stream().filter(v -> v.version() == basis.rulesVersion())
                .findFirst().orElseThrow(() -> new IllegalStateException("title round " + round.id()
                        + " was ranked under rules version " + basis.rulesVersion() + ", which its title does not have"));
        PriorityPolicy policy = basis.policyId() == null ? null : policies(round.titleCode()).stream()
                .filter(p -> p.id().equals(basis.policyId()) && p.version() == basis.policyVersion()).findFirst()
                .orElseThrow(() -> new IllegalStateException("title round " + round.id() + " was ranked under policy "
                        + basis.policyId() + " version " + basis.policyVersion() + ", which its title does not have"));
        Map<Long, List<Line>> linesOf = new HashMap<>();
        handle.createQuery("SELECT artisan_id, kind, criterion_id, rule_text, outcome, facts, fact_args, honor_id,"
                        + " honor_program_id, honor_tier_code, honor_tier_name, honor_year, honor_decision_number,"
                        + " honor_decision_date, honor_revoked_from FROM tr_title_ranked_line"
                        + " WHERE tenant_id = :tenant AND round_id = :round ORDER BY artisan_id, line_no")
                .bind("tenant", tenant.value())
                .bind("round", round.id().value())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), line(rs)))
                .forEach(e -> linesOf.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<RankedApplicant> applicants = handle.createQuery("SELECT artisan_id, score, score_scale, ranked_position,"
                        + " ranked_name, ranked_selected, ranked_reason FROM tr_title_application"
                        + " WHERE tenant_id = :tenant AND round_id = :round AND ranked_order IS NOT NULL ORDER BY ranked_order")
                .bind("tenant", tenant.value())
                .bind("round", round.id().value())
                .map((rs, ctx) -> {
                    ArtisanId artisan = ArtisanId.of(rs.getLong("artisan_id"));
                    String reason = rs.getString("ranked_reason");
                    List<Line> lines = linesOf.getOrDefault(artisan.value(), List.of());
                    return new RankedApplicant(rs.getInt("ranked_position"), artisan, rs.getString("ranked_name"),
                            rs.getBigDecimal("score").setScale(rs.getInt("score_scale")),
                            new Verdict(round.roundDate(), lines.stream().filter(l -> l.criterion() != null)
                                    .map(Line::criterion).toList()),
                            decision(round, policy, artisan, lines), rs.getBoolean("ranked_selected"),
                            Optional.ofNullable(reason).map(r -> StoredMessage.read(r, CriterionText.RECORDED)));
                })
                .list();
        return Optional.of(new TitleRanking(round, rules, applicants));
    }

    /** What the round was ranked under: its rules version, and its policy unless it had no applicant. */
    private record Basis(int rulesVersion, String policyId, int policyVersion) {
    }

    /** A kept line: an eligibility result, or a priority result before its condition is known. */
    private record Line(CriterionResult criterion, boolean met, ConditionResult.Fact fact, Optional<HonorCitation> honor) {
    }

    private static Line line(ResultSet rs) throws SQLException {
        if (CRITERION.equals(rs.getString("kind"))) {
            return new Line(new CriterionResult(rs.getString("criterion_id"),
                    StoredMessage.read(rs.getString("rule_text"), CriterionText.RECORDED),
                    Outcome.valueOf(rs.getString("outcome")),
                    StoredMessage.read(rs.getString("facts"), CriterionText.RECORDED), Optional.empty()),
                    false, null, Optional.empty());
        }
        List<String> args = new ArrayList<>();
        String kept = rs.getString("fact_args");
        for (int start = 0, end; kept != null && (end = kept.indexOf(ARGUMENT_END, start)) >= 0; start = end + 1) {
            args.add(kept.substring(start, end));
        }
        long honor = rs.getLong("honor_id");
        Optional<HonorCitation> cited = rs.wasNull() ? Optional.empty()
                : Optional.of(new HonorCitation(HonorId.of(honor), ArtisanId.of(rs.getLong("artisan_id")),
                        HonorProgramId.of(rs.getLong("honor_program_id")), rs.getString("honor_tier_code"),
                        rs.getString("honor_tier_name"), rs.getInt("honor_year"), rs.getString("honor_decision_number"),
                        SqlValues.getDate(rs, "honor_decision_date"),
                        Optional.ofNullable(SqlValues.getDate(rs, "honor_revoked_from"))));
        return new Line(null, MET.equals(rs.getString("outcome")),
                new ConditionResult.Fact(rs.getString("facts"), args.toArray()), cited);
    }

    /** Returns an applicant's priority decision from its kept lines, each under its condition of the policy. */
    private static PriorityDecision decision(TitleRound round, PriorityPolicy policy, ArtisanId artisan, List<Line> lines) {
        if (policy == null) {
            throw new IllegalStateException("title round " + round.id() + " has applicants ranked under no policy");
        }
        List<ConditionResult> results = new ArrayList<>();
        for (Line line : lines) {
            if (line.criterion() == null) {
                results.add(new ConditionResult(policy.conditions().get(results.size()), line.met(), line.fact(),
                        line.honor()));
            }
        }
        return new PriorityDecision(artisan, policy.titleCode(), round.roundDate(), policy.id(), policy.version(), results);
    }

    /**
     * Sets the round's cancellation, and its id as its {@code cancel_key}: the unique key on (tenant, title,
     * region, year, cancel_key) then holds one round of them with the key 0, the one not cancelled.
     *
     * @throws IllegalStateException if the tenant has no such round
     */
    @Override
    public void markCancelled(TitleRoundId id, LocalDate on, String reason) {
        int rows = handle.createUpdate("UPDATE tr_title_round SET cancelled_on = :on, cancel_reason = :reason, cancel_key = id"
                        + " WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("on", SqlValues.date(on))
                .bind("reason", reason)
                .execute();
        if (rows == 0) {
            throw new IllegalStateException("no title round " + id + " in the tenant");
        }
    }

    /**
     * Inserts the application; the unique key on (tenant, round, artisan) refuses a second one.
     *
     * @throws IllegalArgumentException if the score has more than three decimal places or is a million or
     *     more either way: DECIMAL(9, 3) would round or refuse it
     */
    @Override
    public void insertApplication(TitleApplication application) {
        Update insert = handle.createUpdate("INSERT INTO tr_title_application (tenant_id, round_id, artisan_id, score,"
                        + " score_scale, declared_in_service, declared_record, applied_at) VALUES (:tenant, :roundId,"
                        + " :artisanId, :score, :scale, :inService, :record, :at)")
                .bind("tenant", tenant.value())
                .bind("roundId", application.roundId().value())
                .bind("artisanId", application.artisanId().value())
                .bind("score", stored(application.score()))
                .bind("scale", application.score().scale())
                .bind("inService", application.declarations().inService())
                .bind("record", application.declarations().disqualifyingRecord())
                .bind("at", SqlValues.instant(application.appliedAt()));
        // A declared record is personal data.
        Privacy.quiet(insert);
        guardingKey(insert::execute, () -> new TitleRefusedException(TitleRefusedException.Rule.ALREADY_APPLIED,
                application.artisanId(), application.roundId()));
    }

    /**
     * Reads the application, then deletes it: the caller holds the round's lock, as every change of its
     * applications does.
     */
    @Override
    public Optional<TitleApplication> deleteApplication(TitleRoundId roundId, ArtisanId artisanId) {
        Optional<TitleApplication> found = handle.createQuery("SELECT " + APPLICATION_COLUMNS + " FROM tr_title_application"
                        + " WHERE tenant_id = :tenant AND round_id = :roundId AND artisan_id = :artisanId")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .bind("artisanId", artisanId.value())
                .map(JdbcTitleStore::application)
                .findOne();
        if (found.isPresent()) {
            handle.createUpdate("DELETE FROM tr_title_application WHERE tenant_id = :tenant AND round_id = :roundId"
                            + " AND artisan_id = :artisanId")
                    .bind("tenant", tenant.value())
                    .bind("roundId", roundId.value())
                    .bind("artisanId", artisanId.value())
                    .execute();
        }
        return found;
    }

    /** Returns a score as the column holds it, refusing one it would round or clip. */
    private static BigDecimal stored(BigDecimal score) {
        if (score.abs().compareTo(SCORE_LIMIT) >= 0) {
            throw new IllegalArgumentException("score must be below " + SCORE_LIMIT + " either way: " + score);
        }
        try {
            return score.setScale(SCORE_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("score has more than " + SCORE_SCALE + " decimal places: " + score, e);
        }
    }

    @Override
    public List<TitleApplication> applications(TitleRoundId roundId) {
        return applicationsWhere("round_id", roundId.value());
    }

    @Override
    public List<TitleApplication> applicationsOf(ArtisanId artisanId) {
        return applicationsWhere("artisan_id", artisanId.value());
    }

    /** The tenant's applications whose column holds an id, in the order they were recorded. */
    private List<TitleApplication> applicationsWhere(String column, long id) {
        return handle.createQuery("SELECT " + APPLICATION_COLUMNS + " FROM tr_title_application WHERE tenant_id = :tenant AND "
                        + column + " = :id ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("id", id)
                .map(JdbcTitleStore::application)
                .list();
    }

    @Override
    public TitleAwardId insertAward(TitleAward award) {
        long id = handle.createUpdate("INSERT INTO tr_title_award (tenant_id, title_code, title_name, artisan_id, round_id,"
                        + " region_code, rules_version, starts_on, ends_on) VALUES (:tenant, :code, :name, :artisanId,"
                        + " :roundId, :region, :version, :startsOn, :endsOn)")
                .bind("tenant", tenant.value())
                .bind("code", award.titleCode())
                .bind("name", award.titleName())
                .bind("artisanId", award.artisanId().value())
                .bind("roundId", award.roundId().value())
                .bind("region", award.region().code())
                .bind("version", award.rulesVersion())
                .bind("startsOn", SqlValues.date(award.startsOn()))
                .bind("endsOn", SqlValues.date(award.endsOn().orElse(null)))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return TitleAwardId.of(id);
    }

    @Override
    public Optional<TitleAward> award(TitleAwardId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + AWARD_COLUMNS + " FROM tr_title_award w WHERE w.tenant_id = :tenant AND w.id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcTitleStore::mapAward)
                .findOne();
    }

    /**
     * Records the revocation unless one is recorded: a second would overwrite the first and lose its history.
     *
     * @throws IllegalStateException if the tenant has no such award, or it is revoked already
     */
    @Override
    public void revokeAward(TitleAwardId id, Revocation revocation) {
        Update update = RevocationColumns.bind(handle.createUpdate("UPDATE tr_title_award SET " + RevocationColumns.SET
                        + " WHERE tenant_id = :tenant AND id = :id AND revoked_reason IS NULL"), revocation)
                .bind("tenant", tenant.value())
                .bind("id", id.value());
        if (update.execute() == 0) {
            throw new IllegalStateException("no title award " + id + " in the tenant that is not revoked");
        }
    }

    /** Reads the awards in one query per chunk of ids (see {@link IdSetReads}); lists them by artisan, then id. */
    @Override
    public List<TitleAward> awardsOf(List<ArtisanId> artisanIds) {
        return Collections.unmodifiableList(idSets.list(AWARD_COLUMNS, "tr_title_award", "w", "artisan_id", artisanIds,
                "w.artisan_id, w.id", JdbcTitleStore::mapAward));
    }

    /**
     * Runs an insert that a unique key may refuse and turns the refusal into the typed exception. The
     * savepoint keeps the transaction usable (PostgreSQL aborts it on any error); the database reports the
     * violation only once the holder has committed, so a read-committed read made for the message sees it.
     */
    private <T> T guardingKey(Supplier<T> insert, Supplier<TitleRefusedException> refusal) {
        handle.savepoint(KEY_SAVEPOINT);
        T result;
        try {
            result = insert.get();
        } catch (RuntimeException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(KEY_SAVEPOINT);
            throw refusal.get();
        }
        handle.releaseSavepoint(KEY_SAVEPOINT);
        return result;
    }

    private static TitleRound mapRound(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TitleRound(TitleRoundId.of(rs.getLong("id")), rs.getString("title_code"),
                IssuingRegion.of(rs.getString("region_code")), rs.getInt("round_year"),
                SqlValues.getDate(rs, "round_date"), rs.getBoolean("selected"), SqlValues.getInstant(rs, "opened_at"),
                Optional.ofNullable(SqlValues.getDate(rs, "cancelled_on")), Optional.ofNullable(rs.getString("cancel_reason")));
    }

    private static TitleApplication application(ResultSet rs, StatementContext ctx) throws SQLException {
        boolean inService = rs.getBoolean("declared_in_service");
        Boolean declared = rs.wasNull() ? null : inService;
        return new TitleApplication(TitleRoundId.of(rs.getLong("round_id")), ArtisanId.of(rs.getLong("artisan_id")),
                rs.getBigDecimal("score").setScale(rs.getInt("score_scale")),
                new Declarations(declared, rs.getString("declared_record")), SqlValues.getInstant(rs, "applied_at"));
    }

    private static TitleAward mapAward(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TitleAward(TitleAwardId.of(rs.getLong("id")), rs.getString("title_code"), rs.getString("title_name"),
                ArtisanId.of(rs.getLong("artisan_id")), TitleRoundId.of(rs.getLong("round_id")),
                IssuingRegion.of(rs.getString("region_code")), rs.getInt("rules_version"), SqlValues.getDate(rs, "starts_on"),
                Optional.ofNullable(SqlValues.getDate(rs, "ends_on")), RevocationColumns.read(rs));
    }
}
