package org.talentregistry.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.RegistryMigrations;

/** The Flyway-ready scripts in the starter jar are the registry's own, resolved, for every database. */
class RegistryFlywayTest {

    @Test
    void everyDatabase_hasEachScriptResolvedAtItsFlywayLocation() throws IOException {
        for (Database database : Database.values()) {
            String folder = RegistryFlyway.location(database).substring("classpath:".length());
            for (MigrationScript script : RegistryMigrations.scripts(database)) {
                String resource = folder + "/" + script.fileName();
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertThat(in).as("%s in the starter jar (add an execution to its pom for a new database)", resource)
                            .isNotNull();
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(sql).as(resource).isEqualTo(script.sql()).doesNotContain("${");
                }
            }
        }
    }

    @Test
    void location_isBootsVendorFolder() {
        assertThat(RegistryFlyway.location(Database.POSTGRESQL)).isEqualTo("classpath:db/talent-registry/postgresql");
        assertThat(RegistryFlyway.location(Database.MARIADB)).isEqualTo("classpath:db/talent-registry/mariadb");
        assertThat(RegistryFlyway.location(Database.MYSQL)).isEqualTo("classpath:db/talent-registry/mysql");
        assertThat(RegistryFlyway.location(Database.H2)).isEqualTo("classpath:db/talent-registry/h2");
    }

    @Test
    void configurationMetadata_describesEveryProperty() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : new String[] {"talent-registry.enabled", "talent-registry.tenant",
                    "talent-registry.time-zone", "talent-registry.voting.enabled", "talent-registry.voting.secret",
                    "talent-registry.voting.retired-secrets",
                    "talent-registry.schema.management", "talent-registry.schema.flyway-table"}) {
                assertThat(json).contains("\"name\": \"" + property + "\"");
            }
            assertThat(json.split("\"description\"", -1)).as("a description for each property and group").hasSizeGreaterThan(7);
        }
    }
}
