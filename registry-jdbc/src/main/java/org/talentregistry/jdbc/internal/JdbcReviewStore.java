package org.talentregistry.jdbc.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.ReviewStore;

/**
 * Reviewers in {@code tr_reviewer}, recorded conflicts in {@code tr_review_conflict}, scores in {@code
 * tr_expert_score} with their points per item in {@code tr_expert_score_item}.
 */
final class JdbcReviewStore implements ReviewStore {
    /** The scale of {@code tr_expert_score_item.points}, DECIMAL(7, 3). */
    private static final int STORED_SCALE = 3;
    /** The first value {@code tr_expert_score_item.points} cannot hold. */
    private static final BigDecimal STORED_LIMIT = BigDecimal.valueOf(10_000);

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;

    JdbcReviewStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
    }

    @Override
    public ReviewerId insertReviewer(RoundId roundId, String name, CreditCode employer) {
        long id = handle.createUpdate("INSERT INTO tr_reviewer (tenant_id, round_id, name, employer_credit_code,"
                        + " employer_credit_override) VALUES (:tenant, :roundId, :name, :code, :override)")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .bind("name", name)
                .bind("code", employer == null ? null : employer.value())
                .bind("override", employer == null ? null : employer.overrideReason().orElse(null))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return ReviewerId.of(id);
    }

    @Override
    public Optional<Reviewer> reviewer(ReviewerId id) {
        return handle.createQuery("SELECT id, round_id, name, employer_credit_code, employer_credit_override"
                        + " FROM tr_reviewer WHERE tenant_id = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map(JdbcReviewStore::reviewer)
                .findOne();
    }

    @Override
    public List<Reviewer> reviewers(RoundId roundId) {
        return handle.createQuery("SELECT id, round_id, name, employer_credit_code, employer_credit_override"
                        + " FROM tr_reviewer WHERE tenant_id = :tenant AND round_id = :roundId ORDER BY id")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .map(JdbcReviewStore::reviewer)
                .list();
    }

    @Override
    public void saveConflict(RoundId roundId, Conflict conflict) {
        handle.createUpdate(dialect.upsert("tr_review_conflict", List.of("tenant_id", "reviewer_id", "nomination_id"),
                        List.of("round_id", "source", "reason", "dismissal")))
                .bind("tenant_id", tenant.value())
                .bind("reviewer_id", conflict.reviewerId().value())
                .bind("nomination_id", conflict.nominationId().value())
                .bind("round_id", roundId.value())
                .bind("source", conflict.source().name())
                .bind("reason", conflict.reason())
                .bind("dismissal", conflict.dismissal().orElse(null))
                .execute();
    }

    @Override
    public List<Conflict> conflicts(RoundId roundId) {
        return handle.createQuery("SELECT reviewer_id, nomination_id, source, reason, dismissal FROM tr_review_conflict"
                        + " WHERE tenant_id = :tenant AND round_id = :roundId ORDER BY reviewer_id, nomination_id")
                .bind("tenant", tenant.value())
                .bind("roundId", roundId.value())
                .map((rs, ctx) -> new Conflict(ReviewerId.of(rs.getLong("reviewer_id")),
                        NominationId.of(rs.getLong("nomination_id")), Conflict.Source.valueOf(rs.getString("source")),
                        rs.getString("reason"), Optional.ofNullable(rs.getString("dismissal"))))
                .list();
    }

    /**
     * Upserts the score row, then replaces its items. The upsert locks the score's row first, so that
     * concurrent saves of one score queue there before touching the items.
     */
    @Override
    public void saveScore(RoundId roundId, ExpertScore score) {
        Map<String, BigDecimal> points = new TreeMap<>();
        score.items().forEach((code, given) -> points.put(code, stored(code, given)));
        long reviewerId = score.reviewerId().value();
        long nominationId = score.nominationId().value();
        handle.createUpdate(dialect.upsert("tr_expert_score", List.of("tenant_id", "reviewer_id", "nomination_id"),
                        List.of("round_id", "scored_at")))
                .bind("tenant_id", tenant.value())
                .bind("reviewer_id", reviewerId)
                .bind("nomination_id", nominationId)
                .bind("round_id", roundId.value())
                .bind("scored_at", SqlValues.instant(score.scoredAt()))
                .execute();
        handle.createUpdate("DELETE FROM tr_expert_score_item WHERE tenant_id = :tenant AND reviewer_id = :reviewerId"
                        + " AND nomination_id = :nominationId")
                .bind("tenant", tenant.value())
                .bind("reviewerId", reviewerId)
                .bind("nominationId", nominationId)
                .execute();
        if (points.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO tr_expert_score_item (reviewer_id, nomination_id, item_code,"
                + " tenant_id, points, points_scale) VALUES (:reviewerId, :nominationId, :code, :tenant, :points, :scale)");
        for (Map.Entry<String, BigDecimal> item : score.items().entrySet()) {
            batch.bind("reviewerId", reviewerId)
                    .bind("nominationId", nominationId)
                    .bind("code", item.getKey())
                    .bind("tenant", tenant.value())
                    .bind("points", points.get(item.getKey()))
                    .bind("scale", item.getValue().scale())
                    .add();
        }
        batch.execute();
    }

    /**
     * Returns points as the column holds them, refusing those it would round or clip (MariaDB clips out of
     * range values unless in strict mode) rather than storing another score than the one given.
     */
    private static BigDecimal stored(String code, BigDecimal points) {
        if (points.abs().compareTo(STORED_LIMIT) >= 0) {
            throw new IllegalArgumentException("points for item " + code + " must be below " + STORED_LIMIT + ": " + points);
        }
        try {
            return points.setScale(STORED_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("points for item " + code + " have more than " + STORED_SCALE
                    + " decimal places: " + points, e);
        }
    }

    @Override
    public List<ExpertScore> scores(RoundId roundId) {
        return scores("s.round_id = :id", roundId.value());
    }

    @Override
    public List<ExpertScore> scores(NominationId nominationId) {
        return scores("s.nomination_id = :id", nominationId.value());
    }

    private List<ExpertScore> scores(String filter, long id) {
        List<ItemRow> rows = handle.createQuery("SELECT s.reviewer_id, s.nomination_id, s.scored_at, i.item_code, i.points,"
                        + " i.points_scale FROM tr_expert_score s LEFT JOIN tr_expert_score_item i"
                        + " ON i.reviewer_id = s.reviewer_id AND i.nomination_id = s.nomination_id AND i.tenant_id = s.tenant_id"
                        + " WHERE s.tenant_id = :tenant AND " + filter + " ORDER BY s.nomination_id, s.reviewer_id")
                .bind("tenant", tenant.value())
                .bind("id", id)
                .map((rs, ctx) -> {
                    String code = rs.getString("item_code");
                    return new ItemRow(ReviewerId.of(rs.getLong("reviewer_id")), NominationId.of(rs.getLong("nomination_id")),
                            SqlValues.getInstant(rs, "scored_at"), code,
                            code == null ? null : rs.getBigDecimal("points").setScale(rs.getInt("points_scale")));
                })
                .list();
        List<ExpertScore> scores = new ArrayList<>();
        Map<String, BigDecimal> items = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            if (row.code() != null) {
                items.put(row.code(), row.points());
            }
            boolean last = i + 1 == rows.size() || !rows.get(i + 1).isOfSameScore(row);
            if (last) {
                scores.add(new ExpertScore(row.reviewerId(), row.nominationId(), items, row.scoredAt()));
                items.clear();
            }
        }
        return scores;
    }

    /** One item of a score, joined with its score; code and points are null for a score without items. */
    private record ItemRow(ReviewerId reviewerId, NominationId nominationId, Instant scoredAt, String code,
            BigDecimal points) {
        boolean isOfSameScore(ItemRow other) {
            return reviewerId.equals(other.reviewerId) && nominationId.equals(other.nominationId);
        }
    }

    private static Reviewer reviewer(ResultSet rs, StatementContext ctx) throws SQLException {
        String code = rs.getString("employer_credit_code");
        String override = rs.getString("employer_credit_override");
        Optional<CreditCode> employer = code == null ? Optional.empty()
                : Optional.of(override == null ? CreditCode.of(code) : CreditCode.withChecksumOverride(code, override));
        return new Reviewer(ReviewerId.of(rs.getLong("id")), RoundId.of(rs.getLong("round_id")), rs.getString("name"),
                employer);
    }
}
