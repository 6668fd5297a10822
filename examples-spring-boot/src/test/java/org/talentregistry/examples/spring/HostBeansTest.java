package org.talentregistry.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.spring.TransactionAwareRegistryStore;

/** A host that defines its own registry bean gets it, on the auto-configured store, and its service uses it. */
@SpringBootTest(classes = {CraftsmanApplicationsApp.class, HostBeansTest.OwnRegistry.class},
        properties = {"spring.datasource.url=jdbc:h2:mem:host-beans;DB_CLOSE_DELAY=-1", HostApplicationContractTest.VOTE_SECRET})
class HostBeansTest {
    @Autowired
    private TalentRegistry registry;
    @Autowired
    private JdbcRegistryStore store;

    @Configuration(proxyBeanMethods = false)
    static class OwnRegistry {
        @Bean
        TalentRegistry weifangRegistry(JdbcRegistryStore store, DataSource dataSource) {
            return TalentRegistry.builder(TransactionAwareRegistryStore.of(store, dataSource))
                    .tenant(TenantId.of("weifang")).build();
        }
    }

    @Test
    void theHostsRegistryWins_onTheAutoConfiguredStore() {
        assertThat(registry.tenant()).isEqualTo(TenantId.of("weifang"));
        assertThat(store.database().name()).isEqualTo("H2");
    }
}
