package org.talentregistry.jdbc;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.talentregistry.RegistryException;
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
 * <p>Each commit is written to the file before the call that made it returns ({@code WRITE_DELAY=0}), so a call
 * that returned survives the process being killed. H2's own default keeps commits in memory for up to half a
 * second, and a process killed in that time lost them. H2 does not force the file to disk on commit: a crash of
 * the machine or a power cut can still lose the last commits; a registry that must survive those runs on a
 * server database ({@link JdbcRegistryStore}).
 *
 * <p>Needs the H2 engine ({@code com.h2database:h2}) at run time. A host on another database may leave it
 * out: the rest of this module does not use it, and its module descriptor only {@code requires static}
 * it. On the module path H2 is resolved without {@code --add-modules}, because the automatic modules it
 * sits beside pull every automatic module in.
 *
 * <p>The one-line starts ({@link #open(Path)}, {@link #open(Path, TenantId, Clock)}) can take public votes:
 * they key voters with a secret of 32 random bytes generated on first open and kept in a file beside the
 * database, {@code <path>.vote-secret}, readable and writable by its owner only where the file system has
 * POSIX permissions (elsewhere restrict it yourself). It survives reopening, so a voter's key stays the same
 * within a round and duplicates are still recognised. It is kept apart from the database on purpose: the
 * stored voter keys are HMACs of IP addresses, and anyone holding both the keys and the secret could try all
 * 2<sup>32</sup> IPv4 addresses; a copy or dump of the database alone does not carry the secret. Keep the
 * file with the database in backups, and lose neither: a round keeps the secret of its first vote, so with a
 * new secret a round that took votes under the old one refuses further votes rather than count a voter twice.
 * To change the secret, open the registry with a builder ({@link #open(Path, java.util.function.Consumer)}) given
 * the new one as {@code voteSecret} and the old one as {@code retiredVoteSecret}.
 */
public final class EmbeddedRegistry {
    private static final int SECRET_BYTES = 32;
    private static final String SECRET_SUFFIX = ".vote-secret";

    private EmbeddedRegistry() {
    }

    /**
     * Opens the registry of the tenant {@code default} with the system clock in {@code Asia/Shanghai}, able
     * to take public votes under the secret kept beside the database (see {@link #voteSecret(Path)}).
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @return a ready registry, not null
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the H2 engine is not on the class path or module path
     * @throws RegistryException if the vote secret file cannot be read or created
     */
    public static TalentRegistry open(Path path) {
        return open(path, TenantId.of("default"), Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /**
     * Opens the registry of a tenant with a clock, able to take public votes under the secret kept beside the
     * database (see {@link #voteSecret(Path)}).
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @param tenant the tenant, not null
     * @param clock the clock, not null
     * @return a ready registry, not null
     * @throws UnableToMigrateException if the schema cannot be brought up to date
     * @throws UnableToAccessDatabaseException if the H2 engine is not on the class path or module path
     * @throws RegistryException if the vote secret file cannot be read or created
     */
    public static TalentRegistry open(Path path, TenantId tenant, Clock clock) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clock, "clock");
        byte[] secret = voteSecret(path);
        return open(path, builder -> builder.tenant(tenant).clock(clock).voteSecret(secret));
    }

    /**
     * Returns the vote secret kept beside a database, generating it on first use: 32 bytes from a {@link
     * SecureRandom}, written to {@code <path>.vote-secret}, owner read and write only where the file system
     * has POSIX permissions. For {@link #open(Path, Consumer)}:
     * {@code EmbeddedRegistry.open(path, b -> b.voteSecret(EmbeddedRegistry.voteSecret(path)))}.
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @return the secret, 32 bytes, not null
     * @throws RegistryException if the file cannot be read or written, or does not hold 32 bytes
     */
    public static byte[] voteSecret(Path path) {
        Path file = secretFile(Objects.requireNonNull(path, "path"));
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != SECRET_BYTES) {
                throw new RegistryException("vote secret file " + file + " must hold " + SECRET_BYTES + " bytes, holds "
                        + secret.length + "; restore it from the backup of this database");
            }
            return secret;
        } catch (IOException e) {
            throw new RegistryException("cannot read or create the vote secret file " + file, e);
        }
    }

    private static Path secretFile(Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SECRET_SUFFIX);
    }

    /**
     * Writes a new secret to a file of its own and moves it into place without replacing: when two starts
     * race, one secret wins and both read it.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", ownerOnly);
        try {
            Files.write(temp, secret);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // Another start won the race: its secret is the one.
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without hard links: a move, which cannot refuse to replace atomically everywhere.
            moveIfAbsent(temp, file);

        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIfAbsent(Path temp, Path file) throws IOException {
        try {
            if (Files.notExists(file)) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            // Another start won the race.
        }
    }

    /**
     * Returns the JDBC URL this class opens H2 with, for a host that builds its own pool on the same file and
     * wants the same settings: each commit written to the file before it returns ({@code WRITE_DELAY=0}; by
     * default H2 keeps commits in memory for up to half a second, and a process killed in that time lost them),
     * and the database left open until the registry closes it.
     *
     * @param path the database file without its {@code .mv.db} ending, not null
     * @return the URL, not null
     */
    public static String jdbcUrl(Path path) {
        Objects.requireNonNull(path, "path");
        return "jdbc:h2:file:" + path.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;WRITE_DELAY=0";
    }

    /**
     * Opens a registry configured by the caller, e.g. with a vote secret and a working calendar:
     * <pre>{@code
     * EmbeddedRegistry.open(path, b -> b.tenant(TenantId.of("zibo")).voteSecret(EmbeddedRegistry.voteSecret(path)));
     * }</pre>
     * No vote secret is set unless the caller sets one: without it, programs that take a public vote are
     * refused.
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
        H2FilePool pool = H2FilePool.open(jdbcUrl(path));
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
