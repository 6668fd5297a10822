package org.talentregistry.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.jdbc.internal.H2FilePool;

/**
 * Opens a registry on an embedded H2 file database: the quickest start.
 * <pre>{@code
 * try (TalentRegistry registry = EmbeddedRegistry.open(Path.of("data/registry"))) {
 *     ...
 * }
 * }</pre>
 * The database is created if missing and migrated; H2 adds {@code .mv.db} to the path. Closing the
 * registry closes the database.
 *
 * <p>Needs the H2 engine ({@code com.h2database:h2}) at run time. A host on another database may leave it
 * out: the rest of this module does not use it, and its module descriptor only {@code requires static}
 * it. On the module path H2 is resolved without {@code --add-modules}, because the automatic modules it
 * sits beside pull every automatic module in.
 */
public final class EmbeddedRegistry {
    private EmbeddedRegistry() {
    }

    /**
     * Opens the registry of the tenant {@code default} with the system clock in {@code Asia/Shanghai}.
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @return a ready registry, not null
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the H2 engine is not on the class path or module path
     */
    public static TalentRegistry open(Path path) {
        return open(path, TenantId.of("default"), Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /**
     * Opens the registry of a tenant with a clock.
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @param tenant the tenant, not null
     * @param clock the clock, not null
     * @return a ready registry, not null
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the H2 engine is not on the class path or module path
     */
    public static TalentRegistry open(Path path, TenantId tenant, Clock clock) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clock, "clock");
        return open(path, builder -> builder.tenant(tenant).clock(clock));
    }

    /**
     * Opens a registry configured by the caller, e.g. with a vote secret and a working calendar:
     * <pre>{@code
     * EmbeddedRegistry.open(path, b -> b.tenant(TenantId.of("zibo")).voteSecret(secret));
     * }</pre>
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @param configure sets up the registry's builder (tenant, clock, vote secret, policies, calendar), not null
     * @return a ready registry, not null
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the H2 engine is not on the class path or module path
     */
    public static TalentRegistry open(Path path, Consumer<TalentRegistry.Builder> configure) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(configure, "configure");
        if (!H2FilePool.isPresent()) {
            throw new UnableToAccessDatabaseException("EmbeddedRegistry needs the H2 database engine, which is "
                    + "not on the class path or module path: add the dependency com.h2database:h2, or build the "
                    + "store on the host's own DataSource with JdbcRegistryStore.create(dataSource)", null);
        }
        String url = "jdbc:h2:file:" + path.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        H2FilePool pool = H2FilePool.open(url);
        try {
            JdbcRegistryStore store = JdbcRegistryStore.builder(pool.dataSource()).database(Database.H2)
                    .closing(pool::dispose).build();
            TalentRegistry.Builder builder = TalentRegistry.builder(store);
            configure.accept(builder);
            return builder.build();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }
}
