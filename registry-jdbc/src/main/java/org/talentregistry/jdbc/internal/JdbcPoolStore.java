package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MembershipId;
import org.talentregistry.pool.PoolCount;
import org.talentregistry.pool.PoolExit;
import org.talentregistry.pool.PoolMember;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolSource;
import org.talentregistry.pool.PoolTotals;
import org.talentregistry.spi.ErasableField;
import org.talentregistry.spi.PoolStore;

/** Talent-pool memberships in {@code tr_pool_member}; queries and totals join the artisans. */
final class JdbcPoolStore implements PoolStore {
    private static final String COLUMNS = "m.id, m.artisan_id, m.source, m.honor_id, m.program_id, m.tier_code,"
            + " m.honor_year, m.source_note, m.since_date, m.until_date, m.leave_reason, m.leave_note, m.entered_by_id,"
            + " m.entered_by_name, m.left_by_id, m.left_by_name";
    private static final int ID = SqlValues.position(COLUMNS, "m.id");
    private static final int ARTISAN_ID = SqlValues.position(COLUMNS, "m.artisan_id");
    private static final int SOURCE = SqlValues.position(COLUMNS, "m.source");
    private static final int HONOR_ID = SqlValues.position(COLUMNS, "m.honor_id");
    private static final int PROGRAM_ID = SqlValues.position(COLUMNS, "m.program_id");
    private static final int TIER_CODE = SqlValues.position(COLUMNS, "m.tier_code");
    private static final int HONOR_YEAR = SqlValues.position(COLUMNS, "m.honor_year");
    private static final int SOURCE_NOTE = SqlValues.position(COLUMNS, "m.source_note");
    private static final int SINCE = SqlValues.position(COLUMNS, "m.since_date");
    private static final int UNTIL = SqlValues.position(COLUMNS, "m.until_date");
    private static final int LEAVE_REASON = SqlValues.position(COLUMNS, "m.leave_reason");
    private static final int LEAVE_NOTE = SqlValues.position(COLUMNS, "m.leave_note");
    private static final int ENTERED_BY_ID = SqlValues.position(COLUMNS, "m.entered_by_id");
    private static final int ENTERED_BY_NAME = SqlValues.position(COLUMNS, "m.entered_by_name");
    private static final int LEFT_BY_ID = SqlValues.position(COLUMNS, "m.left_by_id");
    private static final int LEFT_BY_NAME = SqlValues.position(COLUMNS, "m.left_by_name");
    /** {@link #COLUMNS} named {@code m_id}, {@code m_artisan_id}, ..., beside another table's. */
    static final String JOINED_COLUMNS = joined(COLUMNS);
    /** Holds on :asOf: since it began and not yet ended ({@code until_date} is the first day it no longer holds). */
    static final String HOLDING = " m.since_date <= :asOf AND (m.until_date IS NULL OR m.until_date > :asOf)";
    private static final String HONOR = "HONOR";
    private static final String ADDED = "ADDED";
    private static final String ARTISAN_COLUMNS = "a.id, a.name, a.employer_name, a.occupation_code, a.occupation_name,"
            + " a.region_code, a.region_name";

    private static String joined(String columns) {
        StringBuilder joined = new StringBuilder();
        for (String column : columns.split(",")) {
            String name = column.trim();
            joined.append(joined.length() == 0 ? "" : ", ").append(name).append(" AS m_").append(name.substring(2));
        }
        return joined.toString();
    }

    private final Handle handle;
    private final TenantId tenant;
    private final IdSetReads idSets;

    JdbcPoolStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
        this.idSets = new IdSetReads(handle, dialect, tenant);
    }

    @Override
    public MembershipId insert(ArtisanId artisanId, PoolSource source, LocalDate since, Actor enteredBy) {
        var insert = handle.createUpdate("INSERT INTO tr_pool_member (tenant_id, artisan_id, source, honor_id, program_id,"
                        + " tier_code, honor_year, source_note, since_date, entered_by_id, entered_by_name) VALUES (:tenant,"
                        + " :artisanId, :source, :honorId, :programId, :tierCode, :year, :note, :since, :byId, :byName)")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .bind("since", SqlValues.date(since))
                .bind("byId", enteredBy.id())
                .bind("byName", enteredBy.displayName());
        if (source instanceof PoolSource.ByHonor h) {
            insert.bind("source", HONOR).bind("honorId", h.honorId().value()).bind("programId", h.programId().value())
                    .bind("tierCode", h.tierCode()).bind("year", h.year()).bind("note", (String) null);
        } else {
            insert.bind("source", ADDED).bind("honorId", (Long) null).bind("programId", (Long) null)
                    .bind("tierCode", (String) null).bind("year", (Integer) null)
                    .bind("note", ((PoolSource.AddedByBureau) source).description());
        }
        return MembershipId.of(insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public int endByHonor(HonorId honorId, PoolExit exit) {
        return end("honor_id = :key AND (until_date IS NULL OR until_date > :until)", honorId.value(), exit);
    }

    @Override
    public int end(MembershipId id, PoolExit exit) {
        return end("id = :key AND until_date IS NULL", id.value(), exit);
    }

    private int end(String which, long key, PoolExit exit) {
        return handle.createUpdate("UPDATE tr_pool_member SET until_date = :until, leave_reason = :reason, leave_note = :note,"
                        + " left_by_id = :byId, left_by_name = :byName"
                        + " WHERE tenant_id = :tenant AND " + which)
                .bind("tenant", tenant.value())
                .bind("key", key)
                .bind("until", SqlValues.date(exit.effectiveOn()))
                .bind("reason", exit.reason().name())
                .bind("note", exit.note().orElse(null))
                .bind("byId", exit.recordedBy().id())
                .bind("byName", exit.recordedBy().displayName())
                .execute();
    }

    @Override
    public List<PoolMembership> activeOn(LocalDate asOf) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_pool_member m WHERE m.tenant_id = :tenant AND" + HOLDING
                        + " ORDER BY m.artisan_id, m.id")
                .bind("tenant", tenant.value())
                .bind("asOf", SqlValues.date(asOf))
                .map(JdbcPoolStore::membership)
                .list();
    }

    @Override
    public long sizeOn(LocalDate asOf) {
        return handle.createQuery("SELECT COUNT(DISTINCT m.artisan_id) FROM tr_pool_member m WHERE m.tenant_id = :tenant AND"
                        + HOLDING)
                .bind("tenant", tenant.value())
                .bind("asOf", SqlValues.date(asOf))
                .mapTo(Long.class)
                .one();
    }

    @Override
    public List<PoolMembership> ofArtisan(ArtisanId artisanId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_pool_member m WHERE m.tenant_id = :tenant"
                        + " AND m.artisan_id = :artisanId ORDER BY m.id")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .map(JdbcPoolStore::membership)
                .list();
    }

    @Override
    public Optional<PoolMembership> find(MembershipId id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_pool_member m WHERE m.tenant_id = :tenant AND m.id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcPoolStore::membership)
                .findOne();
    }

    // ---- queries -----------------------------------------------------------------------------------

    @Override
    public List<PoolMember> query(PoolQuery q) {
        String level = "(SELECT MAX(c.level_rank) FROM tr_skill_certificate c WHERE c.tenant_id = :tenant"
                + " AND c.artisan_id = p.id AND c.issued_on <= :asOf AND (c.valid_until IS NULL OR c.valid_until >= :asOf))";
        String engagements = q.engagementsFrom().isPresent() ? engagementCount("p.id") : "0";
        String order = switch (q.sort()) {
            case ARTISAN_ID -> "p.id";
            case NAME -> "p.name, p.id";
            case SINCE -> "p.since, p.id";
            case MOST_ENGAGEMENTS -> "engagements DESC, p.id";
        };
        String sql = "SELECT p.*, " + level + " AS level_rank, " + engagements + " AS engagements FROM (SELECT "
                + ARTISAN_COLUMNS + ", MIN(m.since_date) AS since FROM tr_pool_member m JOIN tr_artisan a ON a.id = m.artisan_id"
                + where(q) + " GROUP BY " + ARTISAN_COLUMNS + ") p ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        Query query = handle.createQuery(sql).bind("limit", q.limit()).bind("offset", q.offset());
        bind(query, q);
        List<Row> rows = query.map((rs, ctx) -> new Row(ArtisanId.of(rs.getLong("id")), rs.getString("name"),
                rs.getString("employer_name"), Occupation.of(rs.getString("occupation_code"), rs.getString("occupation_name")),
                Region.of(rs.getString("region_code"), rs.getString("region_name")), level(rs),
                SqlValues.getDate(rs, "since"), rs.getInt("engagements"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ArtisanId, List<PoolMembership>> memberships = new HashMap<>();
        idSets.list(COLUMNS, "tr_pool_member", "m", "artisan_id", rows.stream().map(Row::id).toList(), "m.artisan_id, m.id",
                        JdbcPoolStore::membership).stream()
                .filter(m -> m.isActiveOn(q.date()))
                .forEach(m -> memberships.computeIfAbsent(m.artisanId(), k -> new ArrayList<>()).add(m));
        List<PoolMember> members = new ArrayList<>(rows.size());
        for (Row r : rows) {
            members.add(new PoolMember(r.id(), r.name(), r.employer(), r.occupation(), r.region(), r.level(), r.since(),
                    memberships.getOrDefault(r.id(), List.of()), r.engagements()));
        }
        return members;
    }

    private record Row(ArtisanId id, String name, String employer, Occupation occupation, Region region,
            Optional<SkillLevel> level, LocalDate since, int engagements) {
    }

    private static Optional<SkillLevel> level(ResultSet rs) throws SQLException {
        int rank = rs.getInt("level_rank");
        return rs.wasNull() ? Optional.empty() : Optional.of(SkillLevel.ofRank(rank));
    }

    @Override
    public long count(PoolQuery q) {
        Query query = handle.createQuery("SELECT COUNT(DISTINCT a.id) FROM tr_pool_member m JOIN tr_artisan a"
                + " ON a.id = m.artisan_id" + where(q));
        bind(query, q);
        return query.mapTo(Long.class).one();
    }

    private static String engagementCount(String artisanColumn) {
        return "(SELECT COUNT(*) FROM tr_engagement e WHERE e.tenant_id = :tenant AND e.artisan_id = " + artisanColumn
                + " AND e.start_date >= :engagementsFrom AND e.start_date < :engagementsUntil)";
    }

    private static String where(PoolQuery q) {
        StringBuilder w = new StringBuilder(" WHERE m.tenant_id = :tenant AND a.tenant_id = :tenant AND").append(HOLDING);
        q.occupationCode().ifPresent(x -> w.append(" AND a.occupation_code = :occupation"));
        q.regionCode().ifPresent(x -> w.append(" AND a.region_code = :region"));
        q.employer().ifPresent(x -> w.append(" AND a.employer_credit_code = :employer"));
        q.minimumLevel().ifPresent(x -> w.append(" AND EXISTS (SELECT 1 FROM tr_skill_certificate c"
                + " WHERE c.tenant_id = a.tenant_id AND c.artisan_id = a.id AND c.level_rank >= :minRank"
                + " AND c.issued_on <= :asOf AND (c.valid_until IS NULL OR c.valid_until >= :asOf))"));
        if (q.programId().isPresent()) {
            // Another membership of the same artisan may be the one the honor brought; it must hold on the date too.
            w.append(" AND EXISTS (SELECT 1 FROM tr_pool_member h WHERE h.tenant_id = :tenant AND h.artisan_id = a.id"
                    + " AND h.since_date <= :asOf AND (h.until_date IS NULL OR h.until_date > :asOf)"
                    + " AND h.program_id = :programId");
            q.tierCode().ifPresent(x -> w.append(" AND h.tier_code = :tierCode"));
            q.honorYear().ifPresent(x -> w.append(" AND h.honor_year = :honorYear"));
            w.append(')');
        }
        if (q.engagementsFrom().isPresent() && q.minimumEngagements() > 0) {
            w.append(" AND ").append(engagementCount("a.id")).append(" >= :minEngagements");
        }
        q.consentedTo().ifPresent(x -> w.append(" AND ").append(JdbcConsentStore.HOLDS));
        return w.toString();
    }

    private void bind(SqlStatement<?> s, PoolQuery q) {
        s.bind("tenant", tenant.value()).bind("asOf", SqlValues.date(q.date()));
        q.occupationCode().ifPresent(x -> s.bind("occupation", x));
        q.regionCode().ifPresent(x -> s.bind("region", x));
        q.employer().ifPresent(x -> s.bind("employer", x.value()));
        q.minimumLevel().ifPresent(x -> s.bind("minRank", x.rank()));
        q.programId().ifPresent(x -> s.bind("programId", x.value()));
        q.tierCode().ifPresent(x -> s.bind("tierCode", x));
        q.honorYear().ifPresent(x -> s.bind("honorYear", x));
        q.engagementsFrom().ifPresent(x -> s.bind("engagementsFrom", SqlValues.date(x)));
        q.engagementsUntil().ifPresent(x -> s.bind("engagementsUntil", SqlValues.date(x)));
        if (q.engagementsFrom().isPresent() && q.minimumEngagements() > 0) {
            s.bind("minEngagements", q.minimumEngagements());
        }
        q.consentedTo().ifPresent(x -> s.bind("consentPurpose", x.name()).bind("consentOn", SqlValues.date(q.consentOn())));
    }

    // ---- totals ------------------------------------------------------------------------------------

    @Override
    public PoolTotals totals(LocalDate asOf) {
        String members = " FROM tr_pool_member m JOIN tr_artisan a ON a.id = m.artisan_id WHERE m.tenant_id = :tenant"
                + " AND a.tenant_id = :tenant AND" + HOLDING;
        List<PoolCount> byTrade = counts("SELECT a.occupation_code AS code, MIN(a.occupation_name) AS name,"
                + " COUNT(DISTINCT a.id) AS n" + members + " GROUP BY a.occupation_code", asOf);
        List<PoolCount> byRegion = counts("SELECT a.region_code AS code, MIN(a.region_name) AS name,"
                + " COUNT(DISTINCT a.id) AS n" + members + " GROUP BY a.region_code", asOf);
        List<PoolCount> byTier = handle.createQuery("SELECT m.program_id, m.tier_code, MIN(h.program_name) AS program_name,"
                        + " MIN(h.tier_name) AS tier_name, COUNT(DISTINCT m.artisan_id) AS n FROM tr_pool_member m"
                        + " JOIN tr_honor h ON h.id = m.honor_id WHERE m.tenant_id = :tenant AND m.source = 'HONOR' AND"
                        + HOLDING + " GROUP BY m.program_id, m.tier_code")
                .bind("tenant", tenant.value()).bind("asOf", SqlValues.date(asOf))
                .map((rs, ctx) -> new PoolCount(rs.getLong("program_id") + "/" + rs.getString("tier_code"),
                        rs.getString("program_name") + " · " + rs.getString("tier_name"), rs.getLong("n")))
                .list();
        List<PoolCount> byYear = counts("SELECT m.honor_year AS code, m.honor_year AS name, COUNT(DISTINCT m.artisan_id) AS n"
                + " FROM tr_pool_member m WHERE m.tenant_id = :tenant AND m.source = 'HONOR' AND" + HOLDING
                + " GROUP BY m.honor_year", asOf);
        List<PoolCount> bySource = counts("SELECT m.source_note AS code, m.source_note AS name,"
                + " COUNT(DISTINCT m.artisan_id) AS n FROM tr_pool_member m WHERE m.tenant_id = :tenant"
                + " AND m.source = 'ADDED' AND" + HOLDING + " GROUP BY m.source_note", asOf);
        byYear = byYear.stream().sorted(Comparator.comparing(PoolCount::code)).toList();
        return new PoolTotals(asOf, sizeOn(asOf), mostFirst(byTrade), mostFirst(byRegion), mostFirst(byTier), byYear,
                mostFirst(bySource));
    }

    private List<PoolCount> counts(String sql, LocalDate asOf) {
        return handle.createQuery(sql).bind("tenant", tenant.value()).bind("asOf", SqlValues.date(asOf))
                .map((rs, ctx) -> new PoolCount(rs.getString("code"), rs.getString("name"), rs.getLong("n"))).list();
    }

    /** Sorted here rather than in SQL, so that ties come out in the same order on every database's collation. */
    private static List<PoolCount> mostFirst(List<PoolCount> counts) {
        return counts.stream().sorted(Comparator.comparingLong(PoolCount::members).reversed()
                .thenComparing(PoolCount::code)).toList();
    }

    @Override
    public Map<ArtisanId, LocalDate> leftOnOrBefore(LocalDate onOrBefore, ErasableField holding, long afterId, int limit) {
        Objects.requireNonNull(onOrBefore, "onOrBefore");
        return PastPurposePages.read(handle.createQuery("SELECT m.artisan_id, MAX(m.until_date) FROM tr_pool_member m"
                        + " WHERE m.tenant_id = :tenant AND m.artisan_id > :after AND m.artisan_id IN (SELECT a.id FROM"
                        + " tr_artisan a WHERE a.tenant_id = :tenant AND " + PastPurposePages.column(holding) + " IS NOT NULL)"
                        // Nominated again since leaving: the round's purpose holds while it runs, while a nomination
                        // is deferred, and for the period after its notice.
                        + " AND NOT EXISTS (SELECT 1 FROM tr_nomination n JOIN tr_selection_round r ON r.id = n.round_id"
                        + " WHERE n.tenant_id = :tenant AND n.artisan_id = m.artisan_id AND (r.stage NOT IN (:named, :cancelled)"
                        + " OR r.notice_end > :day OR n.status = :deferred))"
                        + PastPurposePages.noTitleConcerns("m.artisan_id")
                        + " GROUP BY m.artisan_id HAVING COUNT(*) = COUNT(m.until_date) AND MAX(m.until_date) <= :day"
                        + " ORDER BY m.artisan_id"), tenant, onOrBefore, afterId, limit);
    }

    private static PoolMembership membership(ResultSet rs, StatementContext ctx) throws SQLException {
        return membership(rs, 1);
    }

    /**
     * Reads a membership from the columns of {@link #COLUMNS} (or {@link #JOINED_COLUMNS}), in their order,
     * from a position on: by position, since a statement joining memberships to other tables reads them for
     * each of 100,000 rows (see {@link SqlValues#getInstant(ResultSet, int)}).
     */
    static PoolMembership membership(ResultSet rs, int first) throws SQLException {
        int at = first - 1;
        PoolSource source;
        if (HONOR.equals(rs.getString(at + SOURCE))) {
            source = new PoolSource.ByHonor(HonorId.of(rs.getLong(at + HONOR_ID)), HonorProgramId.of(rs.getLong(at + PROGRAM_ID)),
                    rs.getString(at + TIER_CODE), rs.getInt(at + HONOR_YEAR));
        } else {
            source = new PoolSource.AddedByBureau(rs.getString(at + SOURCE_NOTE));
        }
        LocalDate until = SqlValues.getDate(rs, at + UNTIL);
        Optional<PoolExit> exit = Optional.empty();
        if (until != null) {
            String byId = rs.getString(at + LEFT_BY_ID);
            // Memberships V010 carried over from revocations recorded before who revoked was kept with them.
            Actor by = byId == null ? Actor.system("migration") : Actor.of(byId, rs.getString(at + LEFT_BY_NAME));
            exit = Optional.of(new PoolExit(LeaveReason.valueOf(rs.getString(at + LEAVE_REASON)), until,
                    Optional.ofNullable(rs.getString(at + LEAVE_NOTE)), by));
        }
        return new PoolMembership(MembershipId.of(rs.getLong(at + ID)), ArtisanId.of(rs.getLong(at + ARTISAN_ID)), source,
                SqlValues.getDate(rs, at + SINCE), exit, Actor.of(rs.getString(at + ENTERED_BY_ID), rs.getString(at + ENTERED_BY_NAME)));
    }
}
