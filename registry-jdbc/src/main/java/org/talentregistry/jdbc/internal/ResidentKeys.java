package org.talentregistry.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;
import org.talentregistry.artisan.ResidentId;

/**
 * The key stored for a resident identity number ({@code tr_artisan.resident_key}): an HMAC-SHA256 under the
 * database's own secret, 32 random bytes in {@code tr_registry_setting}. The unique key and every look-up
 * use it, so that a duplicate-key error, which databases and their drivers print (and hosts log) with the
 * key's value, never shows the number, nor anything that trying the possible numbers turns back into it,
 * as an unkeyed digest would be.
 *
 * <p>The first store to start on a database makes the secret; every other one reads it. Keys written
 * before there was a secret (unkeyed SHA-256) are re-keyed then, page by page, each row only if it still
 * holds the key read, so that two stores starting at once do the same work twice and no harm.
 */
public final class ResidentKeys {
    private static final Logger LOG = LoggerFactory.getLogger(ResidentKeys.class);
    private static final String SECRET = "resident-key.secret";
    private static final String SCHEME = "resident-key.scheme";
    private static final String HMAC_SHA256 = "hmac-sha256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final int PAGE = 5_000;
    private static final int REPORT_EVERY = 100_000;
    private static final String SCRIPT = "V019__create_registry_settings.sql";

    private final Mac prototype;

    private ResidentKeys(byte[] secret) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /**
     * Returns keys that are loaded on first use: the secret read, or made and stored if the database has
     * none, and old keys re-keyed, through connections of the store's own, in transactions of their own,
     * whatever transaction the caller is in (a secret must never be rolled back with a host's work).
     *
     * @param own the store's own Jdbi
     * @param dialect the database's dialect
     * @return a supplier that loads once and then returns the same keys; a failed load is tried again
     */
    public static Supplier<ResidentKeys> onFirstUse(Jdbi own, Dialect dialect) {
        return new Supplier<>() {
            private volatile ResidentKeys keys;

            @Override
            public ResidentKeys get() {
                ResidentKeys loaded = keys;
                if (loaded == null) {
                    synchronized (this) {
                        loaded = keys;
                        if (loaded == null) {
                            loaded = load(own, dialect, Clock.systemUTC());
                            keys = loaded;
                        }
                    }
                }
                return loaded;
            }
        };
    }

    /**
     * Reads the database's secret, making it first if there is none, and re-keys the artisans whose keys
     * were written without it.
     *
     * @param own the store's own Jdbi, whose transactions commit
     * @param dialect the database's dialect
     * @param clock dates the settings written
     * @return the keys
     */
    static ResidentKeys load(Jdbi own, Dialect dialect, Clock clock) {
        Optional<String> stored;
        try {
            stored = own.withHandle(h -> setting(h, SECRET));
        } catch (RuntimeException e) {
            if (dialect.isMissingTable(e)) {
                throw MigrationRunner.notApplied(SCRIPT, "身份证号的密钥存放在该脚本创建的 tr_registry_setting 表中",
                        "the secret that keys resident identity numbers is kept in tr_registry_setting, which it creates", e);
            }
            throw e;
        }
        if (stored.isEmpty()) {
            byte[] secret = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            // Another store may make it at the same moment: the first one in wins and both read it.
            putIfAbsent(own, dialect, SECRET, HexFormat.of().formatHex(secret), clock);
            stored = own.withHandle(h -> setting(h, SECRET));
        }
        String hex = stored.orElseThrow(() -> new UnableToAccessDatabaseException("身份证号密钥已写入 tr_registry_setting，"
                + "却读不回来 / the resident-key secret was stored but cannot be read back from tr_registry_setting", null));
        if (!hex.matches("[0-9a-f]{" + 2 * SECRET_BYTES + "}")) {
            // Never the value itself: it is the secret.
            throw new UnableToAccessDatabaseException("tr_registry_setting 中的身份证号密钥不是" + 2 * SECRET_BYTES
                    + "位小写十六进制数字，已被人工改动 / the resident-key secret in tr_registry_setting is not "
                    + 2 * SECRET_BYTES + " lower-case hex digits; it was changed by hand", null);
        }
        ResidentKeys keys = new ResidentKeys(HexFormat.of().parseHex(hex));
        if (!own.withHandle(h -> setting(h, SCHEME)).filter(HMAC_SHA256::equals).isPresent()) {
            long rekeyed = keys.rekey(own);
            if (rekeyed > 0) {
                LOG.info("Re-keyed the resident keys of {} artisans with the database's secret", rekeyed);
            }
            putIfAbsent(own, dialect, SCHEME, HMAC_SHA256, clock);
        }
        return keys;
    }

    /**
     * Returns the key stored for a resident identity number.
     *
     * @param residentId the number
     * @return 64 hex characters
     */
    public String of(ResidentId residentId) {
        return of(residentId.value());
    }

    private String of(String residentId) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's HmacSHA256 cannot be cloned", e);
        }
        return HexFormat.of().formatHex(mac.doFinal(residentId.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Re-keys every artisan of every tenant whose key is not this secret's, a page of ids at a time, saying how
     * far it got every {@link #REPORT_EVERY} artisans: a registry of a million waits minutes at this start.
     */
    private long rekey(Jdbi own) {
        long total = own.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tr_artisan").mapTo(Long.class).one());
        if (total > 0) {
            LOG.info("Checking the resident keys of {} artisans against the database's secret, once (migration V019)",
                    total);
        }
        long rekeyed = 0;
        long read = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Stored> page = own.withHandle(h -> Privacy.quiet(h.createQuery(
                            "SELECT id, resident_id, resident_key FROM tr_artisan WHERE id > :after ORDER BY id LIMIT " + PAGE))
                    .bind("after", from)
                    .map((rs, ctx) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list());
            if (page.isEmpty()) {
                return rekeyed;
            }
            // An erased number leaves nothing to key again: its artisan keeps the key it has.
            List<String> keys = page.stream().map(s -> s.residentId() == null ? s.key() : of(s.residentId())).toList();
            List<Integer> stale = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!keys.get(i).equals(page.get(i).key())) {
                    stale.add(i);
                }
            }
            if (!stale.isEmpty()) {
                own.useTransaction(h -> {
                    PreparedBatch update = Privacy.quiet(h.prepareBatch(
                            "UPDATE tr_artisan SET resident_key = :key WHERE id = :id AND resident_key = :old"));
                    for (int i : stale) {
                        update.bind("key", keys.get(i)).bind("id", page.get(i).id()).bind("old", page.get(i).key()).add();
                    }
                    update.execute();
                });
                rekeyed += stale.size();
            }
            after = page.get(page.size() - 1).id();
            if ((read + page.size()) / REPORT_EVERY > read / REPORT_EVERY) {
                LOG.info("Resident keys: {} of {} artisans checked, {} re-keyed", read + page.size(), total, rekeyed);
            }
            read += page.size();
        }
    }

    private static Optional<String> setting(Handle handle, String name) {
        return handle.createQuery("SELECT setting_value FROM tr_registry_setting WHERE setting_name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne();
    }

    private static void putIfAbsent(Jdbi own, Dialect dialect, String name, String value, Clock clock) {
        try {
            own.useTransaction(h -> Privacy.quiet(h.createUpdate("INSERT INTO tr_registry_setting"
                            + " (setting_name, setting_value, updated_at) VALUES (:name, :value, :at)"))
                    .bind("name", name)
                    .bind("value", value)
                    .bind("at", SqlValues.instant(clock.instant()))
                    .execute());
        } catch (RuntimeException e) {
            if (!dialect.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ResidentKeys{" + ALGORITHM + ", secret=******}";
    }

    /** An artisan's id, number and key as stored. */
    private record Stored(long id, String residentId, String key) {
        @Override
        public String toString() {
            return "Stored{id=" + id + "}";
        }
    }
}
