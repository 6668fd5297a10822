package org.talentregistry.spring;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The registry's settings under {@code talent-registry.*}.
 */
@ConfigurationProperties(prefix = TalentRegistryProperties.PREFIX)
public class TalentRegistryProperties {
    /** The prefix of every property. */
    public static final String PREFIX = "talent-registry";

    /**
     * Whether to auto-configure the registry's store and the registry bean.
     */
    private boolean enabled = true;

    /**
     * Tenant of the auto-configured TalentRegistry bean, e.g. "zibo". Other tenants are reached with
     * registry.forTenant(TenantId.of("weifang")) on the same store.
     */
    private String tenant = "default";

    /**
     * Time zone of the registry's clock: it decides what "today" is, e.g. when a date in the future is
     * refused. Ignored when the application defines a java.time.Clock bean, which is used instead.
     */
    private ZoneId timeZone = ZoneId.of("Asia/Shanghai");

    /**
     * Public voting: whether the application takes votes, and the secret voters' keys are hashed under.
     */
    private final Voting voting = new Voting();

    /**
     * The registry's schema: who migrates it.
     */
    private final Schema schema = new Schema();

    /**
     * How long personal data is kept past its purpose, for the retention purge
     * (registry.personalData().purge(actor)).
     */
    private final Retention retention = new Retention();

    /**
     * Creates the properties with their defaults.
     */
    public TalentRegistryProperties() {
    }

    /**
     * Returns whether the registry is auto-configured.
     *
     * @return true by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether the registry is auto-configured.
     *
     * @param enabled false to switch the auto-configuration off
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the tenant of the registry bean.
     *
     * @return the tenant id, {@code default} unless set
     */
    public String getTenant() {
        return tenant;
    }

    /**
     * Sets the tenant of the registry bean.
     *
     * @param tenant the tenant id, not null
     */
    public void setTenant(String tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Returns the time zone of the registry's clock.
     *
     * @return the zone, {@code Asia/Shanghai} unless set
     */
    public ZoneId getTimeZone() {
        return timeZone;
    }

    /**
     * Sets the time zone of the registry's clock.
     *
     * @param timeZone the zone, not null
     */
    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    }

    /**
     * Returns the public-vote settings.
     *
     * @return the settings, not null
     */
    public Voting getVoting() {
        return voting;
    }

    /**
     * Returns the schema settings.
     *
     * @return the settings, not null
     */
    public Schema getSchema() {
        return schema;
    }

    /**
     * Returns the retention settings.
     *
     * @return the settings, not null
     */
    public Retention getRetention() {
        return retention;
    }

    /**
     * Settings of the retention purge ({@code talent-registry.retention.*}), as periods such as {@code 30d},
     * {@code 2y} or {@code P5Y}. Unset ones keep the library's defaults (RetentionPolicy.defaults()).
     */
    public static class Retention {
        /**
         * How long voter keys are kept after the last day of a named or cancelled round's public notice.
         * The library's default is 0 days: purged once the notice (and its objections) is over.
         */
        private Period voterKeysAfterNotice;

        /**
         * How long an artisan's phone is kept after the artisan's last pool membership ended. Unset: kept.
         */
        private Period contactDataAfterLeavingPool;

        /**
         * How long an artisan's identity number is kept after the artisan's last pool membership ended; the
         * purge then erases it and keeps its keyed hash, by which the artisan is still found. Unset: kept.
         */
        private Period identityNumbersAfterLeavingPool;

        /**
         * How long the phone and the identity number of an artisan who was nominated but never honored nor in
         * the pool are kept after the public notice of the artisan's last round ended; the purge then erases
         * them, keeping the number's keyed hash. Unset: kept. Whom a technician title still concerns keeps both
         * (see RetentionPolicy).
         */
        private Period nomineesNotHonoredAfterNotice;

        /**
         * How many rows one purge transaction removes at most, 100 to 1,000,000. The library's default is
         * 10,000.
         */
        private Integer batchSize;

        /**
         * Creates the settings, all unset.
         */
        public Retention() {
        }

        /**
         * Returns how long voter keys are kept after a round's notice.
         *
         * @return the period, or null when unset
         */
        public Period getVoterKeysAfterNotice() {
            return voterKeysAfterNotice;
        }

        /**
         * Sets how long voter keys are kept after a round's notice.
         *
         * @param period the period, or null for the library's default
         */
        public void setVoterKeysAfterNotice(Period period) {
            this.voterKeysAfterNotice = period;
        }

        /**
         * Returns how long phones are kept after leaving the pool.
         *
         * @return the period, or null when unset (kept)
         */
        public Period getContactDataAfterLeavingPool() {
            return contactDataAfterLeavingPool;
        }

        /**
         * Sets how long phones are kept after leaving the pool.
         *
         * @param period the period, or null to keep them
         */
        public void setContactDataAfterLeavingPool(Period period) {
            this.contactDataAfterLeavingPool = period;
        }

        /**
         * Returns how long identity numbers are kept after leaving the pool.
         *
         * @return the period, or null when unset (kept)
         */
        public Period getIdentityNumbersAfterLeavingPool() {
            return identityNumbersAfterLeavingPool;
        }

        /**
         * Sets how long identity numbers are kept after leaving the pool.
         *
         * @param period the period, or null to keep them
         */
        public void setIdentityNumbersAfterLeavingPool(Period period) {
            this.identityNumbersAfterLeavingPool = period;
        }

        /**
         * Returns how long the personal data of nominees never honored is kept after their last notice.
         *
         * @return the period, or null when unset (kept)
         */
        public Period getNomineesNotHonoredAfterNotice() {
            return nomineesNotHonoredAfterNotice;
        }

        /**
         * Sets how long the personal data of nominees never honored is kept after their last notice.
         *
         * @param period the period, or null to keep it
         */
        public void setNomineesNotHonoredAfterNotice(Period period) {
            this.nomineesNotHonoredAfterNotice = period;
        }

        /**
         * Returns the rows one purge transaction removes at most.
         *
         * @return the size, or null when unset
         */
        public Integer getBatchSize() {
            return batchSize;
        }

        /**
         * Sets the rows one purge transaction removes at most.
         *
         * @param batchSize 100 to 1,000,000, or null for the library's default
         */
        public void setBatchSize(Integer batchSize) {
            this.batchSize = batchSize;
        }

        @Override
        public String toString() {
            return "Retention{voterKeysAfterNotice=" + voterKeysAfterNotice + ", contactDataAfterLeavingPool="
                    + contactDataAfterLeavingPool + ", identityNumbersAfterLeavingPool=" + identityNumbersAfterLeavingPool
                    + ", nomineesNotHonoredAfterNotice=" + nomineesNotHonoredAfterNotice + ", batchSize=" + batchSize + "}";
        }
    }

    /** Settings of public voting ({@code talent-registry.voting.*}). */
    public static class Voting {
        /**
         * Whether this application takes public votes. When true, a secret is required and start-up fails
         * without one.
         */
        private boolean enabled;

        /**
         * Secret under which voters' IP addresses and accounts are hashed (HMAC-SHA256) before they are
         * stored: at least 16 bytes in UTF-8. Keep it stable across restarts and out of source control
         * (e.g. TALENT_REGISTRY_VOTING_SECRET in the environment). A round keeps the secret of its first vote:
         * a changed secret applies to rounds whose first vote comes later, and a round taking votes under the
         * old one refuses votes unless the old one is listed in retired-secrets.
         */
        private String secret;

        /**
         * Secrets that were current before the secret: a round whose first vote was keyed under one of them goes
         * on keying its voters under it until its voting closes, so that a voter who voted before the change is
         * still recognised. Each at least 16 bytes in UTF-8; drop one once every round that voted under it has
         * closed its voting.
         */
        private List<String> retiredSecrets = new ArrayList<>();

        /**
         * Creates the settings with their defaults.
         */
        public Voting() {
        }

        /**
         * Returns whether voting is on.
         *
         * @return false by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether voting is on.
         *
         * @param enabled true to require a secret
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the vote secret.
         *
         * @return the secret, or null if none is set
         */
        public String getSecret() {
            return secret;
        }

        /**
         * Sets the vote secret.
         *
         * @param secret the secret, or null
         */
        public void setSecret(String secret) {
            this.secret = secret;
        }

        /**
         * Returns the retired vote secrets.
         *
         * @return the secrets, empty if none is set
         */
        public List<String> getRetiredSecrets() {
            return retiredSecrets;
        }

        /**
         * Sets the retired vote secrets.
         *
         * @param retiredSecrets the secrets, or null for none
         */
        public void setRetiredSecrets(List<String> retiredSecrets) {
            this.retiredSecrets = retiredSecrets == null ? new ArrayList<>() : new ArrayList<>(retiredSecrets);
        }

        @Override
        public String toString() {
            return "Voting{enabled=" + enabled + ", secret=" + (secret == null ? "none" : "****") + ", retiredSecrets="
                    + retiredSecrets.size() + "}";
        }
    }

    /** Settings of the registry's schema ({@code talent-registry.schema.*}). */
    public static class Schema {
        /**
         * Who applies the registry's schema migrations: "registry" (the library, at start-up, recorded in
         * its own table tr_schema_history) or "flyway" (the application's Flyway, from
         * classpath:db/talent-registry/{vendor}; the registry then only checks at start-up that every
         * script is applied).
         */
        private SchemaManagement management = SchemaManagement.REGISTRY;

        /**
         * Flyway history table of the registry's scripts when management is "flyway". A table of its own
         * keeps the registry's versions apart from the application's own migrations.
         */
        private String flywayTable = "tr_flyway_history";

        /**
         * Creates the settings with their defaults.
         */
        public Schema() {
        }

        /**
         * Returns who applies the migrations.
         *
         * @return {@link SchemaManagement#REGISTRY} unless set
         */
        public SchemaManagement getManagement() {
            return management;
        }

        /**
         * Sets who applies the migrations.
         *
         * @param management the choice, not null
         */
        public void setManagement(SchemaManagement management) {
            this.management = Objects.requireNonNull(management, "management");
        }

        /**
         * Returns the Flyway history table of the registry's scripts.
         *
         * @return the table name, {@code tr_flyway_history} unless set
         */
        public String getFlywayTable() {
            return flywayTable;
        }

        /**
         * Sets the Flyway history table of the registry's scripts.
         *
         * @param flywayTable the table name, not null
         */
        public void setFlywayTable(String flywayTable) {
            this.flywayTable = Objects.requireNonNull(flywayTable, "flywayTable");
        }
    }

    /** Who applies the registry's schema migrations. */
    public enum SchemaManagement {
        /** The registry applies them when its store is built, recorded in {@code tr_schema_history}. */
        REGISTRY,
        /**
         * The application's Flyway applies them from {@code classpath:db/talent-registry/{vendor}}; the
         * registry checks at start-up that none is pending.
         */
        FLYWAY
    }
}
