package org.talentregistry.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.exchange.Sheets.artisan;
import static org.talentregistry.exchange.Sheets.csv;
import static org.talentregistry.exchange.Sheets.residentId;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.jdbc.TestDatabase;
import org.talentregistry.selection.SelectionRound;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * An import in a host's transaction that the database rolled back under it (a deadlock on MariaDB or MySQL)
 * stops there: refusing that row and going on would have the host commit the later rows without the earlier.
 */
class LostHostTransactionTest {
    private static final Actor CLERK = Actor.of("hr-zhang", "张科长");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void importNominations_whenTheHostsTransactionIsLost_stops_insteadOfRefusingTheRowAndGoingOn() {
        try (TestDatabase h2 = TestDatabase.open(Database.H2)) {
            importOnALostTransaction(JdbcRegistryStore.create(h2.dataSource()));
        }
    }

    private static void importOnALostTransaction(JdbcRegistryStore jdbc) {
        AtomicBoolean lost = new AtomicBoolean();
        RegistryStore store = new RegistryStore() {
            @Override
            public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
                if (lost.get()) {
                    throw new HostTransactionLostException(new IllegalStateException("a deadlock"));
                }
                return jdbc.inTransaction(tenant, work);
            }

            @Override
            public <T> T readInTransaction(TenantId tenant, StoreWork<T> work) {
                return jdbc.readInTransaction(tenant, work);
            }

            @Override
            public <T> T withSession(TenantId tenant, StoreWork<T> work) {
                return jdbc.withSession(tenant, work);
            }
        };
        TalentRegistry registry = TalentRegistry.builder(store).clock(CLOCK)
                .voteSecret("0123456789abcdef-lost-transaction".getBytes(StandardCharsets.UTF_8)).build();
        Exchange exchange = Exchange.of(registry);
        exchange.importArtisans(CLERK, SheetSource.of(Sheets.bytes(csv(List.of(artisan(0), artisan(1))),
                StandardCharsets.UTF_8)), ImportOptions.defaults());
        HonorProgram program = registry.programs().define(CLERK, ProgramDefinition.zibo());
        SelectionRound round = registry.rounds().open(CLERK, program.id(), 2018);
        String nominations = "身份证号,姓名,推荐方式,推荐单位,是否在职\r\n"
                + residentId(0).value() + ",工匠0,个人自荐,工匠0,是\r\n"
                + residentId(1).value() + ",工匠1,个人自荐,工匠1,是\r\n";

        lost.set(true);

        assertThatThrownBy(() -> exchange.importNominations(CLERK, round.id(),
                SheetSource.of(nominations.getBytes(Charset.forName("GBK"))), ImportOptions.defaults()))
                .isInstanceOf(HostTransactionLostException.class);
    }
}
