package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.jdbc.UnableToMigrateException;

/**
 * An identity number is erased only once V020 lets {@code tr_artisan.resident_id} be NULL: on a schema that a
 * host's own tool migrated up to V019, the erasure is refused naming V020 and nothing changes; after V020 the
 * artisans registered before are erased and still found by their numbers; on each database.
 */
class ErasableIdentityNumbersMigrationTest {
    private static final TenantId TENANT = TenantId.of("zibo");
    private static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");

    @ParameterizedTest
    @EnumSource(Database.class)
    void withoutV020_anErasureIsRefusedNamingTheScript_andAfterItTheNumberIsErased(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, version -> version < 20);
            ArtisanDetails mechanic = ArtisanDetails.builder().name("王建国")
                    .residentId(ResidentId.completing("37030319780512001"))
                    .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K")))
                    .occupation(Occupation.of("4-12-01-01", "汽车维修工")).region(Region.of("370303", "张店区"))
                    .startedInTradeOn(LocalDate.of(1996, 7, 1)).build();
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            ArtisanId id = store.inTransaction(TENANT, s -> s.artisans().insert(mechanic, AT));

            assertThatThrownBy(() -> store.inTransaction(TENANT, s -> s.artisans().eraseResidentId(id, AT)))
                    .isInstanceOfSatisfying(UnableToMigrateException.class,
                            e -> assertThat(e.getScript()).isEqualTo("V020__erasable_identity_numbers.sql"))
                    .hasMessageContaining("resident_id");
            assertThat(nullNumbers(db)).isZero();

            OlderRelease.migrate(db, database, version -> version == 20);
            Boolean erased = store.inTransaction(TENANT, s -> s.artisans().eraseResidentId(id, AT));
            Artisan found = store.withSession(TENANT, s -> s.artisans().findByResidentId(mechanic.residentId().orElseThrow()))
                    .orElseThrow();

            assertThat(erased).isTrue();
            assertThat(nullNumbers(db)).isEqualTo(1);
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.residentId()).isEmpty();
            assertThat(found.birthDate()).isEqualTo(mechanic.birthDate());
            assertThat(found.version()).isEqualTo(2);
        }
    }

    private static long nullNumbers(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tr_artisan WHERE resident_id IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
