package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.HonorId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.spi.PoolStore;

/** Talent-pool memberships in {@code tr_pool_membership}, one per honor. */
final class JdbcPoolStore implements PoolStore {
    private static final String COLUMNS = "honor_id, artisan_id, program_id, tier_code, since_date, until_date";
    /** Holds on :asOf: since it began and not yet ended ({@code until_date} is the first day it no longer holds). */
    private static final String HOLDING = " since_date <= :asOf AND (until_date IS NULL OR until_date > :asOf)";

    private final Handle handle;
    private final TenantId tenant;

    JdbcPoolStore(Handle handle, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
    }

    @Override
    public void insert(PoolMembership membership) {
        handle.createUpdate("INSERT INTO tr_pool_membership (honor_id, tenant_id, artisan_id, program_id, tier_code,"
                        + " since_date, until_date) VALUES (:honorId, :tenant, :artisanId, :programId, :tierCode, :since, :until)")
                .bind("honorId", membership.honorId().value())
                .bind("tenant", tenant.value())
                .bind("artisanId", membership.artisanId().value())
                .bind("programId", membership.programId().value())
                .bind("tierCode", membership.tierCode())
                .bind("since", SqlValues.date(membership.since()))
                .bind("until", SqlValues.date(membership.until().orElse(null)))
                .execute();
    }

    @Override
    public int end(HonorId honorId, LocalDate until) {
        return handle.createUpdate("UPDATE tr_pool_membership SET until_date = :until"
                        + " WHERE tenant_id = :tenant AND honor_id = :honorId AND until_date IS NULL")
                .bind("tenant", tenant.value())
                .bind("honorId", honorId.value())
                .bind("until", SqlValues.date(until))
                .execute();
    }

    @Override
    public List<PoolMembership> activeOn(LocalDate asOf) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_pool_membership WHERE tenant_id = :tenant AND"
                        + HOLDING + " ORDER BY artisan_id, honor_id")
                .bind("tenant", tenant.value())
                .bind("asOf", SqlValues.date(asOf))
                .map(JdbcPoolStore::map)
                .list();
    }

    @Override
    public long sizeOn(LocalDate asOf) {
        return handle.createQuery("SELECT COUNT(DISTINCT artisan_id) FROM tr_pool_membership WHERE tenant_id = :tenant AND"
                        + HOLDING)
                .bind("tenant", tenant.value())
                .bind("asOf", SqlValues.date(asOf))
                .mapTo(Long.class)
                .one();
    }

    @Override
    public List<PoolMembership> ofArtisan(ArtisanId artisanId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_pool_membership WHERE tenant_id = :tenant"
                        + " AND artisan_id = :artisanId ORDER BY honor_id")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .map(JdbcPoolStore::map)
                .list();
    }

    private static PoolMembership map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PoolMembership(ArtisanId.of(rs.getLong("artisan_id")), HonorId.of(rs.getLong("honor_id")),
                HonorProgramId.of(rs.getLong("program_id")), rs.getString("tier_code"), SqlValues.getDate(rs, "since_date"),
                Optional.ofNullable(SqlValues.getDate(rs, "until_date")));
    }
}
