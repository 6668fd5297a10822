package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.jdbc.UnableToMigrateException;

/**
 * A script that fails is named, in Chinese and English, with the database's error as the cause, and is not
 * recorded as applied; on each database.
 */
class FailedMigrationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aScriptThatFails_isNamedInChineseAndEnglish_andNotRecordedAsApplied(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database)) {
            // A table of the host's own that happens to carry the registry's first table's name.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("CREATE TABLE tr_artisan (host_column INT)");
            }

            assertThatThrownBy(() -> JdbcRegistryStore.create(db.dataSource()))
                    .isInstanceOfSatisfying(UnableToMigrateException.class, e -> {
                        assertThat(e.getScript()).isEqualTo("V001__create_artisans.sql");
                        assertThat(e.getMessage()).startsWith("V001__create_artisans.sql: 执行失败 / failed: ");
                        assertThat(e.getCause()).isNotNull();
                    });
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tr_schema_history")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
