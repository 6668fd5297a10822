package org.talentregistry.jdbc.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementId;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.EngagementRevision;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.spi.EngagementStore;

/**
 * Engagements in {@code tr_engagement} (the latest revision) and {@code tr_engagement_revision} (every
 * revision). The kinds share columns; see V011 for which column holds what.
 */
final class JdbcEngagementStore implements EngagementStore {
    private static final String DETAIL_COLUMNS = "kind, subkind, title, counterpart, start_date, end_date, hours, audience,"
            + " outcome, link";
    private static final String DETAIL_VALUES = ":kind, :subkind, :title, :counterpart, :startDate, :endDate, :hours,"
            + " :audience, :outcome, :link";

    private final Handle handle;
    private final TenantId tenant;

    JdbcEngagementStore(Handle handle, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
    }

    @Override
    public EngagementId insert(ArtisanId artisanId, EngagementDetails details, Actor recordedBy, Instant at) {
        var insert = handle.createUpdate("INSERT INTO tr_engagement (tenant_id, artisan_id, revision, " + DETAIL_COLUMNS
                        + ", recorded_by_id, recorded_by_name, recorded_at) VALUES (:tenant, :artisanId, 1, " + DETAIL_VALUES
                        + ", :byId, :byName, :at)")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value());
        bindDetails(insert, details, recordedBy, at);
        EngagementId id = EngagementId.of(insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        insertRevision(id, 1, details, recordedBy, at, null);
        return id;
    }

    private void insertRevision(EngagementId id, int revision, EngagementDetails details, Actor by, Instant at, String reason) {
        var insert = handle.createUpdate("INSERT INTO tr_engagement_revision (engagement_id, revision, tenant_id, "
                        + DETAIL_COLUMNS + ", recorded_by_id, recorded_by_name, recorded_at, reason) VALUES (:id, :revision,"
                        + " :tenant, " + DETAIL_VALUES + ", :byId, :byName, :at, :reason)")
                .bind("id", id.value())
                .bind("revision", revision)
                .bind("tenant", tenant.value())
                .bind("reason", reason);
        bindDetails(insert, details, by, at);
        insert.execute();
    }

    private static void bindDetails(SqlStatement<?> s, EngagementDetails details, Actor by, Instant at) {
        s.bind("kind", details.kind().name()).bind("byId", by.id()).bind("byName", by.displayName())
                .bind("at", SqlValues.instant(at)).bind("startDate", SqlValues.date(details.date()));
        String subkind = null;
        String title = null;
        String counterpart;
        LocalDate endDate = details.date();
        BigDecimal hours = null;
        Integer audience = null;
        String outcome = null;
        String link = null;
        if (details instanceof EngagementDetails.Training t) {
            title = t.course();
            counterpart = t.organiser();
            endDate = t.lastDay();
            hours = t.hours();
            outcome = t.result().orElse(null);
        } else if (details instanceof EngagementDetails.CampusTalk c) {
            subkind = c.talkKind().name();
            counterpart = c.school();
            audience = c.audience();
        } else {
            EngagementDetails.MediaFeature m = (EngagementDetails.MediaFeature) details;
            subkind = m.mediaKind().name();
            title = m.title();
            counterpart = m.outlet();
            link = m.link().orElse(null);
        }
        s.bind("subkind", subkind).bind("title", title).bind("counterpart", counterpart)
                .bind("endDate", SqlValues.date(endDate)).bind("hours", hours).bind("audience", audience)
                .bind("outcome", outcome).bind("link", link);
    }

    private static EngagementDetails details(ResultSet rs) throws SQLException {
        LocalDate start = SqlValues.getDate(rs, "start_date");
        return switch (EngagementKind.valueOf(rs.getString("kind"))) {
            case TRAINING -> new EngagementDetails.Training(rs.getString("title"), rs.getString("counterpart"), start,
                    SqlValues.getDate(rs, "end_date"), rs.getBigDecimal("hours"), Optional.ofNullable(rs.getString("outcome")));
            case CAMPUS_TALK -> new EngagementDetails.CampusTalk(rs.getString("counterpart"), start,
                    TalkKind.valueOf(rs.getString("subkind")), rs.getInt("audience"));
            case MEDIA_FEATURE -> new EngagementDetails.MediaFeature(rs.getString("counterpart"),
                    MediaKind.valueOf(rs.getString("subkind")), start, rs.getString("title"),
                    Optional.ofNullable(rs.getString("link")));
        };
    }

    private static Engagement engagement(ResultSet rs) throws SQLException {
        return new Engagement(EngagementId.of(rs.getLong("id")), ArtisanId.of(rs.getLong("artisan_id")), rs.getInt("revision"),
                details(rs), Actor.of(rs.getString("recorded_by_id"), rs.getString("recorded_by_name")),
                SqlValues.getInstant(rs, "recorded_at"));
    }

    @Override
    public Optional<Engagement> find(EngagementId id, boolean forUpdate) {
        return handle.createQuery("SELECT id, artisan_id, revision, " + DETAIL_COLUMNS + ", recorded_by_id, recorded_by_name,"
                        + " recorded_at FROM tr_engagement WHERE tenant_id = :tenant AND id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> engagement(rs))
                .findOne();
    }

    @Override
    public boolean update(EngagementId id, int expectedRevision, EngagementDetails details, Actor recordedBy, Instant at,
            String reason) {
        var update = handle.createUpdate("UPDATE tr_engagement SET revision = :next, kind = :kind, subkind = :subkind,"
                        + " title = :title, counterpart = :counterpart, start_date = :startDate, end_date = :endDate,"
                        + " hours = :hours, audience = :audience, outcome = :outcome, link = :link, recorded_by_id = :byId,"
                        + " recorded_by_name = :byName, recorded_at = :at"
                        + " WHERE tenant_id = :tenant AND id = :id AND revision = :expected")
                .bind("next", expectedRevision + 1)
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .bind("expected", expectedRevision);
        bindDetails(update, details, recordedBy, at);
        if (update.execute() != 1) {
            return false;
        }
        insertRevision(id, expectedRevision + 1, details, recordedBy, at, reason);
        return true;
    }

    @Override
    public List<EngagementRevision> revisions(EngagementId id) {
        return handle.createQuery("SELECT revision, " + DETAIL_COLUMNS + ", recorded_by_id, recorded_by_name, recorded_at,"
                        + " reason FROM tr_engagement_revision WHERE tenant_id = :tenant AND engagement_id = :id ORDER BY revision")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> new EngagementRevision(rs.getInt("revision"), details(rs),
                        Actor.of(rs.getString("recorded_by_id"), rs.getString("recorded_by_name")),
                        SqlValues.getInstant(rs, "recorded_at"), Optional.ofNullable(rs.getString("reason"))))
                .list();
    }

    @Override
    public List<Engagement> between(ArtisanId artisanId, LocalDate fromInclusive, LocalDate untilExclusive) {
        var query = handle.createQuery("SELECT id, artisan_id, revision, " + DETAIL_COLUMNS + ", recorded_by_id,"
                        + " recorded_by_name, recorded_at FROM tr_engagement WHERE tenant_id = :tenant"
                        + (artisanId == null ? "" : " AND artisan_id = :artisanId")
                        + " AND start_date >= :from AND start_date < :until ORDER BY start_date, id")
                .bind("tenant", tenant.value())
                .bind("from", SqlValues.date(fromInclusive))
                .bind("until", SqlValues.date(untilExclusive));
        if (artisanId != null) {
            query.bind("artisanId", artisanId.value());
        }
        return query.map((rs, ctx) -> engagement(rs)).list();
    }
}
