package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.artisan.ArtisanFixtures.PHONE;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;

class ArtisanTest {
    private static final ArtisanId ID = ArtisanId.of(42);
    private static final Instant REGISTERED = Instant.parse("2024-01-02T03:04:05Z");
    private static final Instant UPDATED = Instant.parse("2024-02-03T04:05:06Z");

    private static final SkillCertificate JUNIOR_OPEN =
            certificate(SkillLevel.JUNIOR_WORKER, "S-0001", LocalDate.of(2000, 7, 1)).build();
    private static final SkillCertificate SENIOR_WORKER_TO_2014 =
            certificate(SkillLevel.SENIOR_WORKER, "S-0002", LocalDate.of(2008, 7, 1))
                    .validUntil(LocalDate.of(2014, 12, 31)).build();
    private static final SkillCertificate TECHNICIAN_FROM_2012 =
            certificate(SkillLevel.TECHNICIAN, "S-0003", LocalDate.of(2012, 7, 1)).build();
    private static final SkillCertificate SENIOR_TECHNICIAN_2020_TO_2022 =
            certificate(SkillLevel.SENIOR_TECHNICIAN, "S-0004", LocalDate.of(2020, 1, 1))
                    .validUntil(LocalDate.of(2022, 12, 31)).build();

    private static Artisan artisan(ArtisanDetails details) {
        return Artisan.of(ID, 3, details, REGISTERED, UPDATED);
    }

    private static Artisan withCertificates(SkillCertificate... certificates) {
        ArtisanDetails.Builder b = details();
        for (SkillCertificate c : certificates) {
            b.addCertificate(c);
        }
        return artisan(b.build());
    }

    @Test
    void levelAsOf_severalValidCertificates_picksTheHighest() {
        Artisan artisan = withCertificates(JUNIOR_OPEN, SENIOR_WORKER_TO_2014, TECHNICIAN_FROM_2012,
                SENIOR_TECHNICIAN_2020_TO_2022);

        assertThat(artisan.levelAsOf(LocalDate.of(2010, 1, 1))).contains(SkillLevel.SENIOR_WORKER);
        assertThat(artisan.levelAsOf(LocalDate.of(2013, 1, 1))).contains(SkillLevel.TECHNICIAN);
        assertThat(artisan.levelAsOf(LocalDate.of(2021, 6, 1))).contains(SkillLevel.SENIOR_TECHNICIAN);
    }

    @Test
    void levelAsOf_doesNotDependOnTheOrderOfCertificates() {
        Artisan artisan = withCertificates(SENIOR_TECHNICIAN_2020_TO_2022, TECHNICIAN_FROM_2012, JUNIOR_OPEN);

        assertThat(artisan.levelAsOf(LocalDate.of(2021, 6, 1))).contains(SkillLevel.SENIOR_TECHNICIAN);
    }

    @Test
    void levelAsOf_expiredCertificate_stopsCountingTheDayAfterValidUntil() {
        Artisan artisan = withCertificates(JUNIOR_OPEN, SENIOR_WORKER_TO_2014);

        assertThat(artisan.levelAsOf(LocalDate.of(2014, 12, 31))).contains(SkillLevel.SENIOR_WORKER);
        assertThat(artisan.levelAsOf(LocalDate.of(2015, 1, 1))).contains(SkillLevel.JUNIOR_WORKER);
    }

    @Test
    void levelAsOf_higherLevelExpired_fallsBackToTheLowerStillValid() {
        Artisan artisan = withCertificates(TECHNICIAN_FROM_2012, SENIOR_TECHNICIAN_2020_TO_2022);

        assertThat(artisan.levelAsOf(LocalDate.of(2023, 1, 1))).contains(SkillLevel.TECHNICIAN);
    }

    @Test
    void levelAsOf_noCertificateValidYet_isEmpty() {
        Artisan artisan = withCertificates(TECHNICIAN_FROM_2012);

        assertThat(artisan.levelAsOf(LocalDate.of(2012, 6, 30))).isEmpty();
    }

    @Test
    void levelAsOf_onlyExpiredCertificates_isEmpty() {
        Artisan artisan = withCertificates(SENIOR_WORKER_TO_2014);

        assertThat(artisan.levelAsOf(LocalDate.of(2015, 1, 1))).isEmpty();
    }

    @Test
    void levelAsOf_noCertificates_isEmpty() {
        assertThat(withCertificates().levelAsOf(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void certificatesValidOn_keepsOnlyTheValidInTheGivenOrder() {
        Artisan artisan = withCertificates(TECHNICIAN_FROM_2012, SENIOR_WORKER_TO_2014, JUNIOR_OPEN);

        assertThat(artisan.certificatesValidOn(LocalDate.of(2013, 1, 1)))
                .containsExactly(TECHNICIAN_FROM_2012, SENIOR_WORKER_TO_2014, JUNIOR_OPEN);
        assertThat(artisan.certificatesValidOn(LocalDate.of(2015, 1, 1)))
                .containsExactly(TECHNICIAN_FROM_2012, JUNIOR_OPEN);
    }

    @Test
    void certificatesValidOn_isUnmodifiable() {
        Artisan artisan = withCertificates(JUNIOR_OPEN);

        assertThatThrownBy(() -> artisan.certificatesValidOn(LocalDate.of(2015, 1, 1)).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void certificatesValidOn_nullDate_isRefused() {
        Artisan artisan = withCertificates(JUNIOR_OPEN);

        assertThatThrownBy(() -> artisan.certificatesValidOn(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void yearsInTradeAsOf_countsFullYears() {
        Artisan artisan = artisan(details().startedInTradeOn(LocalDate.of(2000, 3, 15)).build());

        assertThat(artisan.yearsInTradeAsOf(LocalDate.of(2010, 3, 14))).isEqualTo(9);
        assertThat(artisan.yearsInTradeAsOf(LocalDate.of(2010, 3, 15))).isEqualTo(10);
    }

    @Test
    void yearsInTradeAsOf_startDay_isZero() {
        LocalDate start = LocalDate.of(2000, 3, 15);
        Artisan artisan = artisan(details().startedInTradeOn(start).build());

        assertThat(artisan.yearsInTradeAsOf(start)).isZero();
    }

    @Test
    void yearsInTradeAsOf_beforeStart_isZero() {
        Artisan artisan = artisan(details().startedInTradeOn(LocalDate.of(2000, 3, 15)).build());

        assertThat(artisan.yearsInTradeAsOf(LocalDate.of(1990, 1, 1))).isZero();
    }

    @Test
    void yearsInTradeAsOf_startedOnLeapDay_completesTheYearOnMarchFirst() {
        Artisan artisan = artisan(details().startedInTradeOn(LocalDate.of(2004, 2, 29)).build());

        assertThat(artisan.yearsInTradeAsOf(LocalDate.of(2005, 2, 28))).isZero();
        assertThat(artisan.yearsInTradeAsOf(LocalDate.of(2005, 3, 1))).isEqualTo(1);
    }

    @Test
    void edit_keepsIdVersionAndInstants() {
        Artisan original = artisan(details().build());

        Artisan edited = original.edit(b -> b.phone(PhoneNumber.of("13905337777")).name("王建华"));

        assertThat(edited.id()).isEqualTo(ID);
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.registeredAt()).isEqualTo(REGISTERED);
        assertThat(edited.updatedAt()).isEqualTo(UPDATED);
        assertThat(edited.name()).isEqualTo("王建华");
        assertThat(edited.details().phone()).contains(PhoneNumber.of("13905337777"));
    }

    @Test
    void edit_leavesTheOriginalSnapshotAlone() {
        Artisan original = artisan(details().build());

        original.edit(b -> b.name("王建华"));

        assertThat(original.name()).isEqualTo("王建国");
    }

    @Test
    void edit_breakingARule_isRefused() {
        Artisan original = artisan(details().build());

        assertThatThrownBy(() -> original.edit(b -> b.region(null)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region: is required");
    }

    @Test
    void withDetails_keepsIdAndVersion() {
        Artisan original = artisan(details().build());
        ArtisanDetails other = details().name("李秀英").build();

        Artisan changed = original.withDetails(other);

        assertThat(changed.id()).isEqualTo(ID);
        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.details()).isEqualTo(other);
    }

    @Test
    void withDetails_null_isRefused() {
        Artisan original = artisan(details().build());

        assertThatThrownBy(() -> original.withDetails(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shortcuts_readTheDetails() {
        Artisan artisan = artisan(details().build());

        assertThat(artisan.name()).isEqualTo("王建国");
        assertThat(artisan.residentId()).contains(ArtisanFixtures.residentId());
        assertThat(artisan.birthDate()).isEqualTo(ArtisanFixtures.residentId().birthDate());
    }

    @Test
    void ageOn_countsFromTheBirthDate_withTheNumberOrAfterItWasErased() {
        Artisan artisan = artisan(details().build());
        Artisan erased = artisan(details().residentIdErased(ArtisanFixtures.BORN).build());
        LocalDate dayBefore = ArtisanFixtures.BORN.plusYears(45).minusDays(1);

        assertThat(artisan.ageOn(dayBefore)).isEqualTo(44).isEqualTo(ArtisanFixtures.residentId().ageOn(dayBefore));
        assertThat(erased.ageOn(dayBefore.plusDays(1))).isEqualTo(45);
        assertThat(erased.residentId()).isEmpty();
        assertThatThrownBy(() -> erased.ageOn(ArtisanFixtures.BORN.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equals_differsByVersion() {
        ArtisanDetails details = details().build();

        assertThat(Artisan.of(ID, 3, details, REGISTERED, UPDATED))
                .isEqualTo(Artisan.of(ID, 3, details, REGISTERED, UPDATED))
                .hasSameHashCodeAs(Artisan.of(ID, 3, details, REGISTERED, UPDATED))
                .isNotEqualTo(Artisan.of(ID, 4, details, REGISTERED, UPDATED));
    }

    @Test
    void toString_masksResidentIdAndPhone() {
        Artisan artisan = artisan(details().build());

        assertThat(artisan.toString())
                .startsWith("Artisan{id=42, version=3, ")
                .doesNotContain(artisan.residentId().orElseThrow().value())
                .doesNotContain(PHONE)
                .contains(artisan.residentId().orElseThrow().masked());
    }
}
