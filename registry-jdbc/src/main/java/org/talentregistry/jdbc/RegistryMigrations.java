package org.talentregistry.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.talentregistry.jdbc.internal.MigrationRunner;

/**
 * The registry's schema migrations, shipped in this jar.
 *
 * <p>Two ways to run them:
 * <ul>
 *   <li>Let the registry run them: {@link #migrate(DataSource)} (or {@link JdbcRegistryStore.Builder#migrate})
 *       applies the scripts not yet applied and records each in the registry's own history table,
 *       {@code tr_schema_history}. Concurrent starts are serialised by a database lock.</li>
 *   <li>Run them with the host's own tool (Flyway, Liquibase, a DBA's script): {@link #export(Database, Path)}
 *       or {@code java -cp registry-jdbc.jar org.talentregistry.jdbc.RegistryMigrations postgresql out/}
 *       writes the scripts resolved for one database, named {@code V001__create_artisans.sql} and so on,
 *       which Flyway picks up as they are. Then build the store with {@code migrate(false)} and call
 *       {@link JdbcRegistryStore#prepare()} on it, which makes or reads the database's resident-key secret.</li>
 * </ul>
 */
public final class RegistryMigrations {
    private RegistryMigrations() {
    }

    /**
     * Returns the scripts resolved for a database, in order.
     *
     * @param database the database, not null
     * @return an unmodifiable list, not null
     */
    public static List<MigrationScript> scripts(Database database) {
        return MigrationRunner.scripts(database);
    }

    /**
     * Applies the pending migrations to the database behind a data source.
     *
     * @param dataSource the data source, not null
     * @return how many scripts were applied
     * @throws UnableToMigrateException if a script fails or an applied script was changed
     * @throws UnableToAccessDatabaseException if the database cannot be reached
     */
    public static int migrate(DataSource dataSource) {
        return JdbcRegistryStore.builder(Objects.requireNonNull(dataSource, "dataSource")).migrate(false).build().migrate();
    }

    /**
     * Writes the scripts resolved for a database into a folder, for a host's own migration tool.
     *
     * @param database the database, not null
     * @param folder the folder, created if missing, not null
     * @return the files written, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<Path> export(Database database, Path folder) {
        try {
            Files.createDirectories(folder);
            return scripts(database).stream().map(script -> {
                Path file = folder.resolve(script.fileName());
                try {
                    return Files.writeString(file, script.sql(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the resolved scripts of a database into a folder: {@code RegistryMigrations <h2|postgresql|mariadb|mysql> <folder>}.
     *
     * @param args the database and the folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RegistryMigrations <h2|postgresql|mariadb|mysql> <folder>");
            System.exit(2);
        }
        Database database = Database.valueOf(args[0].toUpperCase(Locale.ROOT));
        export(database, Path.of(args[1])).forEach(System.out::println);
    }
}
