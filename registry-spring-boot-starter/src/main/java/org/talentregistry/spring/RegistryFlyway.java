package org.talentregistry.spring;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;

/**
 * The registry's schema scripts for an application's own Flyway, used with {@code
 * talent-registry.schema.management=flyway}.
 *
 * <p>The starter jar holds the scripts resolved for each database, named {@code V001__create_artisans.sql}
 * and on, at {@code classpath:db/talent-registry/h2}, {@code .../postgresql} and {@code .../mariadb}
 * (Boot's {@code {vendor}} names). They are applied in a Flyway history table of their own, {@value
 * #DEFAULT_TABLE} by default, so their versions never meet the application's own: an application at its
 * own V1..V40 keeps numbering as it likes. In a schema that holds tables already, the first run records a
 * baseline at version 0 in that table and then applies V001 on. A database whose registry tables were made
 * by the registry itself ({@code tr_schema_history}) is moved to Flyway by a baseline at the last version
 * applied there instead: {@code flyway -table=tr_flyway_history -baselineVersion=8 baseline}.
 *
 * <p>In a Boot application, apply them right after the application's own migrations:
 * <pre>{@code
 * @Bean
 * FlywayMigrationStrategy migrateAlsoTheRegistry() {
 *     return flyway -> {
 *         flyway.migrate();
 *         RegistryFlyway.migrate(flyway);
 *     };
 * }
 * }</pre>
 * or from a deployment step with Flyway's command line or Maven plugin: {@code
 * -locations=classpath:db/talent-registry/postgresql -table=tr_flyway_history} with the starter jar on its
 * class path.
 */
public final class RegistryFlyway {
    /** The default history table of the registry's scripts, as {@code talent-registry.schema.flyway-table}. */
    public static final String DEFAULT_TABLE = "tr_flyway_history";

    private RegistryFlyway() {
    }

    /**
     * Returns the Flyway location of the registry's scripts for a database.
     *
     * @param database the database, not null
     * @return e.g. {@code classpath:db/talent-registry/postgresql}, not null
     */
    public static String location(Database database) {
        return "classpath:db/talent-registry/" + database.folder();
    }

    /**
     * Applies the registry's pending scripts with the settings of the application's Flyway (data source,
     * schemas, callbacks, ...) in the history table {@value #DEFAULT_TABLE}.
     *
     * @param applicationFlyway the application's Flyway, not null; it is not changed
     * @return Flyway's result, not null
     * @throws org.flywaydb.core.api.FlywayException if a script fails or an applied one was changed
     */
    public static MigrateResult migrate(Flyway applicationFlyway) {
        return migrate(applicationFlyway, DEFAULT_TABLE);
    }

    /**
     * Applies the registry's pending scripts with the settings of the application's Flyway, in a history
     * table of the application's choosing (then set {@code talent-registry.schema.flyway-table} to it).
     *
     * @param applicationFlyway the application's Flyway, not null; it is not changed
     * @param table the history table of the registry's scripts, not null
     * @return Flyway's result, not null
     * @throws org.flywaydb.core.api.FlywayException if a script fails or an applied one was changed
     */
    public static MigrateResult migrate(Flyway applicationFlyway, String table) {
        Objects.requireNonNull(applicationFlyway, "applicationFlyway");
        Objects.requireNonNull(table, "table");
        DataSource dataSource = applicationFlyway.getConfiguration().getDataSource();
        // The application's own naming, target, placeholders and Java migrations are its own; the registry's
        // scripts are plain V<n>__ SQL files, resolved already, applied to the end.
        return Flyway.configure(RegistryFlyway.class.getClassLoader())
                .configuration(applicationFlyway.getConfiguration())
                .resourceProvider(null)
                .javaMigrationClassProvider(null)
                .locations(location(detect(dataSource)))
                .table(table)
                .target(MigrationVersion.LATEST)
                .sqlMigrationPrefix("V")
                .sqlMigrationSeparator("__")
                .sqlMigrationSuffixes(".sql")
                .javaMigrations()
                .placeholderReplacement(false)
                // The scripts are UTF-8 (their comments hold Chinese): read in the application's encoding (GBK,
                // say), their checksums would never match the start-up check's and the application would never start.
                .encoding(StandardCharsets.UTF_8)
                // The schema holds the application's tables already; the registry's history starts empty.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static Database detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Database.detect(connection);
        } catch (SQLException e) {
            throw new UnableToAccessDatabaseException("cannot open a connection to detect the database", e);
        }
    }
}
