package org.talentregistry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.talentregistry.Actor;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.privacy.Consent;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentId;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.spi.ConsentStore;

/** Consent records in {@code tr_consent}. */
final class JdbcConsentStore implements ConsentStore {
    /**
     * Whether the consent of the artisan {@code a} to {@code :consentPurpose} holds on {@code :consentOn}: given
     * by then and not withdrawn by then ({@code withdrawn_on} is the first day it no longer holds). A condition
     * for the pool's queries and lists, which read it beside each artisan by the consents' index.
     */
    static final String HOLDS = "EXISTS (SELECT 1 FROM tr_consent k WHERE k.tenant_id = a.tenant_id"
            + " AND k.artisan_id = a.id AND k.purpose = :consentPurpose AND k.given_on <= :consentOn"
            + " AND (k.withdrawn_on IS NULL OR k.withdrawn_on > :consentOn))";

    private static final String COLUMNS = "c.id, c.artisan_id, c.purpose, c.given_on, c.evidence, c.given_by_id,"
            + " c.given_by_name, c.withdrawn_on, c.withdrawal_evidence, c.withdrawn_by_id, c.withdrawn_by_name";

    private final Handle handle;
    private final TenantId tenant;
    private final IdSetReads idSets;

    JdbcConsentStore(Handle handle, Dialect dialect, TenantId tenant) {
        this.handle = handle;
        this.tenant = tenant;
        this.idSets = new IdSetReads(handle, dialect, tenant);
    }

    @Override
    public ConsentId insert(ConsentGrant grant, Actor givenBy) {
        return ConsentId.of(handle.createUpdate("INSERT INTO tr_consent (tenant_id, artisan_id, purpose, given_on, evidence,"
                        + " given_by_id, given_by_name) VALUES (:tenant, :artisanId, :purpose, :givenOn, :evidence, :byId, :byName)")
                .bind("tenant", tenant.value())
                .bind("artisanId", grant.artisanId().value())
                .bind("purpose", grant.purpose().name())
                .bind("givenOn", SqlValues.date(grant.givenOn()))
                .bind("evidence", grant.evidence())
                .bind("byId", givenBy.id())
                .bind("byName", givenBy.displayName())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<Consent> open(ArtisanId artisanId, ConsentPurpose purpose, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_consent c WHERE c.tenant_id = :tenant"
                        + " AND c.artisan_id = :artisanId AND c.purpose = :purpose AND c.withdrawn_on IS NULL"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .bind("purpose", purpose.name())
                .map((rs, ctx) -> consent(rs))
                .findFirst();
    }

    @Override
    public void withdraw(ConsentId id, Consent.Withdrawal withdrawal) {
        handle.createUpdate("UPDATE tr_consent SET withdrawn_on = :on, withdrawal_evidence = :evidence,"
                        + " withdrawn_by_id = :byId, withdrawn_by_name = :byName WHERE tenant_id = :tenant AND id = :id")
                .bind("on", SqlValues.date(withdrawal.effectiveOn()))
                .bind("evidence", withdrawal.evidence())
                .bind("byId", withdrawal.recordedBy().id())
                .bind("byName", withdrawal.recordedBy().displayName())
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .execute();
    }

    @Override
    public List<Consent> ofArtisan(ArtisanId artisanId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM tr_consent c WHERE c.tenant_id = :tenant"
                        + " AND c.artisan_id = :artisanId ORDER BY c.id")
                .bind("tenant", tenant.value())
                .bind("artisanId", artisanId.value())
                .map((rs, ctx) -> consent(rs))
                .list();
    }

    @Override
    public Set<ArtisanId> holding(ConsentPurpose purpose, LocalDate date, Collection<ArtisanId> artisanIds) {
        Set<ArtisanId> holding = new HashSet<>();
        idSets.list(COLUMNS, "tr_consent", "c", "artisan_id", List.copyOf(artisanIds), "", (rs, ctx) -> consent(rs))
                .stream().filter(c -> c.purpose() == purpose && c.holdsOn(date)).forEach(c -> holding.add(c.artisanId()));
        return holding;
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        LocalDate withdrawnOn = SqlValues.getDate(rs, "withdrawn_on");
        Optional<Consent.Withdrawal> withdrawal = withdrawnOn == null ? Optional.empty()
                : Optional.of(new Consent.Withdrawal(withdrawnOn, rs.getString("withdrawal_evidence"),
                        Actor.of(rs.getString("withdrawn_by_id"), rs.getString("withdrawn_by_name"))));
        return new Consent(ConsentId.of(rs.getLong("id")), ArtisanId.of(rs.getLong("artisan_id")),
                ConsentPurpose.valueOf(rs.getString("purpose")), SqlValues.getDate(rs, "given_on"), rs.getString("evidence"),
                Actor.of(rs.getString("given_by_id"), rs.getString("given_by_name")), withdrawal);
    }
}
