package org.talentregistry.jdbc.internal;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.spi.ArtisanStore;
import org.talentregistry.spi.AuditStore;
import org.talentregistry.spi.ConsentStore;
import org.talentregistry.spi.EngagementStore;
import org.talentregistry.spi.HonorStore;
import org.talentregistry.spi.NominationStore;
import org.talentregistry.spi.ObjectionStore;
import org.talentregistry.spi.PoolStore;
import org.talentregistry.spi.ProgramStore;
import org.talentregistry.spi.ReviewStore;
import org.talentregistry.spi.RoundStore;
import org.talentregistry.spi.StoreSession;
import org.talentregistry.spi.TitleStore;
import org.talentregistry.spi.VoteStore;

/** The stores of one tenant on one handle. */
public final class JdbcSession implements StoreSession {
    private final JdbcArtisanStore artisans;
    private final JdbcAuditStore audit;
    private final JdbcProgramStore programs;
    private final JdbcRoundStore rounds;
    private final JdbcNominationStore nominations;
    private final JdbcReviewStore reviews;
    private final JdbcVoteStore votes;
    private final JdbcObjectionStore objections;
    private final JdbcHonorStore honors;
    private final JdbcPoolStore pool;
    private final JdbcTitleStore titles;
    private final JdbcEngagementStore engagements;
    private final JdbcConsentStore consents;

    /**
     * Creates a session.
     *
     * @param handle the handle, in a transaction for writes
     * @param dialect the database's dialect
     * @param tenant the tenant every statement filters by
     * @param residentKeys the database's resident keys, loaded on first use
     */
    public JdbcSession(Handle handle, Dialect dialect, TenantId tenant, Supplier<ResidentKeys> residentKeys) {
        if (dialect.bindsInstantsAsText()) {
            handle.define(SqlValues.INSTANTS_AS_TEXT, true);
        }
        this.artisans = new JdbcArtisanStore(handle, dialect, tenant, residentKeys);
        this.audit = new JdbcAuditStore(handle, dialect, tenant);
        this.programs = new JdbcProgramStore(handle, tenant);
        this.rounds = new JdbcRoundStore(handle, dialect, tenant);
        this.nominations = new JdbcNominationStore(handle, dialect, tenant);
        this.reviews = new JdbcReviewStore(handle, dialect, tenant);
        this.votes = new JdbcVoteStore(handle, dialect, tenant);
        this.objections = new JdbcObjectionStore(handle, tenant);
        this.honors = new JdbcHonorStore(handle, dialect, tenant);
        this.pool = new JdbcPoolStore(handle, dialect, tenant);
        this.titles = new JdbcTitleStore(handle, dialect, tenant);
        this.engagements = new JdbcEngagementStore(handle, tenant);
        this.consents = new JdbcConsentStore(handle, dialect, tenant);
    }

    /** One statement joining the artisans, certificates, memberships and honors: see {@link JdbcArtisanStore}. */
    @Override
    public void forEachListed(ArtisanQuery query, LocalDate asOf, TalentPool.Listing listing,
            Consumer<? super ListedArtisan> action) {
        artisans.forEachListed(query, asOf, listing, null, null, action);
    }

    /** The same statement, with a column saying whether the consent holds: see {@link JdbcArtisanStore}. */
    @Override
    public void forEachListed(ArtisanQuery query, LocalDate asOf, TalentPool.Listing listing, ConsentPurpose consentTo,
            LocalDate consentOn, Consumer<? super ListedArtisan> action) {
        artisans.forEachListed(query, asOf, listing, consentTo, consentOn, action);
    }

    @Override
    public ArtisanStore artisans() {
        return artisans;
    }

    @Override
    public AuditStore audit() {
        return audit;
    }

    @Override
    public ProgramStore programs() {
        return programs;
    }

    @Override
    public RoundStore rounds() {
        return rounds;
    }

    @Override
    public NominationStore nominations() {
        return nominations;
    }

    @Override
    public ReviewStore reviews() {
        return reviews;
    }

    @Override
    public VoteStore votes() {
        return votes;
    }

    @Override
    public ObjectionStore objections() {
        return objections;
    }

    @Override
    public HonorStore honors() {
        return honors;
    }

    @Override
    public PoolStore pool() {
        return pool;
    }

    @Override
    public TitleStore titles() {
        return titles;
    }

    @Override
    public EngagementStore engagements() {
        return engagements;
    }

    @Override
    public ConsentStore consents() {
        return consents;
    }
}
