package org.talentregistry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.audit.AuditEvent;

/** The store contract on Postgres. */
class PostgresStoreTest extends StoreContractTest {
    private static final Actor CLERK = Actor.of("hr-li", "李科员");

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }

    /**
     * Batches of artisans go by COPY, with ids drawn from the identity sequence first, where the connection
     * unwraps to pgJDBC's; through a proxy that hides the driver, by multi-row statements. Both and a single
     * registration take their ids from the one sequence, and a registered number refuses a COPY batch whole.
     */
    @Test
    void registerAll_byCopyAndThroughAProxy_drawFromOneSequence_andARegisteredNumberRefusesTheCopyWhole() {
        TenantId tenant = newTenantId();
        TalentRegistry byCopy = TalentRegistry.builder(store).tenant(tenant).build();
        JdbcRegistryStore hidden = JdbcRegistryStore.builder(ProxiedDataSource.hidingTheDriver(db.dataSource()))
                .migrate(false).build();
        TalentRegistry byStatements = TalentRegistry.builder(hidden).tenant(tenant).build();
        List<ArtisanDetails> copied = List.of(Fixtures.mechanic(61), Fixtures.optometrist(62));
        List<ArtisanDetails> inserted = List.of(Fixtures.mechanic(63), Fixtures.optometrist(64));
        ArtisanDetails single = Fixtures.mechanic(65);

        List<ArtisanId> ids = new ArrayList<>(byCopy.artisans().registerAll(CLERK, copied));
        ids.addAll(byStatements.artisans().registerAll(CLERK, inserted));
        ids.add(byCopy.artisans().register(CLERK, single).id());

        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        List<ArtisanDetails> all = new ArrayList<>(copied);
        all.addAll(inserted);
        all.add(single);
        for (int i = 0; i < all.size(); i++) {
            assertThat(byStatements.artisans().get(ids.get(i)).details()).as("artisan %s", i).isEqualTo(all.get(i));
        }
        assertThatThrownBy(() -> byCopy.artisans().registerAll(CLERK, List.of(Fixtures.optometrist(66),
                Fixtures.mechanic(63))))
                .isInstanceOfSatisfying(DuplicateResidentIdException.class,
                        e -> assertThat(e.getExistingArtisanId()).isEqualTo(ids.get(2)));
        assertThat(byCopy.artisans().count(ArtisanQuery.all())).isEqualTo(5);
        assertThat(byCopy.audit().latest(10)).extracting(AuditEvent::action).containsOnly("artisan.registered")
                .hasSize(5);
        assertThat(byCopy.artisans().registerAll(CLERK, List.of(Fixtures.optometrist(66)))).hasSize(1)
                .doesNotContainAnyElementsOf(ids);
    }
}
