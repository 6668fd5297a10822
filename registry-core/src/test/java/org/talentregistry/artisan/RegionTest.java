package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class RegionTest {

    @Test
    void of_keepsCodeAndName() {
        Region region = Region.of("370321", "桓台县");

        assertThat(region.code()).isEqualTo("370321");
        assertThat(region.name()).isEqualTo("桓台县");
    }

    @Test
    void of_valuesWithSurroundingWhitespace_areTrimmed() {
        Region region = Region.of(" 370303\t", "\u3000张店区 ");

        assertThat(region.code()).isEqualTo("370303");
        assertThat(region.name()).isEqualTo("张店区");
    }

    @ParameterizedTest
    @ValueSource(strings = {"070303", "37030", "37030A", "3703 3", "３７０３０３", "٣٧٠٣٠٣"})
    void of_malformedCode_isRefused(String code) {
        assertThatThrownBy(() -> Region.of(code, "张店区"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region.code: must be six digits not starting with 0, got '" + code + "'");
    }

    @Test
    void of_codeOfSevenDigits_isRefusedAsTooLong() {
        assertThatThrownBy(() -> Region.of("3703031", "张店区"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region.code: must be at most 6 characters, got 7");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void of_missingCode_isRequired(String code) {
        assertThatThrownBy(() -> Region.of(code, "张店区"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region.code: is required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void of_missingName_isRequired(String name) {
        assertThatThrownBy(() -> Region.of("370303", name))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region.name: is required");
    }

    @Test
    void of_nameOfHundredOneCharacters_isRefused() {
        assertThatThrownBy(() -> Region.of("370303", "区".repeat(101)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("region.name: must be at most 100 characters, got 101");
    }

    @Test
    void equals_comparesCodeAndName() {
        assertThat(Region.of("370303", "张店区"))
                .isEqualTo(Region.of(" 370303 ", "张店区"))
                .hasSameHashCodeAs(Region.of("370303", "张店区"))
                .isNotEqualTo(Region.of("370321", "张店区"))
                .isNotEqualTo(Region.of("370303", "桓台县"));
    }

    @Test
    void toString_isCodeAndName() {
        assertThat(Region.of("370303", "张店区")).hasToString("370303 张店区");
    }
}
