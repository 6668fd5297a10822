package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.TestDatabase;

/**
 * V016 gives every existing title round an issuing region, its awards the region and rules version 1, and
 * every title a version 1: on each database, from rows written under V012.
 */
class TitleRegionsMigrationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void v016_placesExistingRoundsByTheirApplicantsCities_andMakesEachTitleItsOwnVersion1(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.open(database); Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            List<MigrationScript> scripts = MigrationRunner.scripts(database);
            for (MigrationScript script : scripts) {
                if (script.version() <= 12) {
                    run(s, script);
                }
            }
            title(s, "zibo", "chief", "code=chief\\nformat=1\\nroundCap=30");
            title(s, "sd", "qilu", "cityQuota.3703=1\\ncityQuota.3707=1\\ncode=qilu\\nformat=1");
            title(s, "sd", "mixed", "code=mixed\\nformat=1");
            title(s, "empty", "lonely", "code=lonely\\nformat=1");
            artisan(s, 101, "zibo", "370303");
            artisan(s, 102, "zibo", "370304");
            artisan(s, 201, "sd", "370303");
            artisan(s, 202, "sd", "370702");
            round(s, 1, "zibo", "chief", 2019);
            round(s, 2, "zibo", "chief", 2020);
            round(s, 3, "sd", "qilu", 2019);
            round(s, 4, "sd", "mixed", 2019);
            round(s, 5, "empty", "lonely", 2019);
            apply(s, 1, "zibo", 101);
            apply(s, 1, "zibo", 102);
            apply(s, 3, "sd", 201);
            apply(s, 4, "sd", 201);
            apply(s, 4, "sd", 202);
            s.execute("INSERT INTO tr_title_award (id, tenant_id, title_code, title_name, artisan_id, round_id, starts_on,"
                    + " ends_on) VALUES (1, 'zibo', 'chief', '淄博市首席技师', 101, 1, DATE '2019-09-01', DATE '2023-09-01')");

            run(s, scripts.stream().filter(m -> m.version() == 16).findFirst().orElseThrow());

            // Round 1: both applicants in Zibo; 2: none, the tenant's artisans are all in Zibo; 3: a title with per-city
            // quotas is provincial; 4: applicants in two cities; 5: nothing to go by.
            assertThat(rows(s, "SELECT id, region_code FROM tr_title_round ORDER BY id"))
                    .containsExactly("1 370300", "2 370300", "3 370000", "4 370000", "5 370300");
            assertThat(rows(s, "SELECT id, region_code, rules_version FROM tr_title_award"))
                    .containsExactly("1 370300 1");
            assertThat(rows(s, "SELECT tenant_id, title_code, version, valid_from, valid_until FROM tr_title_version"
                    + " ORDER BY tenant_id, title_code")).containsExactly("empty lonely 1 1800-01-01 null",
                    "sd mixed 1 1800-01-01 null", "sd qilu 1 1800-01-01 null", "zibo chief 1 1800-01-01 null");
            s.execute("INSERT INTO tr_title_round (id, tenant_id, title_code, region_code, round_year, round_date, selected,"
                    + " opened_at) VALUES (6, 'zibo', 'chief', '370700', 2019, DATE '2019-09-01', FALSE,"
                    + " TIMESTAMP '2019-01-01 00:00:00')");
            assertThatThrownBy(() -> s.execute("INSERT INTO tr_title_round (id, tenant_id, title_code, region_code, round_year,"
                    + " round_date, selected, opened_at) VALUES (7, 'zibo', 'chief', '370700', 2019, DATE '2019-09-01',"
                    + " FALSE, TIMESTAMP '2019-01-01 00:00:00')")).isInstanceOf(SQLException.class);
        }
    }

    private static void title(Statement s, String tenant, String code, String definition) throws SQLException {
        s.execute("INSERT INTO tr_technician_title (tenant_id, code, definition) VALUES ('" + tenant + "', '" + code + "', '"
                + definition.replace("\\n", "\n") + "')");
    }

    private static void artisan(Statement s, long id, String tenant, String region) throws SQLException {
        s.execute("INSERT INTO tr_artisan (id, tenant_id, version, name, resident_id, resident_key, birth_date, employer_name,"
                + " employer_credit_code, occupation_code, occupation_name, region_code, region_name, started_in_trade_on,"
                + " registered_at, updated_at) VALUES (" + id + ", '" + tenant + "', 1, '工匠" + id + "', '11010519491231002X', '"
                + String.format("%064d", id) + "', DATE '1979-01-01', '某公司', '91350100M000100Y43', '6-20', '钳工', '" + region
                + "', '某区', DATE '2000-01-01', TIMESTAMP '2018-01-01 00:00:00', TIMESTAMP '2018-01-01 00:00:00')");
    }

    private static void round(Statement s, long id, String tenant, String title, int year) throws SQLException {
        s.execute("INSERT INTO tr_title_round (id, tenant_id, title_code, round_year, round_date, selected, opened_at) VALUES ("
                + id + ", '" + tenant + "', '" + title + "', " + year + ", DATE '" + year + "-09-01', FALSE,"
                + " TIMESTAMP '" + year + "-01-01 00:00:00')");
    }

    private static void apply(Statement s, long round, String tenant, long artisan) throws SQLException {
        s.execute("INSERT INTO tr_title_application (tenant_id, round_id, artisan_id, score, score_scale, applied_at) VALUES ('"
                + tenant + "', " + round + ", " + artisan + ", 90, 0, TIMESTAMP '2019-06-01 00:00:00')");
    }

    private static List<String> rows(Statement s, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)).trim());
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private static void run(Statement s, MigrationScript script) throws SQLException {
        for (String statement : MigrationRunner.statements(script.sql())) {
            s.execute(statement);
        }
    }
}
