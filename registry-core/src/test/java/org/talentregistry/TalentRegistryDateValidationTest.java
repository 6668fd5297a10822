package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * Dates after today are refused before the store is reached. Today is decided by the registry's clock:
 * the store here fails any test that reaches it.
 */
class TalentRegistryDateValidationTest {
    private static final String UNTOUCHED = "store must not be touched";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 20:00 on 10 March in Shanghai; already 11 March in zones ahead of UTC+12, such as Pacific/Chatham.
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
    private static final Actor ACTOR = Actor.of("u-1017", "张科长");

    private static final RegistryStore UNTOUCHABLE = new RegistryStore() {
        @Override
        public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
            throw new AssertionError(UNTOUCHED);
        }

        @Override
        public <T> T withSession(TenantId tenant, StoreWork<T> work) {
            throw new AssertionError(UNTOUCHED);
        }
    };

    private static TalentRegistry registryAt(Instant now, ZoneId zone) {
        return TalentRegistry.builder(UNTOUCHABLE).tenant(TenantId.of("zibo")).clock(Clock.fixed(now, zone)).build();
    }

    private static TalentRegistry registry() {
        return registryAt(NOW, SHANGHAI);
    }

    private static InvalidFieldException refusalToRegister(TalentRegistry registry, ArtisanDetails details) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class,
                () -> registry.artisans().register(ACTOR, details));
        assertThat(e).as("refusal to register").isNotNull();
        return e;
    }

    @Test
    void register_startedInTradeAfterToday_isRefusedBeforeTouchingTheStore() {
        InvalidFieldException e = refusalToRegister(registry(),
                details().startedInTradeOn(TODAY.plusDays(1)).build());

        assertThat(e.getField()).isEqualTo("startedInTradeOn");
        assertThat(e.getProblem()).isEqualTo("must not be after today (2024-03-10)");
    }

    @Test
    void register_certificateIssuedAfterToday_isRefusedBeforeTouchingTheStore() {
        ArtisanDetails details = details()
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2010, 1, 1)).build())
                .addCertificate(certificate(SkillLevel.TECHNICIAN, "S-0002", TODAY.plusDays(1)).build())
                .build();

        InvalidFieldException e = refusalToRegister(registry(), details);

        assertThat(e.getField()).isEqualTo("certificate.issuedOn");
        assertThat(e.getProblem()).contains("S-0002").contains("2024-03-10");
    }

    @Test
    void register_todayIsTakenInTheClockZoneNotTheDefaultZone() {
        // 01:00 on 11 March in Shanghai but still 10 March in UTC: the 11th is today for this registry.
        TalentRegistry registry = registryAt(Instant.parse("2024-03-10T17:00:00Z"), SHANGHAI);
        ArtisanDetails startedOnTheEleventh = details().startedInTradeOn(LocalDate.of(2024, 3, 11)).build();

        assertThatThrownBy(() -> registry.artisans().register(ACTOR, startedOnTheEleventh))
                .isInstanceOf(AssertionError.class)
                .hasMessage(UNTOUCHED);

        TalentRegistry inUtc = registryAt(Instant.parse("2024-03-10T17:00:00Z"), ZoneId.of("UTC"));
        assertThat(refusalToRegister(inUtc, startedOnTheEleventh).getField()).isEqualTo("startedInTradeOn");
    }

    @Test
    void register_datesOnToday_areAcceptedAndReachTheStore() {
        ArtisanDetails details = details()
                .startedInTradeOn(TODAY)
                .addCertificate(certificate(SkillLevel.TECHNICIAN, "S-0001", TODAY).build())
                .build();

        assertThatThrownBy(() -> registry().artisans().register(ACTOR, details))
                .isInstanceOf(AssertionError.class)
                .hasMessage(UNTOUCHED);
    }

    @Test
    void update_startedInTradeAfterToday_isRefusedBeforeTouchingTheStore() {
        Artisan read = Artisan.of(ArtisanId.of(1), 1, details().build(), NOW, NOW);
        Artisan edited = read.edit(b -> b.startedInTradeOn(TODAY.plusDays(1)));

        assertThatThrownBy(() -> registry().artisans().update(ACTOR, edited))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("startedInTradeOn: must not be after today (2024-03-10)");
    }
}
