package org.talentregistry.spring.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateResult;
import org.talentregistry.jdbc.Database;
import org.talentregistry.spring.RegistryConfigurationException;
import org.talentregistry.spring.RegistryFlyway;
import org.talentregistry.spring.SchemaNotCurrentException;

/**
 * Checks, with the application's Flyway, that the registry's scripts in this jar are all applied and
 * unchanged. The caller makes sure Flyway is on the class path before it loads this class.
 */
public final class FlywaySchemaCheck {
    private static final String MANAGEMENT = "talent-registry.schema.management";

    private FlywaySchemaCheck() {
    }

    /**
     * Checks that every registry script is applied, unchanged, in the given Flyway history table.
     *
     * @param dataSource the data source
     * @param database the database behind it
     * @param table the Flyway history table of the registry's scripts
     * @throws SchemaNotCurrentException if a script is pending, failed or changed
     * @throws RegistryConfigurationException if Flyway cannot talk to the database
     */
    public static void verify(DataSource dataSource, Database database, String table) {
        ClassLoader loader = FlywaySchemaCheck.class.getClassLoader();
        String location = RegistryFlyway.location(database);
        ValidateResult result;
        try {
            result = Flyway.configure(loader).dataSource(dataSource).locations(location).table(table)
                    .encoding(StandardCharsets.UTF_8)
                    .failOnMissingLocations(true).load().validateWithResult();
        } catch (FlywayException e) {
            throw new RegistryConfigurationException(MANAGEMENT,
                    "is flyway, but Flyway cannot check the registry's schema at " + location + ": " + e.getMessage(),
                    "Make sure the application's Flyway supports this database (e.g. flyway-database-postgresql,"
                            + " flyway-mysql for MariaDB and MySQL), or set " + MANAGEMENT + "=registry.");
        }
        if (!result.validationSuccessful) {
            List<String> problems = result.invalidMigrations.stream()
                    .map(m -> "V" + m.version + " " + m.description + ": " + m.errorDetails.errorMessage.lines().findFirst().orElse(""))
                    .toList();
            throw new SchemaNotCurrentException(location, table,
                    problems.isEmpty() ? List.of(String.valueOf(result.getAllErrorMessages())) : problems);
        }
    }
}
