package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.talentregistry.artisan.ArtisanFixtures.certificate;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentregistry.InvalidFieldException;

class SkillCertificateTest {
    private static final LocalDate ISSUED = LocalDate.of(2016, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2020, 2, 29);

    private static SkillCertificate.Builder technician() {
        return certificate(SkillLevel.TECHNICIAN, "S-0001", ISSUED);
    }

    private static InvalidFieldException refusal(SkillCertificate.Builder builder) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, builder::build);
        assertThat(e).as("refusal of the certificate").isNotNull();
        return e;
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of("certificate.level", (UnaryOperator<SkillCertificate.Builder>) b -> b.level(null)),
                Arguments.of("certificate.occupation",
                        (UnaryOperator<SkillCertificate.Builder>) b -> b.occupation(null)),
                Arguments.of("certificate.number", (UnaryOperator<SkillCertificate.Builder>) b -> b.number(null)),
                Arguments.of("certificate.number", (UnaryOperator<SkillCertificate.Builder>) b -> b.number(" ")),
                Arguments.of("certificate.issuer", (UnaryOperator<SkillCertificate.Builder>) b -> b.issuer(null)),
                Arguments.of("certificate.issuedOn",
                        (UnaryOperator<SkillCertificate.Builder>) b -> b.issuedOn(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void build_missingRequiredField_isRefusedNamingTheField(String field,
            UnaryOperator<SkillCertificate.Builder> unset) {
        assertThat(refusal(unset.apply(technician()))).hasMessage(field + ": is required");
    }

    @Test
    void build_validUntilBeforeIssuedOn_isRefused() {
        InvalidFieldException e = refusal(technician().validUntil(ISSUED.minusDays(1)));

        assertThat(e.getField()).isEqualTo("certificate.validUntil");
        assertThat(e.getProblem()).isEqualTo("must not be before issuedOn 2016-03-01, got 2016-02-29");
    }

    @Test
    void build_validUntilOnIssueDay_isAOneDayCertificate() {
        SkillCertificate oneDay = technician().validUntil(ISSUED).build();

        assertThat(oneDay.isValidOn(ISSUED.minusDays(1))).isFalse();
        assertThat(oneDay.isValidOn(ISSUED)).isTrue();
        assertThat(oneDay.isValidOn(ISSUED.plusDays(1))).isFalse();
    }

    @Test
    void build_numberOverSixtyFourCharacters_isRefused() {
        assertThat(refusal(technician().number("1".repeat(65))))
                .hasMessage("certificate.number: must be at most 64 characters, got 65");
    }

    @Test
    void build_textsAreTrimmed() {
        SkillCertificate built = technician().number(" S-0001 ").issuer(" 淄博市人社局 ").build();

        assertThat(built.number()).isEqualTo("S-0001");
        assertThat(built.issuer()).isEqualTo("淄博市人社局");
    }

    @Test
    void isValidOn_issueDay_isValid() {
        assertThat(technician().validUntil(LAST_DAY).build().isValidOn(ISSUED)).isTrue();
    }

    @Test
    void isValidOn_dayBeforeIssue_isInvalid() {
        assertThat(technician().validUntil(LAST_DAY).build().isValidOn(ISSUED.minusDays(1))).isFalse();
    }

    @Test
    void isValidOn_lastDay_isValidInclusive() {
        assertThat(technician().validUntil(LAST_DAY).build().isValidOn(LAST_DAY)).isTrue();
    }

    @Test
    void isValidOn_dayAfterLastDay_isInvalid() {
        assertThat(technician().validUntil(LAST_DAY).build().isValidOn(LAST_DAY.plusDays(1))).isFalse();
    }

    @Test
    void isValidOn_openEnded_staysValidForever() {
        SkillCertificate open = technician().build();

        assertThat(open.validUntil()).isEmpty();
        assertThat(open.isValidOn(ISSUED)).isTrue();
        assertThat(open.isValidOn(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(open.isValidOn(ISSUED.minusDays(1))).isFalse();
    }

    @Test
    void isValidOn_null_isRefused() {
        SkillCertificate built = technician().build();

        assertThatThrownBy(() -> built.isValidOn(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void accessors_returnWhatWasBuilt() {
        SkillCertificate built = technician().validUntil(LAST_DAY).build();

        assertThat(built.level()).isEqualTo(SkillLevel.TECHNICIAN);
        assertThat(built.occupation()).isEqualTo(ArtisanFixtures.occupation());
        assertThat(built.number()).isEqualTo("S-0001");
        assertThat(built.issuer()).isEqualTo("淄博市人力资源和社会保障局");
        assertThat(built.issuedOn()).isEqualTo(ISSUED);
        assertThat(built.validUntil()).contains(LAST_DAY);
    }

    @Test
    void equals_sameFields_areEqual() {
        SkillCertificate one = technician().validUntil(LAST_DAY).build();
        SkillCertificate other = technician().validUntil(LAST_DAY).build();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(technician().build());
    }

    @Test
    void toString_showsLevelNumberAndPeriod() {
        assertThat(technician().build()).hasToString("技师 汽车维修工 No.S-0001 (2016-03-01 to open)");
        assertThat(technician().validUntil(LAST_DAY).build())
                .hasToString("技师 汽车维修工 No.S-0001 (2016-03-01 to 2020-02-29)");
    }
}
