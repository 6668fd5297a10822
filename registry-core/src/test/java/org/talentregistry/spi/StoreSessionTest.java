package org.talentregistry.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanFixtures;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.pool.ListedArtisan;
import org.talentregistry.pool.TalentPool.Listing;
import org.talentregistry.privacy.ConsentPurpose;

/** The defaults a store inherits from {@link StoreSession}. */
class StoreSessionTest {
    private static final Instant REGISTERED = Instant.parse("2019-03-01T02:00:00Z");

    /**
     * A store that reads its lists without the consent: the default asks its consent store about each artisan,
     * with the purpose and day the caller gave, and keeps the rest of what the store read.
     */
    @Test
    void forEachListed_withAConsentPurpose_byDefault_asksTheConsentStoreAboutEachArtisanOnTheDayGiven() {
        List<ListedArtisan> read = List.of(listed(1), listed(2), listed(3));
        List<String> asked = new ArrayList<>();
        ConsentStore consents = (ConsentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConsentStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("holding")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    Collection<ArtisanId> ids = (Collection<ArtisanId>) args[2];
                    asked.add(args[0] + " " + args[1] + " " + ids);
                    return ids.contains(ArtisanId.of(2)) ? Set.of(ArtisanId.of(2)) : Set.of();
                });
        InvocationHandler session = (proxy, method, args) -> switch (method.getName()) {
            case "consents" -> consents;
            case "forEachListed" -> {
                if (args.length != 4) {
                    yield InvocationHandler.invokeDefault(proxy, method, args);
                }
                @SuppressWarnings("unchecked")
                Consumer<? super ListedArtisan> action = (Consumer<? super ListedArtisan>) args[3];
                read.forEach(action);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method.getName());
        };
        StoreSession store = (StoreSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StoreSession.class}, session);

        List<ListedArtisan> listed = new ArrayList<>();
        store.forEachListed(ArtisanQuery.all(), LocalDate.of(2019, 12, 31), Listing.EVERY_ARTISAN,
                ConsentPurpose.SHARING_WITH_BUREAU, LocalDate.of(2020, 1, 10), listed::add);

        assertThat(listed).extracting(l -> l.artisan().id().value(), ListedArtisan::consentHolds)
                .containsExactly(tuple(1L, false), tuple(2L, true), tuple(3L, false));
        assertThat(listed).extracting(l -> l.withConsentHolds(false)).isEqualTo(read);
        assertThat(asked).containsExactly("SHARING_WITH_BUREAU 2020-01-10 [1]",
                "SHARING_WITH_BUREAU 2020-01-10 [2]", "SHARING_WITH_BUREAU 2020-01-10 [3]");
    }

    private static ListedArtisan listed(long id) {
        Artisan artisan = Artisan.of(ArtisanId.of(id), 1, ArtisanFixtures.details().build(), REGISTERED, REGISTERED);
        return new ListedArtisan(artisan, List.of(), Map.of());
    }
}
