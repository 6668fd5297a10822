package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class OccupationTest {

    @Test
    void of_keepsCodeAndName() {
        Occupation occupation = Occupation.of("4-12-01-01", "汽车维修工");

        assertThat(occupation.code()).isEqualTo("4-12-01-01");
        assertThat(occupation.name()).isEqualTo("汽车维修工");
    }

    @Test
    void of_valuesWithSurroundingWhitespace_areTrimmed() {
        Occupation occupation = Occupation.of("  4-12-01-01\t", " 汽车维修工 ");

        assertThat(occupation.code()).isEqualTo("4-12-01-01");
        assertThat(occupation.name()).isEqualTo("汽车维修工");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6-28-02-01", "X", "GBM.4-12", "1"})
    void of_digitsCapitalsDashesAndDots_areAccepted(String code) {
        assertThat(Occupation.of(code, "工种").code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4-12", ".4", "x-12", "4 12", "4_12", "４-12", "İ-1"})
    void of_malformedCode_isRefused(String code) {
        assertThatThrownBy(() -> Occupation.of(code, "工种"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("occupation.code: must be digits, upper-case letters, '-' or '.', got '" + code + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void of_missingCode_isRequired(String code) {
        assertThatThrownBy(() -> Occupation.of(code, "工种"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("occupation.code: is required");
    }

    @Test
    void of_codeOfThirtyThreeCharacters_isRefused() {
        assertThatThrownBy(() -> Occupation.of("1".repeat(33), "工种"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("occupation.code: must be at most 32 characters, got 33");
    }

    @Test
    void of_codeOfThirtyTwoCharacters_isAccepted() {
        assertThat(Occupation.of("1".repeat(32), "工种").code()).hasSize(32);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void of_missingName_isRequired(String name) {
        assertThatThrownBy(() -> Occupation.of("4-12-01-01", name))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("occupation.name: is required");
    }

    @Test
    void of_nameOfHundredOneCharacters_isRefused() {
        assertThatThrownBy(() -> Occupation.of("4-12-01-01", "工".repeat(101)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("occupation.name: must be at most 100 characters, got 101");
    }

    @Test
    void equals_comparesCodeAndName() {
        assertThat(Occupation.of("4-12-01-01", "汽车维修工"))
                .isEqualTo(Occupation.of(" 4-12-01-01 ", "汽车维修工"))
                .hasSameHashCodeAs(Occupation.of("4-12-01-01", "汽车维修工"))
                .isNotEqualTo(Occupation.of("4-12-01-02", "汽车维修工"))
                .isNotEqualTo(Occupation.of("4-12-01-01", "汽车修理工"));
    }

    @Test
    void toString_isCodeAndName() {
        assertThat(Occupation.of("4-12-01-01", "汽车维修工")).hasToString("4-12-01-01 汽车维修工");
    }
}
