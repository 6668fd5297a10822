package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.MySqlGrammar;
import org.talentregistry.jdbc.RegistryMigrations;
import org.talentregistry.jdbc.internal.Dialect.IdSetAccess;

/**
 * Every statement the MySQL path writes itself, held to MySQL 8.0's grammar: the migrations as resolved for
 * MySQL, the MySQL vote writer's statements and what the MySQL dialect builds. (The contract tests on the
 * MySQL path check every statement Connector/J sends as well, through {@code MySqlGrammarCheck}.)
 */
class MySqlStatementsTest {
    private final Dialect mySql = Dialect.of(Database.MYSQL);

    @Test
    void everyStatementOfTheMySqlPath_isMySql8Grammar() {
        Map<String, List<String>> broken = new LinkedHashMap<>();
        for (String statement : statementsOfTheMySqlPath()) {
            List<String> rules = MySqlGrammar.violations(statement);
            if (!rules.isEmpty()) {
                broken.put(statement, rules);
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void theMySqlPath_hasItsOwnVoteWriter_andTheMigrationsOfTheMariaDbPlaceholders_withoutTheCastProcedure() {
        assertThat(mySql.voteWriter()).isInstanceOf(MySqlVoteWriter.class);
        assertThat(mySql.placeholders()).isEqualTo(Dialect.of(Database.MARIADB).placeholders());
        List<MigrationScript> mysql = MigrationRunner.scripts(Database.MYSQL);
        List<MigrationScript> mariaDb = MigrationRunner.scripts(Database.MARIADB);
        assertThat(mysql).extracting(MigrationScript::fileName)
                .isEqualTo(mariaDb.stream().map(MigrationScript::fileName).toList());
        for (int i = 0; i < mysql.size(); i++) {
            String mine = mysql.get(i).sql();
            String theirs = mariaDb.get(i).sql();
            if (mysql.get(i).version() == 13) {
                // MariaDB's V013 adds the cast procedure after the same key conversion; the MySQL path casts in
                // separate statements and creates no procedure.
                assertThat(theirs).startsWith(mine.strip()).contains("CREATE PROCEDURE tr_cast_vote");
                assertThat(mine).doesNotContain("PROCEDURE");
            } else {
                assertThat(mine).as(mysql.get(i).fileName()).isEqualTo(theirs);
            }
        }
    }

    @Test
    void connectorJsProductName_choosesTheMySqlDialect_andMariaDbsDriverStillMariaDb() {
        assertThat(Database.fromProductName("MySQL")).isEqualTo(Database.MYSQL);
        assertThat(Database.fromProductName("MariaDB")).isEqualTo(Database.MARIADB);
        assertThat(Database.MYSQL.folder()).isEqualTo("mysql");
    }

    /** The rules catch what the MariaDB path sends, which is what made a MySQL path necessary. */
    @Test
    void theRules_catchTheMariaDbOnlyConstructs() {
        assertThat(MySqlGrammar.violations("INSERT IGNORE INTO tr_vote (a) VALUES (?) RETURNING nomination_id")).hasSize(1);
        assertThat(MySqlGrammar.violations("BEGIN NOT ATOMIC DECLARE x INT DEFAULT 0; IF x > 0 THEN SELECT 1; END IF; END"))
                .hasSize(1);
        assertThat(MySqlGrammar.violations("CREATE INDEX IF NOT EXISTS ix ON t (a)")).hasSize(1);
        assertThat(MySqlGrammar.violations("CREATE SEQUENCE s")).hasSize(1);
        assertThat(MySqlGrammar.violations("SELECT NEXTVAL(s)")).hasSize(1);
        assertThat(MySqlGrammar.violations("CREATE OR REPLACE TABLE t (a INT)")).hasSize(1);
        assertThat(MySqlGrammar.violations("SELECT a FROM t WHERE a IN (SELECT b FROM u ORDER BY b LIMIT 5)")).hasSize(1);
        assertThat(MySqlGrammar.violations("SELECT a AS rank FROM t")).hasSize(1);
        assertThat(MySqlGrammar.violations("CREATE TABLE t (\n    rows BIGINT NOT NULL\n)")).hasSize(1);
        assertThat(MySqlGrammar.violations("SELECT 1 FROM t WHERE name = 'returning' AND note = 'BEGIN NOT ATOMIC'")).isEmpty();
        assertThat(MySqlGrammar.violations("SELECT a FROM t FOR UPDATE")).isEmpty();
    }

    private List<String> statementsOfTheMySqlPath() {
        List<String> all = new ArrayList<>();
        for (MigrationScript script : RegistryMigrations.scripts(Database.MYSQL)) {
            all.addAll(MigrationRunner.statements(script.sql()));
        }
        all.addAll(MySqlVoteWriter.STATEMENTS);
        all.add(mySql.upsert("tr_expert_score", List.of("tenant_id", "reviewer_id", "nomination_id"), List.of("round_id", "scored_at")));
        for (IdSetAccess access : IdSetAccess.values()) {
            all.add("SELECT a.id FROM " + mySql.rowsWithIdIn(mySql.throughIndex("tr_artisan", "ix_tr_artisan_birth_date"),
                    "a", "id", "ids", access));
        }
        assertThat(all).hasSizeGreaterThan(40);
        return all;
    }
}
