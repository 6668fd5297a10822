package org.talentregistry.examples.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talentregistry.spring.RegistryFlyway;

/**
 * With {@code talent-registry.schema.management=flyway}, the host's Flyway applies the registry's scripts
 * too, right after the host's own, in the registry's history table {@code tr_flyway_history}; the registry
 * then only checks at start-up that none is pending.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "talent-registry.schema.management", havingValue = "flyway")
class RegistryFlywayConfiguration {
    // README:spring-flyway-strategy
    @Bean
    FlywayMigrationStrategy migrateAlsoTheRegistry() {
        return flyway -> {
            flyway.migrate();                       // the application's own scripts
            RegistryFlyway.migrate(flyway);         // the registry's, with the same settings, into tr_flyway_history
        };
    }
    // END
}
