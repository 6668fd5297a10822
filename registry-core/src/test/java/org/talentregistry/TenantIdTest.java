package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"zibo", "default", "0", "weifang-2024", "city_3"})
    void of_lowerCaseLettersDigitsUnderscoreDash_areAccepted(String value) {
        assertThat(TenantId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zibo", "ZIBO", "zİbo", "zıbo", "淄博", "-zibo", "_zibo", "zi bo", " zibo", "zibo.cn", ""})
    void of_otherText_isRefusedNamingTheValue(String value) {
        assertThatThrownBy(() -> TenantId.of(value))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("tenant: must be 1-64 lower-case letters, digits, '_' or '-', got '" + value + "'");
    }

    @Test
    void of_null_isRefused() {
        assertThatThrownBy(() -> TenantId.of(null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("tenant: must be 1-64 lower-case letters, digits, '_' or '-', got null");
    }

    @Test
    void of_sixtyFourCharacters_isAccepted() {
        assertThat(TenantId.of("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void of_sixtyFiveCharacters_isRefused() {
        assertThatThrownBy(() -> TenantId.of("a".repeat(65)))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).getField())
                .isEqualTo("tenant");
    }

    @Test
    void equals_sameValue_areEqual() {
        assertThat(TenantId.of("zibo"))
                .isEqualTo(TenantId.of("zibo"))
                .hasSameHashCodeAs(TenantId.of("zibo"))
                .isNotEqualTo(TenantId.of("weifang"));
    }

    @Test
    void toString_isTheValue() {
        assertThat(TenantId.of("zibo")).hasToString("zibo");
    }
}
