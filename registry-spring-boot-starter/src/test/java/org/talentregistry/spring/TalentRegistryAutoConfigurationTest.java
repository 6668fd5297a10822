package org.talentregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.privacy.RetentionPolicy;
import org.talentregistry.exchange.Exchange;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.spring.internal.RegistryConfigurationFailureAnalyzer;
import org.talentregistry.spring.internal.SchemaNotCurrentFailureAnalyzer;

/** What the auto-configuration gives a host, and how it backs off and fails, on H2. */
@ExtendWith(OutputCaptureExtension.class)
class TalentRegistryAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TalentRegistryAutoConfiguration.class))
            .withUserConfiguration(H2Host.class);

    @Configuration(proxyBeanMethods = false)
    static class H2Host {
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            return h2Pool();
        }

        /** A pool on a fresh in-memory H2 database, at H2's default level, read committed. */
        static HikariDataSource h2Pool() {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            ds.setUsername("sa");
            return ds;
        }
    }

    /** A pool at repeatable read, as MySQL's and MariaDB's connections are by default. */
    @Configuration(proxyBeanMethods = false)
    static class RepeatableReadHost {
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariDataSource ds = H2Host.h2Pool();
            ds.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
            return ds;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostBeans {
        static final JdbcRegistryStore[] STORE = new JdbcRegistryStore[1];

        @Bean
        JdbcRegistryStore hostStore(DataSource dataSource) {
            STORE[0] = JdbcRegistryStore.create(dataSource);
            return STORE[0];
        }

        @Bean
        TalentRegistry hostRegistry(JdbcRegistryStore store) {
            return TalentRegistry.builder(store).tenant(TenantId.of("host")).build();
        }
    }

    @Test
    void aPoolAtRepeatableRead_isWarnedAboutAtStartUp_andOneAtReadCommittedIsNot(CapturedOutput output) {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TalentRegistryAutoConfiguration.class))
                .withUserConfiguration(RepeatableReadHost.class)
                .run(context -> assertThat(context).hasSingleBean(TalentRegistry.class));
        assertThat(output.getErr()).contains("REPEATABLE READ", "IsolationLevelException",
                "spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED");
        int warned = output.getErr().length();

        runner.run(context -> assertThat(context).hasSingleBean(TalentRegistry.class));
        assertThat(output.getErr().substring(warned)).doesNotContain("IsolationLevelException");
    }

    @Test
    void autoConfiguration_givesStoreAndRegistryOfTheConfiguredTenantAndZone() {
        runner.withPropertyValues("talent-registry.tenant=zibo", "talent-registry.time-zone=Asia/Urumqi")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcRegistryStore.class).hasSingleBean(TalentRegistry.class);
                    TalentRegistry registry = context.getBean(TalentRegistry.class);
                    assertThat(registry.tenant()).isEqualTo(TenantId.of("zibo"));
                    assertThat(registry.clock().getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
                    assertThat(registry.toString()).contains("TransactionAwareRegistryStore");
                    TalentRegistry weifang = registry.forTenant(TenantId.of("weifang"));
                    weifang.artisans().register(Artisans.HR, Artisans.mechanic(1));
                    assertThat(weifang.artisans().findByResidentId(Artisans.residentId(1))).isPresent();
                    assertThat(registry.artisans().findByResidentId(Artisans.residentId(1))).isEmpty();
                });
    }

    @Test
    void clockBean_ofTheHost_isTheRegistrysClock() {
        Clock fixed = Clock.fixed(Instant.parse("2018-06-13T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        runner.withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean(TalentRegistry.class).clock()).isSameAs(fixed));
    }

    @Test
    void hostBeans_winOverTheAutoConfiguredOnes() {
        runner.withUserConfiguration(HostBeans.class).run(context -> {
            assertThat(context).hasSingleBean(JdbcRegistryStore.class).hasSingleBean(TalentRegistry.class);
            assertThat(context.getBean(JdbcRegistryStore.class)).isSameAs(HostBeans.STORE[0]);
            assertThat(context.getBean(TalentRegistry.class).tenant()).isEqualTo(TenantId.of("host"));
        });
    }

    @Test
    void transactionAwareDataSourceProxy_asTheApplicationsDataSource_joinsItsTransactions() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TalentRegistryAutoConfiguration.class))
                .withUserConfiguration(ProxiedHost.class)
                .run(context -> {
                    TalentRegistry registry = context.getBean(TalentRegistry.class);
                    DataSource dataSource = context.getBean(DataSource.class);
                    TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
                    JdbcTemplate host = new JdbcTemplate(dataSource);
                    host.execute("CREATE TABLE host_rows (name VARCHAR(50) PRIMARY KEY)");

                    tx.executeWithoutResult(status -> {
                        host.update("INSERT INTO host_rows VALUES ('rolled back')");
                        registry.artisans().register(Artisans.HR, Artisans.mechanic(1));
                        status.setRollbackOnly();
                    });
                    tx.executeWithoutResult(status -> {
                        host.update("INSERT INTO host_rows VALUES ('committed')");
                        registry.artisans().register(Artisans.HR, Artisans.mechanic(2));
                    });

                    assertThat(host.queryForObject("SELECT COUNT(*) FROM host_rows", Integer.class)).isOne();
                    assertThat(host.queryForObject("SELECT COUNT(*) FROM tr_artisan", Integer.class)).isOne();
                    assertThat(registry.artisans().findByResidentId(Artisans.residentId(2))).isPresent();
                });
    }

    /** A GBK CSV of artisans as an HR office's software writes it, numbered from the first. */
    private static byte[] artisansCsv(int first, int count) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,工作单位,统一社会信用代码,职业（工种）,职业代码,所在区县,区县代码,参加工作时间\r\n");
        for (int i = first; i < first + count; i++) {
            csv.append("工匠").append(i).append(',').append(Artisans.residentId(i).value())
                    .append(",淄博张店汽车维修有限公司,91370303MA3C0001K0,汽车维修工,4-12-01-01,张店区,370303,1996-07-01\r\n");
        }
        return csv.toString().getBytes(java.nio.charset.Charset.forName("GBK"));
    }

    @Test
    void exchange_whereRegistryExchangeIsPresent_isABeanOnTheRegistry_andBacksOffForTheHosts() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Exchange.class);
            ImportReport report = context.getBean(Exchange.class).importArtisans(Artisans.HR,
                    SheetSource.of(artisansCsv(1, 2)), ImportOptions.defaults());
            assertThat(report.created()).as(report.problems().toString()).isEqualTo(2);
            assertThat(context.getBean(TalentRegistry.class).artisans().findByResidentId(Artisans.residentId(2)))
                    .isPresent();
        });
        runner.withUserConfiguration(HostExchange.class)
                .run(context -> assertThat(context).hasSingleBean(Exchange.class).hasBean("hostExchange"));
        runner.withClassLoader(new FilteredClassLoader("org.talentregistry.exchange"))
                .run(context -> assertThat(context).hasSingleBean(TalentRegistry.class).doesNotHaveBean(Exchange.class));
    }

    @Test
    void exchangeImport_insideTheHostsTransaction_commitsOrRollsBackWithIt() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TalentRegistryAutoConfiguration.class))
                .withUserConfiguration(ProxiedHost.class)
                .run(context -> {
                    Exchange exchange = context.getBean(Exchange.class);
                    TalentRegistry registry = context.getBean(TalentRegistry.class);
                    TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
                    JdbcTemplate host = new JdbcTemplate(context.getBean(DataSource.class));
                    host.execute("CREATE TABLE host_batches (name VARCHAR(50) PRIMARY KEY)");
                    // Batches of two: the import writes three transactions of its own unless it joins the host's.
                    ImportOptions options = ImportOptions.builder().batchSize(2).build();

                    tx.executeWithoutResult(status -> {
                        host.update("INSERT INTO host_batches VALUES ('rolled back')");
                        assertThat(exchange.importArtisans(Artisans.HR, SheetSource.of(artisansCsv(1, 5)), options)
                                .created()).isEqualTo(5);
                        status.setRollbackOnly();
                    });
                    tx.executeWithoutResult(status -> {
                        host.update("INSERT INTO host_batches VALUES ('committed')");
                        exchange.importArtisans(Artisans.HR, SheetSource.of(artisansCsv(11, 5)), options);
                        // Again in the same transaction: each batch's registration is refused (the numbers are
                        // there) inside its own savepoint, and the rows are matched instead.
                        assertThat(exchange.importArtisans(Artisans.HR, SheetSource.of(artisansCsv(11, 5)), options)
                                .unchanged()).isEqualTo(5);
                    });

                    assertThat(host.queryForObject("SELECT COUNT(*) FROM host_batches", Integer.class)).isOne();
                    assertThat(host.queryForObject("SELECT COUNT(*) FROM tr_artisan", Integer.class)).isEqualTo(5);
                    assertThat(registry.artisans().findByResidentId(Artisans.residentId(1))).isEmpty();
                    assertThat(registry.artisans().findByResidentId(Artisans.residentId(15))).isPresent();
                });
    }

    @Test
    void customizers_adjustTheBuilder() {
        runner.withBean(TalentRegistryCustomizer.class, () -> builder -> builder.tenant(TenantId.of("customized")))
                .run(context -> assertThat(context.getBean(TalentRegistry.class).tenant())
                        .isEqualTo(TenantId.of("customized")));
    }

    @Test
    void disabled_givesNoBeans() {
        runner.withPropertyValues("talent-registry.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(JdbcRegistryStore.class)
                        .doesNotHaveBean(TalentRegistry.class));
    }

    @Test
    void votingEnabled_withoutSecret_failsStartupNamingTheProperty() {
        runner.withPropertyValues("talent-registry.voting.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new RegistryConfigurationFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("talent-registry.voting.secret")
                    .contains("voting is on");
            assertThat(analysis.getAction()).contains("TALENT_REGISTRY_VOTING_SECRET");
        });
    }

    @Test
    void voteSecret_shorterThan16Bytes_failsStartup() {
        runner.withPropertyValues("talent-registry.voting.enabled=true", "talent-registry.voting.secret=short")
                .run(context -> assertThat(context).getFailure()
                        .isInstanceOf(Exception.class)
                        .rootCause().isInstanceOf(RegistryConfigurationException.class)
                        .hasMessageContaining("at least 16"));
    }

    @Test
    void votingEnabled_withSecret_starts() {
        runner.withPropertyValues("talent-registry.voting.enabled=true",
                "talent-registry.voting.secret=a-long-enough-secret-for-tests").run(context -> assertThat(context)
                        .hasNotFailed().hasSingleBean(TalentRegistry.class));
    }

    @Test
    void retiredVoteSecrets_areGivenToTheRegistry_andAShortOneFailsStartupNamingItsIndex() {
        runner.withPropertyValues("talent-registry.voting.enabled=true",
                "talent-registry.voting.secret=a-long-enough-secret-for-2019",
                "talent-registry.voting.retired-secrets[0]=a-long-enough-secret-for-2018").run(context -> assertThat(context)
                        .hasNotFailed().hasSingleBean(TalentRegistry.class));
        runner.withPropertyValues("talent-registry.voting.enabled=true",
                "talent-registry.voting.secret=a-long-enough-secret-for-2019",
                "talent-registry.voting.retired-secrets=a-long-enough-secret-for-2018,short").run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new RegistryConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("talent-registry.voting.retired-secrets[1]", "5 bytes")
                            .doesNotContain("short");
                });
    }

    @Test
    void retentionProperties_giveTheRegistrysPolicy_andUnsetOnesKeepTheLibrarysDefaults() {
        runner.withPropertyValues("talent-registry.retention.identity-numbers-after-leaving-pool=5y",
                "talent-registry.retention.contact-data-after-leaving-pool=P2Y",
                "talent-registry.retention.nominees-not-honored-after-notice=3y",
                "talent-registry.retention.batch-size=500").run(context -> {
                    RetentionPolicy policy = context.getBean(TalentRegistry.class).retention();
                    assertThat(policy.identityNumbersAfterLeavingPool()).contains(Period.ofYears(5));
                    assertThat(policy.nomineesNotHonoredAfterNotice()).contains(Period.ofYears(3));
                    assertThat(policy.contactDataAfterLeavingPool()).contains(Period.ofYears(2));
                    assertThat(policy.batchSize()).isEqualTo(500);
                    assertThat(policy.voterKeysAfterNotice()).isEqualTo(RetentionPolicy.defaults().voterKeysAfterNotice());
                });
        runner.run(context -> assertThat(context.getBean(TalentRegistry.class).retention().toString())
                .isEqualTo(RetentionPolicy.defaults().toString()));
    }

    @Test
    void retentionPropertyOutOfRange_failsStartupNamingTheProperty() {
        runner.withPropertyValues("talent-registry.retention.identity-numbers-after-leaving-pool=-1d").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new RegistryConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("talent-registry.retention.identity-numbers-after-leaving-pool");
            assertThat(analysis.getAction()).contains("2y");
        });
        runner.withPropertyValues("talent-registry.retention.batch-size=5").run(context -> assertThat(context)
                .getFailure().rootCause().isInstanceOf(RegistryConfigurationException.class)
                .hasMessageContaining("talent-registry.retention.batch-size"));
    }

    @Test
    void invalidTenant_failsStartupNamingTheProperty() {
        runner.withPropertyValues("talent-registry.tenant=Not A Tenant")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(RegistryConfigurationException.class)
                        .hasMessageContaining("talent-registry.tenant"));
    }

    @Test
    void flywayManagement_aBlankHistoryTable_failsStartupNamingTheProperty() {
        runner.withPropertyValues("talent-registry.schema.management=flyway", "talent-registry.schema.flyway-table= ")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(RegistryConfigurationException.class)
                        .hasMessageContaining("talent-registry.schema.flyway-table"));
    }

    @Test
    void flywayManagement_nothingApplied_failsStartup() {
        runner.withPropertyValues("talent-registry.schema.management=flyway")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(SchemaNotCurrentException.class)
                        .hasMessageContaining("tr_flyway_history"));
    }

    @Test
    void flywayManagement_allScriptsApplied_starts() {
        runner.withPropertyValues("talent-registry.schema.management=flyway")
                .withUserConfiguration(FlywayFirst.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdbcRegistryStore.class).database().name()).isEqualTo("H2");
                    DataSource ds = context.getBean(DataSource.class);
                    try (var c = ds.getConnection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*)"
                            + " FROM tr_registry_setting WHERE setting_name = 'resident-key.secret'")) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("the resident-key secret made at start-up").isEqualTo(1);
                    }
                    context.getBean(TalentRegistry.class).artisans().register(Artisans.HR, Artisans.mechanic(2));
                    try (var c = ds.getConnection(); var rs = c.getMetaData().getTables(null, null, "TR_SCHEMA_HISTORY", null)) {
                        assertThat(rs.next()).as("the registry ran no migration of its own").isFalse();
                    }
                });
    }

    @Test
    void flywayManagement_scriptsAppliedByRegistryFlyway_withTheApplicationsFlywayInGbk_starts() {
        runner.withPropertyValues("talent-registry.schema.management=flyway", "test.flyway.application-encoding=GBK")
                .withUserConfiguration(FlywayFirst.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(TalentRegistry.class).artisans().register(Artisans.HR, Artisans.mechanic(3));
                });
    }

    @Test
    void twoDataSourcesAndNonePrimary_theStarterStepsAside_andTheFailureSaysWhy() {
        runner.withUserConfiguration(SecondDataSource.class, NeedsTheRegistry.class).run(context -> {
            assertThat(context).hasFailed();
            var beanFactory = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
            beanFactory.registerBeanDefinition("dataSource",
                    new org.springframework.beans.factory.support.RootBeanDefinition(HikariDataSource.class));
            beanFactory.registerBeanDefinition("archive",
                    new org.springframework.beans.factory.support.RootBeanDefinition(HikariDataSource.class));
            var analyzer = new org.talentregistry.spring.internal.MissingRegistryFailureAnalyzer(beanFactory,
                    new org.springframework.core.env.StandardEnvironment());

            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());

            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("TalentRegistry", "2 DataSource beans (dataSource, archive)",
                    "none is @Primary");
            assertThat(analysis.getAction()).contains("@Primary");
            beanFactory.getBeanDefinition("archive").setPrimary(true);
            assertThat(analyzer.analyze(context.getStartupFailure())).as("one primary: another reason").isNull();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class SecondDataSource {
        @Bean(destroyMethod = "close")
        HikariDataSource archive() {
            return H2Host.h2Pool();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsTheRegistry {
        @Bean
        Object hostService(TalentRegistry registry) {
            return registry;
        }
    }

    @Test
    void flywayManagement_pendingScript_failsStartupNamingIt() {
        runner.withPropertyValues("talent-registry.schema.management=flyway", "test.flyway.target=7")
                .withUserConfiguration(FlywayFirst.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new SchemaNotCurrentFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("tr_flyway_history")
                            .contains("classpath:db/talent-registry/h2").contains("8");
                    assertThat(analysis.getAction()).contains("locations=classpath:db/talent-registry/h2");
                });
    }

    @Test
    void registryManagement_doesNotNeedFlyway_andRecordsItsOwnHistory() {
        runner.run(context -> {
            DataSource ds = context.getBean(DataSource.class);
            try (var c = ds.getConnection(); var s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM tr_schema_history")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(8);
            }
        });
    }

    /** A host whose DataSource bean is a TransactionAwareDataSourceProxy over its pool. */
    @Configuration(proxyBeanMethods = false)
    static class ProxiedHost {
        @Bean
        DataSource dataSource() {
            return new TransactionAwareDataSourceProxy(new H2Host().dataSource());
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostExchange {
        @Bean
        Exchange hostExchange(TalentRegistry registry) {
            return Exchange.of(registry);
        }
    }

    /** Plays a host whose own Flyway applies the registry's scripts before the registry starts. */
    @Configuration(proxyBeanMethods = false)
    static class FlywayFirst {
        @Bean
        static BeanFactoryPostProcessor registryScriptsFirst() {
            return beanFactory -> beanFactory.getBeanDefinition("talentRegistryStore").setDependsOn("registryFlyway");
        }

        @Bean
        Object registryFlyway(DataSource dataSource, Environment env) {
            String encoding = env.getProperty("test.flyway.application-encoding");
            if (encoding != null) {
                // The application's own Flyway, whose settings RegistryFlyway takes for the registry's scripts.
                Flyway application = Flyway.configure().dataSource(dataSource).encoding(encoding).load();
                return RegistryFlyway.migrate(application);
            }
            var configuration = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/talent-registry/h2").table("tr_flyway_history");
            String target = env.getProperty("test.flyway.target");
            if (target != null) {
                configuration.target(target);
            }
            return configuration.load().migrate();
        }
    }
}
