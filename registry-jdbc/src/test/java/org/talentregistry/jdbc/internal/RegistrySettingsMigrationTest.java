package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.jdbc.UnableToMigrateException;

/**
 * A store on a schema that a host's own tool migrated only up to V018 names V019 as the script to run, on each
 * database, when it is prepared and at its first look-up by number; it makes no secret anywhere.
 */
class RegistrySettingsMigrationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSchemaWithoutV019_isRefusedNamingTheScript(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            OlderRelease.migrate(db, database, version -> version < 19);
            JdbcRegistryStore store = JdbcRegistryStore.builder(db.dataSource()).migrate(false).build();
            assertThatThrownBy(store::prepare).isInstanceOfSatisfying(UnableToMigrateException.class,
                    e -> assertThat(e.getScript()).isEqualTo("V019__create_registry_settings.sql"));
            ResidentId number = ResidentId.of("11010519491231002X");
            assertThatThrownBy(() -> store.withSession(TenantId.of("zibo"), x -> x.artisans().findByResidentId(number)))
                    .isInstanceOf(UnableToMigrateException.class)
                    .hasMessageContaining("V019__create_registry_settings.sql")
                    .hasMessageContaining("tr_registry_setting");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tr_artisan")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
