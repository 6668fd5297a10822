package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.ResidentId;

/**
 * The resident key, the unique key and look-up of a resident identity number, is an HMAC under the database's
 * own secret, so that the key a database prints in a duplicate-key error cannot be turned back into the number
 * by trying the possible numbers, as the unkeyed SHA-256 stored before V019 could; on each database.
 */
class ResidentKeysContractTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");

    @ParameterizedTest
    @EnumSource(Database.class)
    void theStoredKeyIsNoDigestOfTheNumber_andTheDatabasesSecretIsMadeOnce(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            ArtisanDetails mechanic = Fixtures.mechanic(1);
            ArtisanId id;
            try (JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource())) {
                id = store.inTransaction(TENANT, s -> s.artisans().insert(mechanic, AT));
            }
            String secret = setting(db, "resident-key.secret");
            assertThat(secret).matches("[0-9a-f]{64}");
            assertThat(setting(db, "resident-key.scheme")).isEqualTo("hmac-sha256");
            String key = storedKey(db, id);
            assertThat(key).isNotEqualTo(sha256(mechanic.residentId().orElseThrow())).isEqualTo(hmac(secret, mechanic.residentId().orElseThrow()));

            // A second store on the database reads the same secret: it finds the artisan by number and refuses the
            // number again.
            try (JdbcRegistryStore again = JdbcRegistryStore.create(db.dataSource())) {
                assertThat(find(again, mechanic.residentId().orElseThrow()))
                        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(id));
                assertThatThrownBy(() -> again.inTransaction(TENANT, s -> s.artisans().insert(mechanic, AT)))
                        .isInstanceOf(DuplicateResidentIdException.class);
            }
            assertThat(setting(db, "resident-key.secret")).isEqualTo(secret);
            assertThat(count(db, "SELECT COUNT(*) FROM tr_artisan")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void keysWrittenBeforeTheSecret_areReKeyedByTheNextStore_andTheirArtisansFoundAgain(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            List<ArtisanDetails> artisans = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                artisans.add(i % 2 == 0 ? Fixtures.optometrist(i) : Fixtures.mechanic(i));
            }
            List<ArtisanId> ids;
            try (JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource())) {
                ids = store.inTransaction(TENANT, s -> s.artisans().insertAll(artisans, AT));
            }
            // What a database written before V019 holds: the unkeyed digest, and no word that keys are keyed.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                for (int i = 0; i < ids.size(); i++) {
                    s.executeUpdate("UPDATE tr_artisan SET resident_key = '" + sha256(artisans.get(i).residentId().orElseThrow())
                            + "' WHERE id = " + ids.get(i).value());
                }
                s.executeUpdate("DELETE FROM tr_registry_setting WHERE setting_name = 'resident-key.scheme'");
            }
            try (JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build()) {
                // A store built without migrating re-keys when prepared (or at its first look-up), not before.
                assertThat(storedKey(db, ids.get(0))).isEqualTo(sha256(artisans.get(0).residentId().orElseThrow()));
                store.prepare();
                for (int i = 0; i < ids.size(); i++) {
                    ResidentId number = artisans.get(i).residentId().orElseThrow();
                    assertThat(storedKey(db, ids.get(i))).isNotEqualTo(sha256(number));
                    ArtisanId expected = ids.get(i);
                    assertThat(find(store, number))
                            .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(expected));
                }
                Map<ResidentId, Artisan> all = store.withSession(TENANT, s -> s.artisans().findAllByResidentId(
                        artisans.stream().map(d -> d.residentId().orElseThrow()).toList()));
                assertThat(all).hasSize(artisans.size());
                assertThatThrownBy(() -> store.inTransaction(TENANT, s -> s.artisans().insert(artisans.get(3), AT)))
                        .isInstanceOf(DuplicateResidentIdException.class);
            }
            assertThat(setting(db, "resident-key.scheme")).isEqualTo("hmac-sha256");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anErasedNumber_keepsItsKeyThroughAReKeying_andItsArtisanIsStillFoundByTheNumber(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            ArtisanDetails kept = Fixtures.mechanic(1);
            ArtisanDetails erased = Fixtures.optometrist(2);
            ArtisanId keptId;
            ArtisanId erasedId;
            try (JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource())) {
                keptId = store.inTransaction(TENANT, s -> s.artisans().insert(kept, AT));
                erasedId = store.inTransaction(TENANT, s -> s.artisans().insert(erased, AT));
                Boolean first = store.inTransaction(TENANT, s -> s.artisans().eraseResidentId(erasedId, AT));
                Boolean second = store.inTransaction(TENANT, s -> s.artisans().eraseResidentId(erasedId, AT));
                assertThat(first).isTrue();
                assertThat(second).isFalse();
            }
            String erasedKey = storedKey(db, erasedId);
            assertThat(count(db, "SELECT COUNT(*) FROM tr_artisan WHERE resident_id IS NULL")).isEqualTo(1);
            // Keys as another registry's database would hold them, then the re-keying: the number left has nothing
            // to key again, so its artisan keeps the key it has and the re-keying does not stop at it.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.executeUpdate("UPDATE tr_artisan SET resident_key = '" + sha256(kept.residentId().orElseThrow())
                        + "' WHERE id = " + keptId.value());
                s.executeUpdate("DELETE FROM tr_registry_setting WHERE setting_name = 'resident-key.scheme'");
            }
            try (JdbcRegistryStore store = JdbcRegistryStore.create(db.dataSource())) {
                assertThat(storedKey(db, erasedId)).isEqualTo(erasedKey);
                assertThat(find(store, kept.residentId().orElseThrow()))
                        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(keptId));
                assertThat(find(store, erased.residentId().orElseThrow())).hasValueSatisfying(a -> {
                    assertThat(a.id()).isEqualTo(erasedId);
                    assertThat(a.residentId()).isEmpty();
                    assertThat(a.birthDate()).isEqualTo(erased.birthDate());
                });
            }
            assertThat(setting(db, "resident-key.scheme")).isEqualTo("hmac-sha256");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void twoStoresStartingAtOnce_agreeOnOneSecret(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            JdbcRegistryStore.builder(db.dataSource()).migrate(false).build().migrate();
            assertThat(count(db, "SELECT COUNT(*) FROM tr_registry_setting")).isZero();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JdbcRegistryStore>> starting = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Callable<JdbcRegistryStore> prepare = () -> {
                        JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
                        start.await();
                        return store.prepare();
                    };
                    starting.add(pool.submit(prepare));
                }
                start.countDown();
                List<JdbcRegistryStore> stores = new ArrayList<>();
                for (Future<JdbcRegistryStore> f : starting) {
                    stores.add(f.get(60, TimeUnit.SECONDS));
                }
                // Each store registers one artisan; every other store finds each of them by number.
                List<ArtisanDetails> artisans = new ArrayList<>();
                for (int i = 0; i < stores.size(); i++) {
                    ArtisanDetails d = Fixtures.mechanic(10 + i);
                    artisans.add(d);
                    stores.get(i).inTransaction(TENANT, s -> s.artisans().insert(d, AT));
                }
                for (JdbcRegistryStore store : stores) {
                    for (ArtisanDetails d : artisans) {
                        assertThat(find(store, d.residentId().orElseThrow())).isPresent();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(count(db, "SELECT COUNT(*) FROM tr_registry_setting WHERE setting_name = 'resident-key.secret'"))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSecretChangedByHand_isRefusedWithoutShowingIt(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            JdbcRegistryStore.create(db.dataSource()).close();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.executeUpdate("UPDATE tr_registry_setting SET setting_value = 'not-a-secret-0123'"
                        + " WHERE setting_name = 'resident-key.secret'");
            }
            assertThatThrownBy(() -> JdbcRegistryStore.create(db.dataSource()))
                    .isInstanceOf(UnableToAccessDatabaseException.class)
                    .hasMessageContaining("tr_registry_setting")
                    .hasMessageNotContaining("not-a-secret-0123");
        }
    }

    private static Optional<Artisan> find(JdbcRegistryStore store, ResidentId number) {
        return store.withSession(TENANT, s -> s.artisans().findByResidentId(number));
    }

    /** The key as the V019 script's comment defines it: HMAC-SHA256 of the number's characters under the hex secret. */
    private static String hmac(String secret, ResidentId number) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII)));
    }

    private static String sha256(ResidentId number) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(number.value().getBytes(StandardCharsets.US_ASCII)));
    }

    private static String storedKey(TestDatabase db, ArtisanId id) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT resident_key FROM tr_artisan WHERE id = ?")) {
            q.setLong(1, id.value());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static String setting(TestDatabase db, String name) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT setting_value FROM tr_registry_setting WHERE setting_name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(TestDatabase db, String query) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
