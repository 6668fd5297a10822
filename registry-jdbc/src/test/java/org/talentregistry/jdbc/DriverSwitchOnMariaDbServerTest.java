package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.spi.VoteStore.CastResult;
import org.talentregistry.spi.VoterKey;

/**
 * One MariaDB server, two drivers: a host whose schema was migrated through MariaDB Connector/J that moves to
 * MySQL Connector/J ({@code jdbc:mysql:}, as Spring Boot MySQL hosts configure it), or the other way round, keeps
 * its registry. Its start-up had failed on V013's checksum ("an applied migration must never be edited"): the two
 * dialects' V013 differ in MariaDB's procedure.
 */
class DriverSwitchOnMariaDbServerTest {
    private static final Instant POLLS_OPEN = Instant.parse("2018-06-01T01:00:00Z");

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"MARIADB", "MYSQL"})
    void theSameSchema_opensThroughTheOtherDriver_andTakesVotes(Database first) {
        try (TestDatabase db = TestDatabase.open(first)) {
            JdbcRegistryStore.create(db.dataSource());
            HikariConfig settings = db.poolLikeThis();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(first == Database.MARIADB ? settings.getJdbcUrl().replace("jdbc:mariadb:", "jdbc:mysql:")
                    : settings.getJdbcUrl().replace("jdbc:mysql:", "jdbc:mariadb:"));
            config.setUsername(settings.getUsername());
            config.setPassword(settings.getPassword());
            config.setMaximumPoolSize(2);
            try (HikariDataSource other = new HikariDataSource(config)) {
                JdbcRegistryStore store = JdbcRegistryStore.create(other);
                assertThat(store.database()).isNotEqualTo(first);
                TenantId tenant = TenantId.of("zibo");
                TalentRegistry registry = TalentRegistry.builder(store).tenant(tenant).build();
                registry.artisans().register(Actor.of("hr-zhang", "张科长"), Fixtures.mechanic(1));

                // Migrated through MySQL's dialect, the schema has no tr_cast_vote: MariaDB's casts without it.
                RoundId round = Fixtures.roundInVoting(store, tenant, POLLS_OPEN);
                NominationId nominee = NominationId.of(11);
                VoterKey voter = VoterKey.parse("a".repeat(64));
                CastResult cast = store.withSession(tenant, s -> s.votes().cast(round, nominee, voter, POLLS_OPEN));
                CastResult again = store.withSession(tenant, s -> s.votes().cast(round, nominee, voter, POLLS_OPEN));
                Map<NominationId, Long> tally = store.withSession(tenant, s -> s.votes().tally(round));

                assertThat(cast).isEqualTo(CastResult.STORED);
                assertThat(again).isEqualTo(CastResult.DUPLICATE);
                assertThat(tally).isEqualTo(Map.of(nominee, 1L));
            }
        }
    }
}
