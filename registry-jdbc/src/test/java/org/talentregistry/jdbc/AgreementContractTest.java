package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleRound;

/**
 * The same call, the same answer on every database, where values H2 and PostgreSQL treat one way and MariaDB
 * and MySQL another: a code looked up with a trailing space (their collations ignore trailing spaces), and
 * instants finer than the microsecond every database keeps (PostgreSQL and H2 round them, MariaDB truncates).
 */
abstract class AgreementContractTest extends DatabaseContractTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    private static final String CHIEF = TechnicianTitle.ziboChiefTechnician().code();
    private MutableClock clock;
    private TenantId tenant;
    private TalentRegistry registry;

    @BeforeEach
    void setUpTenant() {
        clock = new MutableClock(Instant.parse("2019-05-10T02:00:00Z"), ZIBO);
        tenant = newTenantId();
        registry = TalentRegistry.builder(store).tenant(tenant).clock(clock).build();
        registry.titles().define(CLERK, TechnicianTitle.ziboChiefTechnician());
        registry.titles().definePolicy(CLERK, new PriorityPolicy("p", 1, CHIEF, LocalDate.of(2000, 1, 1),
                Optional.empty(), BigDecimal.ZERO, List.of()));
    }

    private List<String> storedRoundCodes() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT title_code FROM tr_title_round WHERE tenant_id = '" + tenant.value() + "'")) {
            List<String> codes = new java.util.ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        }
    }

    /**
     * A code with spaces around it looks up the code, as stored text is kept without them. It found nothing on
     * H2 and PostgreSQL, and on MariaDB and MySQL opened a round stored under the code with its space.
     */
    @Test
    void titleCodeWithSpacesAround_looksUpTheCode_andARoundIsStoredUnderTheCodeAlone() throws Exception {
        TitleRound round = registry.titles().openRound(CLERK, CHIEF + " ", IssuingRegion.of("370300"), 2021,
                LocalDate.of(2021, 9, 1));

        assertThat(round.titleCode()).isEqualTo(CHIEF);
        assertThat(storedRoundCodes()).containsExactly(CHIEF);
        assertThat(registry.titles().get(" " + CHIEF + " ").code()).isEqualTo(CHIEF);
        assertThat(registry.titles().rounds(CHIEF + " ")).extracting(TitleRound::id).containsExactly(round.id());
        assertThat(registry.audit().forEntity("title ", CHIEF + " ")).isNotEmpty()
                .isEqualTo(registry.audit().forEntity("title", CHIEF));
    }

    /** Both events lie at T; for every bound T + n ns, [T + n, ...) holds neither and [..., T + n) both. */
    @Test
    void auditBetween_boundsFinerThanAMicrosecond_answerAsForTheInstantGiven() {
        List<AuditEvent> all = registry.audit().latest(10);
        Instant at = all.get(0).occurredAt();
        assertThat(all).hasSize(2).allMatch(e -> e.occurredAt().equals(at));
        for (int nanos : new int[] {1, 400, 500, 600, 999}) {
            Instant bound = at.plusNanos(nanos);
            assertThat(registry.audit().between(bound, at.plusSeconds(3600), 0, 100)).as("from T+%d ns", nanos).isEmpty();
            assertThat(registry.audit().between(at.minusSeconds(3600), bound, 0, 100)).as("to T+%d ns", nanos).hasSize(2);
        }
        assertThat(registry.audit().between(at, at.plusNanos(1), 0, 100)).hasSize(2);
        assertThat(registry.audit().between(at.minusSeconds(1), at, 0, 100)).isEmpty();
    }

    /** A clock with nanoseconds, as Instant.now() has: 23:59:59.9999996 on 31 December in Zibo stays in 2019. */
    @Test
    void instantFinerThanAMicrosecond_isKeptToTheMicrosecond_theSameOnEveryDatabase() {
        Instant at = Instant.parse("2019-12-31T15:59:59.999999600Z");
        clock.set(at);
        Artisan registered = registry.artisans().register(CLERK, Fixtures.mechanic(1));

        Instant stored = registry.artisans().find(registered.id()).orElseThrow().registeredAt();
        assertThat(stored).isEqualTo(Instant.parse("2019-12-31T15:59:59.999999Z"));
        assertThat(stored.atZone(ZIBO).toLocalDate()).isEqualTo(LocalDate.of(2019, 12, 31));
    }
}
