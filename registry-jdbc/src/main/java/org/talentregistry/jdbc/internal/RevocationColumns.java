package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;
import org.talentregistry.Actor;
import org.talentregistry.honor.Revocation;
import org.talentregistry.honor.RevocationReason;

/** The {@code revoked_*} columns that {@code tr_honor} and {@code tr_title_award} share, written and read. */
final class RevocationColumns {
    /** The assignments of an {@code UPDATE ... SET}, bound by {@link #bind}. */
    static final String SET = "revoked_reason = :reason, revoked_detail = :detail, revoked_effective_on = :effectiveOn,"
            + " revoked_approved_by = :approvedBy, revoked_by_id = :byId, revoked_by_name = :byName";

    private RevocationColumns() {
    }

    /**
     * Binds a revocation to the parameters of {@link #SET}, and keeps the values out of the statement's
     * exceptions: the detail cites judgments and accidents, personal data.
     */
    static Update bind(Update update, Revocation revocation) {
        update.bind("reason", revocation.reason().name())
                .bind("detail", revocation.detail())
                .bind("effectiveOn", SqlValues.date(revocation.effectiveOn()))
                .bind("approvedBy", revocation.approvedBy())
                .bind("byId", revocation.recordedBy().id())
                .bind("byName", revocation.recordedBy().displayName());
        Privacy.quiet(update);
        return update;
    }

    /** Reads the revocation of a row, if it has one, by the columns' names. */
    static Optional<Revocation> read(ResultSet rs) throws SQLException {
        String reason = rs.getString("revoked_reason");
        if (reason == null) {
            return Optional.empty();
        }
        return Optional.of(new Revocation(RevocationReason.valueOf(reason), rs.getString("revoked_detail"),
                SqlValues.getDate(rs, "revoked_effective_on"), rs.getString("revoked_approved_by"),
                Actor.of(rs.getString("revoked_by_id"), rs.getString("revoked_by_name"))));
    }
}
