package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.MigrationScript;

/**
 * V010 replaces {@code tr_pool_membership} by {@code tr_pool_member}: the memberships a registry recorded
 * before must come over, ended ones as ended by a revocation, with who revoked.
 */
class PoolMembersMigrationTest {

    @Test
    void v010_carriesOverEveryMembership_endedOnesAsRevoked() throws SQLException {
        List<MigrationScript> scripts = MigrationRunner.scripts(Database.H2);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v010-" + UUID.randomUUID());
                Statement s = c.createStatement()) {
            for (MigrationScript script : scripts) {
                if (script.version() <= 8) {
                    run(s, script);
                }
            }
            // Only the rows V010 reads; the parents the foreign keys name are beside the point here.
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO tr_honor (id, tenant_id, program_id, program_name, tier_code, tier_name, honor_year, round_id,"
                    + " artisan_id, decision_number, decision_date, issuing_body, certificate_number, revoked_reason,"
                    + " revoked_effective_on, revoked_by_id, revoked_by_name) VALUES"
                    + " (11, 'zibo', 3, '淄博金牌工匠', 'gold', '淄博金牌工匠', 2018, 5, 101, 'D1', DATE '2018-06-26', '淄博市总工会', 'C1',"
                    + " NULL, NULL, NULL, NULL),"
                    + " (12, 'zibo', 3, '淄博金牌工匠', 'gold', '淄博金牌工匠', 2018, 5, 102, 'D1', DATE '2018-06-26', '淄博市总工会', 'C2',"
                    + " 'FRAUD', DATE '2019-03-15', 'union-li', '李干事')");
            s.execute("INSERT INTO tr_pool_membership (honor_id, tenant_id, artisan_id, program_id, tier_code, since_date,"
                    + " until_date) VALUES (11, 'zibo', 101, 3, 'gold', DATE '2018-06-26', NULL),"
                    + " (12, 'zibo', 102, 3, 'gold', DATE '2018-06-26', DATE '2019-03-15')");

            run(s, scripts.stream().filter(m -> m.version() == 10).findFirst().orElseThrow());

            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT artisan_id, source, honor_id, honor_year, since_date, until_date,"
                    + " leave_reason, left_by_name FROM tr_pool_member ORDER BY honor_id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getInt(4) + " "
                            + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getString(8));
                }
            }
            assertThat(rows).containsExactly("101 HONOR 11 2018 2018-06-26 null null null",
                    "102 HONOR 12 2018 2018-06-26 2019-03-15 HONOR_REVOKED 李干事");
            try (ResultSet rs = c.getMetaData().getTables(null, null, "TR_POOL_MEMBERSHIP", null)) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    private static void run(Statement s, MigrationScript script) throws SQLException {
        for (String statement : MigrationRunner.statements(script.sql())) {
            s.execute(statement);
        }
    }
}
