package org.talentregistry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.talentregistry.artisan.Artisans;
import org.talentregistry.audit.AuditTrail;
import org.talentregistry.honor.HonorPrograms;
import org.talentregistry.honor.Honors;
import org.talentregistry.internal.ArtisanService;
import org.talentregistry.internal.AuditService;
import org.talentregistry.internal.ConsentService;
import org.talentregistry.internal.HonorService;
import org.talentregistry.internal.PersonalDataService;
import org.talentregistry.internal.PoolService;
import org.talentregistry.internal.PriorityService;
import org.talentregistry.internal.ProgramService;
import org.talentregistry.internal.SelectionService;
import org.talentregistry.internal.TitleService;
import org.talentregistry.internal.VoteSecrets;
import org.talentregistry.internal.VoterKeys;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.privacy.Consents;
import org.talentregistry.privacy.PersonalData;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.selection.SelectionRounds;
import org.talentregistry.selection.VotePolicies;
import org.talentregistry.selection.VotePolicy;
import org.talentregistry.selection.WorkingCalendar;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.title.PriorityCheck;
import org.talentregistry.title.TechnicianTitles;

/**
 * The registry of one tenant: the single entry point a host uses.
 *
 * <p>Built from a {@link RegistryStore}, usually {@code JdbcRegistryStore} from the {@code registry-jdbc}
 * module:
 * <pre>{@code
 * TalentRegistry registry = TalentRegistry.builder(JdbcRegistryStore.create(dataSource))
 *         .tenant(TenantId.of("zibo"))
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .build();
 * Artisan artisan = registry.artisans().register(actor, details);
 * }</pre>
 * A registry is cheap to build and safe to share between threads. One database can serve several
 * tenants: build one registry per tenant on the same store. {@link #close()} closes the store.
 */
public final class TalentRegistry implements AutoCloseable {
    private final RegistryStore store;
    private final TenantId tenant;
    private final Clock clock;
    private final Locale locale;
    private final Builder settings;
    private final ArtisanService artisans;
    private final AuditService audit;
    private final ProgramService programs;
    private final SelectionService rounds;
    private final HonorService honors;
    private final PoolService pool;
    private final TitleService titles;
    private final PriorityService priority;
    private final ConsentService consents;
    private final PersonalDataService personalData;

    private TalentRegistry(Builder builder) {
        // A copy: a builder changed after build() changes neither this registry nor its forTenant() registries.
        this.settings = builder.copy();
        this.store = builder.store;
        this.tenant = builder.tenant;
        this.clock = builder.clock;
        this.locale = builder.locale;
        this.artisans = new ArtisanService(store, tenant, clock);
        this.audit = new AuditService(store, tenant);
        this.programs = new ProgramService(store, tenant, clock, builder.policies.keySet(), builder.voteSecret != null);

        this.rounds = new SelectionService(store, tenant, clock, builder.policies,
                VoteSecrets.of(builder.voteSecret, builder.retiredVoteSecrets), builder.calendar);
        this.honors = new HonorService(store, tenant, clock);
        this.pool = new PoolService(store, tenant, clock);
        this.titles = new TitleService(store, tenant, clock);
        this.priority = new PriorityService(store, tenant, builder.bulkCheckChunk);
        this.consents = new ConsentService(store, tenant, clock);
        this.personalData = new PersonalDataService(store, tenant, clock, artisans, builder.retention);
    }

    /**
     * Returns a builder for a registry on a store. The tenant defaults to {@code default} and the clock
     * to the system clock in the zone {@code Asia/Shanghai}.
     *
     * @param store the store, not null
     * @return a new builder, not null
     * @throws NullPointerException if the store is null
     */
    public static Builder builder(RegistryStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * Returns the artisan registry.
     *
     * @return the artisans of this tenant, not null
     */
    public Artisans artisans() {
        return artisans;
    }

    /**
     * Returns the honor programs.
     *
     * @return the programs of this tenant, not null
     */
    public HonorPrograms programs() {
        return programs;
    }

    /**
     * Returns the selection rounds.
     *
     * @return the rounds of this tenant, not null
     */
    public SelectionRounds rounds() {
        return rounds;
    }

    /**
     * Returns the honors.
     *
     * @return the honors of this tenant, not null
     */
    public Honors honors() {
        return honors;
    }

    /**
     * Returns the talent pool.
     *
     * @return the pool of this tenant, not null
     */
    public TalentPool pool() {
        return pool;
    }

    /**
     * Returns the consent records (PIPL): public disclosure, sharing with the bureau, media.
     *
     * @return the consents of this tenant, not null
     */
    public Consents consents() {
        return consents;
    }

    /**
     * Returns a person's rights over their data (access, correction) and the retention purge.
     *
     * @return the personal data of this tenant, not null
     */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * Returns the technician titles, their priority policies, rounds and awards.
     *
     * @return the titles of this tenant, not null
     */
    public TechnicianTitles titles() {
        return titles;
    }

    /**
     * Returns the priority check for technician titles, for one artisan or many.
     *
     * @return the check, not null
     */
    public PriorityCheck priority() {
        return priority;
    }

    /**
     * Returns the audit trail.
     *
     * @return the audit events of this tenant, not null
     */
    public AuditTrail audit() {
        return audit;
    }

    /**
     * Returns the tenant this registry serves.
     *
     * @return the tenant, not null
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the clock that dates every change.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns a registry for another tenant on the same store and clock.
     *
     * @param otherTenant the tenant, not null
     * @return a registry, not null; closing either closes the shared store
     */
    public TalentRegistry forTenant(TenantId otherTenant) {
        return settings.copy().tenant(otherTenant).build();
    }

    /**
     * Returns the retention policy the purge applies ({@link PersonalData#purge}).
     *
     * @return the policy, {@link RetentionPolicy#defaults()} unless the host chose one, not null
     */
    public RetentionPolicy retention() {
        return settings.retention;
    }

    /**
     * Returns the language in which this registry speaks to people: Chinese unless the host chose otherwise
     * with {@link Builder#locale(Locale)}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Says something in this registry's language: a verdict's line, a vote outcome, an ingest summary, any
     * {@link Message}.
     *
     * @param text what to say, not null
     * @return the text in {@link #locale()}, not null
     */
    public String text(Localizable text) {
        return Objects.requireNonNull(text, "text").render(locale);
    }

    /**
     * Says a refusal in this registry's language, for the person who made the call; {@link
     * RegistryException#getMessage()} stays English for logs.
     *
     * @param refusal the exception, not null
     * @return its text in {@link #locale()}, not null
     */
    public String text(RegistryException refusal) {
        return Objects.requireNonNull(refusal, "refusal").getMessage(locale);
    }

    /** Closes the store; see {@link RegistryStore#close()}. */
    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return "TalentRegistry{tenant=" + tenant + ", store=" + store + "}";
    }

    /** Builds a {@link TalentRegistry}. */
    public static final class Builder {
        private static final int MAX_BULK_CHECK_CHUNK = 10_000_000;

        private final RegistryStore store;
        private TenantId tenant = TenantId.of("default");
        private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
        private final Map<String, VotePolicy> policies = new LinkedHashMap<>();
        private byte[] voteSecret;
        private final List<byte[]> retiredVoteSecrets = new ArrayList<>();
        private WorkingCalendar calendar = WorkingCalendar.weekdays();
        private RetentionPolicy retention = RetentionPolicy.defaults();
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private int bulkCheckChunk = PriorityService.CHUNK;

        private Builder(RegistryStore store) {
            this.store = store;
            votePolicy(VotePolicies.onePerIpPerRound());
            votePolicy(VotePolicies.onePerAccountPerNomineePerDay());
        }

        private Builder copy() {
            Builder b = new Builder(store);
            b.tenant = tenant;
            b.clock = clock;
            b.policies.putAll(policies);
            b.voteSecret = voteSecret;
            b.retiredVoteSecrets.addAll(retiredVoteSecrets);
            b.calendar = calendar;
            b.retention = retention;
            b.locale = locale;
            b.bulkCheckChunk = bulkCheckChunk;
            return b;
        }

        /**
         * Adds (or replaces, by id) a vote policy that programs can name. The two built-in policies, {@code
         * one-per-ip-per-round} and {@code one-per-account-per-nominee-per-day}, are always known.
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws NullPointerException if the policy is null
         */
        public Builder votePolicy(VotePolicy policy) {
            this.policies.put(Objects.requireNonNull(policy, "policy").id(), policy);
            return this;
        }

        /**
         * Sets the secret under which voters' addresses and accounts are hashed (HMAC-SHA256) before they
         * are stored. Required for voting; keep it stable across restarts. Without it, defining a program that
         * takes a public vote (vote weight above zero) or opening a round of one is refused with an {@link
         * InvalidFieldException} naming {@code voteSecret}. {@code EmbeddedRegistry} generates one and keeps it
         * beside its database.
         *
         * <p>A round keeps the secret of its first vote for as long as it takes votes: a new secret applies to
         * rounds whose first vote comes after the change. To change the secret while a round takes votes, give
         * the old one as well, with {@link #retiredVoteSecret}; without it that round refuses every vote with an
         * {@link InvalidFieldException} naming {@code voteSecret} and the round, rather than key a voter anew and
         * count them twice.
         *
         * @param secret at least 16 bytes, not null; copied
         * @return this builder
         * @throws InvalidFieldException naming {@code voteSecret} if the secret is shorter than 16 bytes
         */
        public Builder voteSecret(byte[] secret) {
            VoterKeys.of(secret);
            this.voteSecret = secret.clone();
            return this;
        }

        /**
         * Adds a vote secret that was current before the one {@link #voteSecret} sets: a round whose first vote
         * was keyed under it goes on keying its voters under it until its voting closes, so that a voter who
         * voted before the change is still recognised. Rounds whose first vote comes later use the current
         * secret. Drop a retired secret once every round that voted under it has closed its voting; the keys it
         * made are purged with the round's others ({@code SelectionRounds.purgeVoterKeys}). Call once per
         * retired secret.
         *
         * @param secret at least 16 bytes, not null; copied
         * @return this builder
         * @throws InvalidFieldException naming {@code retiredVoteSecret} if the secret is null or shorter than 16
         *     bytes
         */
        public Builder retiredVoteSecret(byte[] secret) {
            VoterKeys.of("retiredVoteSecret", secret);
            this.retiredVoteSecrets.add(secret.clone());
            return this;
        }

        /**
         * Sets the working calendar that counts public-notice days; the default is Monday to Friday with no
         * holidays.
         *
         * @param workingCalendar the calendar, not null
         * @return this builder
         * @throws NullPointerException if the calendar is null
         */
        public Builder workingCalendar(WorkingCalendar workingCalendar) {
            this.calendar = Objects.requireNonNull(workingCalendar, "workingCalendar");
            return this;
        }

        /**
         * Sets how long personal data is kept past its purpose, applied by {@link PersonalData#purge}; the
         * default is {@link RetentionPolicy#defaults()}.
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws NullPointerException if the policy is null
         */
        public Builder retention(RetentionPolicy policy) {
            this.retention = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how many artisans a bulk priority check ({@link PriorityCheck#checkAll}) reads from the store at a
         * time; the default is 1,000,000. A chunk's honors of the policy's kinds (and birth dates, for an age
         * condition) stay in memory while its decisions are consumed: by estimate 40–50 MB for a million
         * artisans of whom a tenth hold such an honor; smaller chunks hold less and read the database more often (on
         * PostgreSQL each chunk scans the honors once).
         *
         * @param ids the artisans per chunk, 1 to 10,000,000
         * @return this builder
         * @throws InvalidFieldException naming {@code bulkCheckChunk} if out of range
         */
        public Builder bulkCheckChunk(int ids) {
            if (ids < 1 || ids > MAX_BULK_CHECK_CHUNK) {
                throw new InvalidFieldException("bulkCheckChunk", FieldProblem.OUT_OF_RANGE, "1",
                        String.valueOf(MAX_BULK_CHECK_CHUNK), String.valueOf(ids));
            }
            this.bulkCheckChunk = ids;
            return this;
        }

        /**
         * Sets the tenant.
         *
         * @param tenant the tenant, not null
         * @return this builder
         * @throws NullPointerException if the tenant is null
         */
        public Builder tenant(TenantId tenant) {
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            return this;
        }

        /**
         * Sets the language the registry speaks to people in: any {@code zh} locale for Chinese (the default),
         * any other for English. Exceptions keep English {@link RegistryException#getMessage()} for logs
         * whatever the locale.
         *
         * @param locale the locale, not null
         * @return this builder
         * @throws NullPointerException if the locale is null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the clock. Its zone decides what "today" is, e.g. for refusing dates in the future.
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry, not null
         */
        public TalentRegistry build() {
            return new TalentRegistry(this);
        }
    }
}
