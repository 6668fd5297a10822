package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.MigrationScript;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;

/**
 * A database as an earlier release left it, for the tests of a migration that changes stored votes: the
 * migrations run up to a version, a round in public voting, and votes and tallies written by plain JDBC as
 * that release wrote them.
 */
final class OlderRelease {
    /** The tenant of the round. */
    static final TenantId TENANT = TenantId.of("zibo");
    /** When the round, its votes and its casts happen. */
    static final Instant AT = Instant.parse("2018-06-01T01:00:00.123456Z");
    /** The nominee of the first vote. */
    static final NominationId WANG = NominationId.of(11);
    /** The nominee of the second and third votes. */
    static final NominationId LI = NominationId.of(12);

    private OlderRelease() {
    }

    /**
     * Runs the migration scripts whose version passes a test, in order, as an upgrade runs them.
     *
     * @param db the database
     * @param database its kind
     * @param versions which versions to run
     */
    static void migrate(TestDatabase db, Database database, IntPredicate versions) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (MigrationScript script : MigrationRunner.scripts(database)) {
                if (versions.test(script.version())) {
                    for (String statement : MigrationRunner.statements(script.sql())) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    /** Opens a round of Zibo's program through the store, in public voting. */
    static RoundId roundInVoting(JdbcRegistryStore store, TenantId tenant, Instant at) {
        return store.inTransaction(tenant, s -> {
            HonorProgramId program = s.programs().insert(ProgramDefinition.zibo(), at);
            RoundId id = s.rounds().insert(program, 1, 2018, at);
            s.rounds().setStage(id, RoundStage.PUBLIC_VOTING);
            return id;
        });
    }

    /**
     * Writes three votes, the first for one nominee and the others for a second, and their tally rows.
     *
     * @param key a voter's key as the release stored it (hex text or bytes), by voter number 1 to 3
     */
    static void votesAndTallies(TestDatabase db, TenantId tenant, RoundId round, NominationId first, NominationId second,
            IntFunction<Object> key) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement vote = c.prepareStatement("INSERT INTO tr_vote (round_id, voter_key, tenant_id,"
                        + " nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement tally = c.prepareStatement("INSERT INTO tr_vote_tally (round_id, nomination_id,"
                        + " tenant_id, votes) VALUES (?, ?, ?, ?)")) {
            for (int voter = 1; voter <= 3; voter++) {
                vote.setLong(1, round.value());
                vote.setObject(2, key.apply(voter));
                vote.setString(3, tenant.value());
                vote.setLong(4, (voter == 1 ? first : second).value());
                vote.setObject(5, LocalDateTime.of(2018, 6, 1, 9, 0, voter));
                vote.executeUpdate();
            }
            for (Map.Entry<NominationId, Long> row : Map.of(first, 1L, second, 2L).entrySet()) {
                tally.setLong(1, round.value());
                tally.setLong(2, row.getKey().value());
                tally.setString(3, tenant.value());
                tally.setLong(4, row.getValue());
                tally.executeUpdate();
            }
        }
    }
}
