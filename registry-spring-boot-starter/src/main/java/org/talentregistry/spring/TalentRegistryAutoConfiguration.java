package org.talentregistry.spring;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.util.ClassUtils;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.jdbc.IsolationLevelException;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.spring.internal.FlywaySchemaCheck;

/**
 * Auto-configures the registry on the application's {@link DataSource}: a {@link JdbcRegistryStore} and a
 * {@link TalentRegistry} for the tenant {@code talent-registry.tenant}, whose calls join Spring-managed
 * transactions (see {@link TransactionAwareRegistryStore}). Each bean backs off when the application
 * defines its own of the same type. A {@code JdbcRegistryStore} of the application's must be on the
 * application's data source, since the registry bean joins that data source's transactions. Where the
 * application has {@code registry-exchange} on its class path, an {@code Exchange} on the registry bean comes
 * too: its imports write on the calling thread, so an import called inside a transaction of the
 * application's commits or rolls back with it.
 *
 * <p>Runs after the data source and Flyway auto-configurations of Boot 4 and Boot 3, which it names
 * rather than imports, so one jar serves both.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"})
@ConditionalOnClass({JdbcRegistryStore.class, DataSourceUtils.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = TalentRegistryProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TalentRegistryProperties.class)
public class TalentRegistryAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TalentRegistryAutoConfiguration.class);
    private static final int MIN_SECRET_BYTES = 16;

    /**
     * Creates the auto-configuration.
     */
    public TalentRegistryAutoConfiguration() {
    }

    /**
     * The store on the application's data source. It migrates the schema, or, under {@code
     * talent-registry.schema.management=flyway}, checks that the application's Flyway has applied every
     * registry script.
     *
     * @param dataSource the application's data source
     * @param properties the registry's properties
     * @return the store
     * @throws SchemaNotCurrentException under Flyway management, if a script is pending or changed
     */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public JdbcRegistryStore talentRegistryStore(DataSource dataSource, TalentRegistryProperties properties) {
        DataSource target = TransactionAwareRegistryStore.unwrap(dataSource);
        TalentRegistryProperties.Schema schema = properties.getSchema();
        boolean flyway = schema.getManagement() == TalentRegistryProperties.SchemaManagement.FLYWAY;
        JdbcRegistryStore store = JdbcRegistryStore.builder(target).migrate(!flyway).build();
        warnIfWritesInTransactionsAreRefused(target, store);
        if (flyway) {
            String property = TalentRegistryProperties.PREFIX + ".schema.management";
            if (!ClassUtils.isPresent("org.flywaydb.core.Flyway", TalentRegistryAutoConfiguration.class.getClassLoader())) {
                throw new RegistryConfigurationException(property, "is flyway, but Flyway is not on the class path",
                        "Add spring-boot-starter-flyway (or org.flywaydb:flyway-core) to the application, or set "
                                + property + "=registry to let the registry migrate its own schema.");
            }
            String table = schema.getFlywayTable();
            if (!table.matches("[A-Za-z0-9_$]+")) {
                String tableProperty = TalentRegistryProperties.PREFIX + ".schema.flyway-table";
                throw new RegistryConfigurationException(tableProperty,
                        table.isBlank() ? "is blank" : "is not a table name: '" + table + "'",
                        "Set " + tableProperty + " to the Flyway history table the registry's scripts are applied in"
                                + " (letters, digits and _; " + RegistryFlyway.DEFAULT_TABLE + " unless the application"
                                + " chose another), or leave it unset.");
            }
            FlywaySchemaCheck.verify(target, store.database(), table);
            // The resident-key secret, made or read (and old keys re-keyed) now rather than in the first request.
            store.prepare();
        }
        return store;
    }

    /**
     * Says at start-up, rather than at the first write in a {@code @Transactional} method, that the pool's
     * connections are at a level under which registry writes in the application's transactions are refused
     * ({@link IsolationLevelException}): MySQL's and MariaDB's default, repeatable read.
     */
    private static void warnIfWritesInTransactionsAreRefused(DataSource dataSource, JdbcRegistryStore store) {
        int level;
        try (Connection connection = dataSource.getConnection()) {
            level = connection.getTransactionIsolation();
        } catch (SQLException e) {
            // The store was just built on this data source; a failure now is the first call's to report.
            return;
        }
        if (IsolationLevelException.refuses(level, store.database())) {
            LOG.warn("数据源连接的默认隔离级别为 {}：在应用的 @Transactional 方法中调用登记簿的写操作将被拒绝（IsolationLevelException）；"
                    + "请设置 spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED，或在这些方法上声明"
                    + " @Transactional(isolation = Isolation.READ_COMMITTED)。 / The DataSource's connections are at {} by"
                    + " default: registry writes inside the application's @Transactional methods will be refused"
                    + " (IsolationLevelException). Set spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED,"
                    + " or declare @Transactional(isolation = Isolation.READ_COMMITTED) on those methods.",
                    IsolationLevelException.nameOf(level), IsolationLevelException.nameOf(level));
        }
    }

    /**
     * The registry of the configured tenant; {@code registry.forTenant(...)} reaches the others.
     *
     * @param store the store
     * @param dataSource the application's data source, whose transactions registry calls join
     * @param properties the registry's properties
     * @param clock the application's clock, if it defines one
     * @param customizers the application's customizers, applied in order
     * @return the registry
     * @throws RegistryConfigurationException if voting is on without a usable secret, or a retention setting
     *     is out of range
     */
    @Bean
    @ConditionalOnMissingBean
    public TalentRegistry talentRegistry(JdbcRegistryStore store, DataSource dataSource,
            TalentRegistryProperties properties, ObjectProvider<Clock> clock,
            ObjectProvider<TalentRegistryCustomizer> customizers) {
        TalentRegistry.Builder builder = TalentRegistry.builder(TransactionAwareRegistryStore.of(store, dataSource))
                .tenant(tenant(properties.getTenant()))
                .clock(clock.getIfUnique(() -> Clock.system(properties.getTimeZone())));
        byte[] secret = voteSecret(properties.getVoting());
        if (secret != null) {
            builder.voteSecret(secret);
        }
        List<String> retired = properties.getVoting().getRetiredSecrets();
        for (int i = 0; i < retired.size(); i++) {
            builder.retiredVoteSecret(retiredVoteSecret(retired.get(i), i));
        }
        builder.retention(retention(properties.getRetention()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static TenantId tenant(String tenant) {
        try {
            return TenantId.of(tenant);
        } catch (InvalidFieldException e) {
            throw new RegistryConfigurationException(TalentRegistryProperties.PREFIX + ".tenant",
                    "'" + tenant + "' is not a tenant id: " + e.getMessage(),
                    "Set talent-registry.tenant to a valid tenant id, such as zibo.");
        }
    }

    /** The retention policy of the properties set, the library's defaults for the others. */
    private static RetentionPolicy retention(TalentRegistryProperties.Retention retention) {
        RetentionPolicy.Builder policy = RetentionPolicy.builder();
        set("voter-keys-after-notice", retention.getVoterKeysAfterNotice(), policy::voterKeysAfterNotice);
        set("contact-data-after-leaving-pool", retention.getContactDataAfterLeavingPool(), policy::contactDataAfterLeavingPool);
        set("identity-numbers-after-leaving-pool", retention.getIdentityNumbersAfterLeavingPool(),
                policy::identityNumbersAfterLeavingPool);
        set("nominees-not-honored-after-notice", retention.getNomineesNotHonoredAfterNotice(),
                policy::nomineesNotHonoredAfterNotice);
        set("batch-size", retention.getBatchSize(), policy::batchSize);
        return policy.build();
    }

    /** Hands a retention property that is set to the policy's builder; a refused value names the property. */
    private static <T> void set(String name, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        String property = TalentRegistryProperties.PREFIX + ".retention." + name;
        try {
            setter.accept(value);
        } catch (InvalidFieldException e) {
            throw new RegistryConfigurationException(property, e.getMessage(Locale.SIMPLIFIED_CHINESE) + " / "
                    + e.getMessage(), "Set " + property + " to a period of zero or more, at most 100 years (e.g. 30d,"
                            + " 2y or P5Y), or a batch size from 100 to 1,000,000; or leave it unset for the library's"
                            + " default.");
        }
    }

    private static byte[] voteSecret(TalentRegistryProperties.Voting voting) {
        String property = TalentRegistryProperties.PREFIX + ".voting.secret";
        String secret = voting.getSecret();
        if (secret == null || secret.isBlank()) {
            if (voting.isEnabled()) {
                throw new RegistryConfigurationException(property,
                        "voting is on (talent-registry.voting.enabled=true) but no vote secret is set;"
                                + " voters' addresses and accounts cannot be hashed",
                        "Set talent-registry.voting.secret (e.g. through the environment variable"
                                + " TALENT_REGISTRY_VOTING_SECRET) to a random text of at least " + MIN_SECRET_BYTES
                                + " bytes that stays the same across restarts, or set talent-registry.voting.enabled=false.");
            }
            return null;
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new RegistryConfigurationException(property,
                    "the vote secret has " + bytes.length + " bytes; at least " + MIN_SECRET_BYTES + " are needed",
                    "Set talent-registry.voting.secret to a random text of at least " + MIN_SECRET_BYTES + " bytes.");
        }
        return bytes;
    }

    private static byte[] retiredVoteSecret(String secret, int index) {
        String property = TalentRegistryProperties.PREFIX + ".voting.retired-secrets[" + index + "]";
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new RegistryConfigurationException(property,
                    "the retired vote secret has " + bytes.length + " bytes; at least " + MIN_SECRET_BYTES + " are needed",
                    "Set " + property + " to the vote secret that was current before talent-registry.voting.secret,"
                            + " exactly as it was, or remove it.");
        }
        return bytes;
    }

    /** The spreadsheet exchange on the registry bean, where the application has {@code registry-exchange}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.talentregistry.exchange.Exchange")
    static class ExchangeConfiguration {
        /**
         * The exchange: imports, exports, templates and the bureau's priority sheet, on the registry bean.
         *
         * @param registry the registry
         * @return the exchange
         */
        @Bean
        @ConditionalOnMissingBean
        Exchange talentRegistryExchange(TalentRegistry registry) {
            return Exchange.of(registry);
        }
    }
}
