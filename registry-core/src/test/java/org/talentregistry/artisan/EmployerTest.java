package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentregistry.artisan.ArtisanFixtures.CREDIT_CODE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class EmployerTest {
    private static final String NAME = "淄博市张店区汽车维修有限公司";
    private static final CreditCode CODE = CreditCode.of(CREDIT_CODE);

    @Test
    void of_keepsNameAndCode() {
        Employer employer = Employer.of(NAME, CODE);

        assertThat(employer.name()).isEqualTo(NAME);
        assertThat(employer.creditCode()).isEqualTo(CODE);
    }

    @Test
    void of_nameWithSurroundingWhitespace_isTrimmed() {
        assertThat(Employer.of("\u3000" + NAME + "  ", CODE).name()).isEqualTo(NAME);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void of_missingName_isRequired(String name) {
        assertThatThrownBy(() -> Employer.of(name, CODE))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("employer.name: is required");
    }

    @Test
    void of_missingCreditCode_isRequired() {
        assertThatThrownBy(() -> Employer.of(NAME, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("employer.creditCode: is required")
                .extracting(e -> ((InvalidFieldException) e).getField())
                .isEqualTo("employer.creditCode");
    }

    @Test
    void of_nameOfTwoHundredOneCharacters_isRefused() {
        assertThatThrownBy(() -> Employer.of("厂".repeat(201), CODE))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("employer.name: must be at most 200 characters, got 201");
    }

    @Test
    void of_nameOfTwoHundredCharacters_isAccepted() {
        assertThat(Employer.of("厂".repeat(200), CODE).name()).hasSize(200);
    }

    @Test
    void equals_sameNameAndCode_areEqual() {
        assertThat(Employer.of(NAME, CODE))
                .isEqualTo(Employer.of(NAME, CreditCode.of(CREDIT_CODE)))
                .hasSameHashCodeAs(Employer.of(NAME, CreditCode.of(CREDIT_CODE)))
                .isNotEqualTo(Employer.of("淄博市桓台县机械厂", CODE));
    }

    @Test
    void of_creditCodeAcceptedByOverride_keepsTheOverride() {
        Employer employer = Employer.of(NAME, CreditCode.withChecksumOverride("91350100M000100Y40", "early pilot code"));

        assertThat(employer.creditCode().isChecksumOverridden()).isTrue();
        assertThat(employer.creditCode().overrideReason()).contains("early pilot code");
    }

    @Test
    void toString_showsNameAndCode() {
        assertThat(Employer.of(NAME, CODE)).hasToString(NAME + " (" + CREDIT_CODE + ")");
    }
}
