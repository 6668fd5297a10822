package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.BORN;
import static org.talentregistry.artisan.ArtisanFixtures.PHONE;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;
import static org.talentregistry.artisan.ArtisanFixtures.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class ArtisanDetailsTest {

    private static InvalidFieldException refusal(ArtisanDetails.Builder builder) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, builder::build);
        assertThat(e).as("refusal of the details").isNotNull();
        return e;
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of("name", (UnaryOperator<ArtisanDetails.Builder>) b -> b.name(null)),
                Arguments.of("residentId", (UnaryOperator<ArtisanDetails.Builder>) b -> b.residentId(null)),
                Arguments.of("employer", (UnaryOperator<ArtisanDetails.Builder>) b -> b.employer(null)),
                Arguments.of("occupation", (UnaryOperator<ArtisanDetails.Builder>) b -> b.occupation(null)),
                Arguments.of("region", (UnaryOperator<ArtisanDetails.Builder>) b -> b.region(null)),
                Arguments.of("startedInTradeOn",
                        (UnaryOperator<ArtisanDetails.Builder>) b -> b.startedInTradeOn(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void build_missingRequiredField_isRefusedNamingTheField(String field, UnaryOperator<ArtisanDetails.Builder> unset) {
        InvalidFieldException e = refusal(unset.apply(details()));

        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.getProblem()).isEqualTo("is required");
        assertThat(e).hasMessage(field + ": is required");
    }

    @Test
    void build_emptyBuilder_namesTheNameFirst() {
        assertThat(refusal(ArtisanDetails.builder())).hasMessage("name: is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void build_blankName_isRequired(String name) {
        assertThat(refusal(details().name(name))).hasMessage("name: is required");
    }

    @Test
    void build_nameOfHundredOneCharacters_isRefused() {
        InvalidFieldException e = refusal(details().name("王".repeat(101)));

        assertThat(e).hasMessage("name: must be at most 100 characters, got 101");
    }

    @Test
    void build_nameOfHundredCharacters_isAccepted() {
        assertThat(details().name("王".repeat(100)).build().name()).hasSize(100);
    }

    @Test
    void build_nameLengthCountsUtf16Units_asH2sColumnsDo() {
        // H2 measures VARCHAR(100) in UTF-16 units: the same count everywhere keeps one verdict per value.
        String fiftySupplementary = "𠀀".repeat(50);

        assertThat(details().name(fiftySupplementary).build().name()).isEqualTo(fiftySupplementary);
        assertThatThrownBy(() -> details().name(fiftySupplementary + "王").build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("name: must be at most 100 characters, got 101");
    }

    @Test
    void build_nameWithSurroundingWhitespace_isTrimmed() {
        assertThat(details().name("  王建国\t").build().name()).isEqualTo("王建国");
    }

    @Test
    void build_startedInTradeBeforeBirth_isRefused() {
        InvalidFieldException e = refusal(details().startedInTradeOn(BORN.minusDays(1)));

        assertThat(e.getField()).isEqualTo("startedInTradeOn");
        assertThat(e.getProblem()).isEqualTo("must not be before the birth date");
        assertThat(e.getMessage()).doesNotContain(BORN.toString());
    }

    @Test
    void build_startedInTradeOnBirthDate_isAccepted() {
        assertThat(details().startedInTradeOn(BORN).build().startedInTradeOn()).isEqualTo(BORN);
    }

    @Test
    void build_duplicateCertificateNumber_isRefused() {
        ArtisanDetails.Builder builder = details()
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2005, 1, 1)).build())
                .addCertificate(certificate(SkillLevel.TECHNICIAN, "S-0001", LocalDate.of(2010, 1, 1)).build());

        InvalidFieldException e = refusal(builder);

        assertThat(e.getField()).isEqualTo("certificates");
        assertThat(e.getProblem()).contains("S-0001").contains("twice");
    }

    @Test
    void build_certificateIssuedBeforeBirth_isRefused() {
        ArtisanDetails.Builder builder = details()
                .addCertificate(certificate(SkillLevel.JUNIOR_WORKER, "S-0001", BORN.minusDays(1)).build());

        InvalidFieldException e = refusal(builder);

        assertThat(e.getField()).isEqualTo("certificates");
        assertThat(e.getProblem()).contains("S-0001").contains("before the birth date");
        assertThat(e.getMessage()).doesNotContain(BORN.toString());
    }

    @Test
    void build_certificateIssuedOnBirthDate_isAccepted() {
        SkillCertificate onBirthDay = certificate(SkillLevel.APPRENTICE, "S-0001", BORN).build();

        assertThat(details().addCertificate(onBirthDay).build().certificates()).containsExactly(onBirthDay);
    }

    @Test
    void addCertificate_null_isRefused() {
        assertThatThrownBy(() -> details().addCertificate(null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("certificates: is required");
    }

    @Test
    void certificates_nullList_isRefused() {
        assertThatThrownBy(() -> details().certificates(null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("certificates: is required");
    }

    @Test
    void certificates_replacesThoseAddedBefore() {
        SkillCertificate first = certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2005, 1, 1)).build();
        SkillCertificate second = certificate(SkillLevel.TECHNICIAN, "S-0002", LocalDate.of(2010, 1, 1)).build();

        ArtisanDetails built = details().addCertificate(first).certificates(List.of(second)).build();

        assertThat(built.certificates()).containsExactly(second);
    }

    @Test
    void certificates_keepTheOrderGiven() {
        SkillCertificate later = certificate(SkillLevel.TECHNICIAN, "S-0002", LocalDate.of(2010, 1, 1)).build();
        SkillCertificate earlier = certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2005, 1, 1)).build();

        assertThat(details().addCertificate(later).addCertificate(earlier).build().certificates())
                .containsExactly(later, earlier);
    }

    @Test
    void certificates_areUnmodifiable() {
        SkillCertificate certificate = certificate(SkillLevel.TECHNICIAN, "S-0001", LocalDate.of(2010, 1, 1)).build();
        ArtisanDetails built = details().addCertificate(certificate).build();

        assertThatThrownBy(() -> built.certificates().add(certificate))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> built.certificates().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void certificates_areCopiedOnTheWayIn() {
        SkillCertificate first = certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2005, 1, 1)).build();
        SkillCertificate second = certificate(SkillLevel.TECHNICIAN, "S-0002", LocalDate.of(2010, 1, 1)).build();
        List<SkillCertificate> given = new ArrayList<>(List.of(first));
        ArtisanDetails.Builder builder = details().certificates(given);
        ArtisanDetails built = builder.build();

        given.add(second);
        builder.addCertificate(second);

        assertThat(built.certificates()).containsExactly(first);
    }

    @Test
    void phone_isOptional() {
        ArtisanDetails withoutPhone = details().phone(null).build();

        assertThat(withoutPhone.phone()).isEmpty();
    }

    @Test
    void accessors_returnWhatWasBuilt() {
        ArtisanDetails built = details().build();

        assertThat(built.name()).isEqualTo("王建国");
        assertThat(built.residentId()).contains(ArtisanFixtures.residentId());
        assertThat(built.birthDate()).isEqualTo(ArtisanFixtures.residentId().birthDate());
        assertThat(built.phone()).contains(PhoneNumber.of(PHONE));
        assertThat(built.employer()).isEqualTo(ArtisanFixtures.employer());
        assertThat(built.occupation()).isEqualTo(ArtisanFixtures.occupation());
        assertThat(built.region()).isEqualTo(ArtisanFixtures.region());
        assertThat(built.startedInTradeOn()).isEqualTo(LocalDate.of(1998, 9, 1));
        assertThat(built.certificates()).isEmpty();
    }

    @Test
    void toString_masksResidentIdAndPhone() {
        ArtisanDetails built = details().build();

        String text = built.toString();

        assertThat(text)
                .doesNotContain(built.residentId().orElseThrow().value())
                .doesNotContain(BORN.toString().replace("-", ""))
                .doesNotContain(PHONE)
                .contains(built.residentId().orElseThrow().masked())
                .contains(PhoneNumber.of(PHONE).masked())
                .contains("王建国");
    }

    @Test
    void residentIdErased_keepsTheBirthDate_readsAsErased_andDiffersFromTheDetailsWithTheNumber() {
        ArtisanDetails withNumber = details().build();
        ArtisanDetails erased = withNumber.toBuilder().residentIdErased(withNumber.birthDate()).build();

        assertThat(erased.residentId()).isEmpty();
        assertThat(erased.birthDate()).isEqualTo(BORN);
        assertThat(erased).isNotEqualTo(withNumber);
        assertThat(erased.toBuilder().build()).isEqualTo(erased).hasSameHashCodeAs(erased);
        assertThat(erased.toString()).contains("residentId=erased")
                .doesNotContain(withNumber.residentId().orElseThrow().masked());
        assertThat(erased.toBuilder().residentId(ArtisanFixtures.residentId()).build()).isEqualTo(withNumber);
    }

    @Test
    void residentIdErased_stillHoldsTheTradeAndCertificatesToTheBirthDate() {
        assertThatThrownBy(() -> details().residentIdErased(BORN).startedInTradeOn(BORN.minusDays(1)).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("startedInTradeOn"));
        assertThatThrownBy(() -> details().residentIdErased(null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> details().residentIdErased(BORN).residentId(null).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getField()).isEqualTo("residentId"));
    }

    @Test
    void toBuilder_buildsEqualDetails() {
        ArtisanDetails original = details()
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, "S-0001", LocalDate.of(2005, 1, 1))
                        .validUntil(LocalDate.of(2015, 12, 31)).build())
                .addCertificate(certificate(SkillLevel.TECHNICIAN, "S-0002", LocalDate.of(2010, 1, 1)).build())
                .build();

        ArtisanDetails copy = original.toBuilder().build();

        assertThat(copy).isEqualTo(original).isNotSameAs(original);
        assertThat(copy.hashCode()).isEqualTo(original.hashCode());
    }

    @Test
    void toBuilder_changeLeavesTheOriginalAlone() {
        ArtisanDetails original = details().build();

        ArtisanDetails changed = original.toBuilder().name("李秀英").phone(null).build();

        assertThat(changed).isNotEqualTo(original);
        assertThat(original.name()).isEqualTo("王建国");
        assertThat(original.phone()).isPresent();
    }

    @Test
    void equals_differsByPhone() {
        assertThat(details().build()).isNotEqualTo(details().phone(null).build());
    }
}
