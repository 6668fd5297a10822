package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class ArtisanIdTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void of_notPositive_isRefused(long value) {
        assertThatThrownBy(() -> ArtisanId.of(value))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("artisanId: must be positive, got " + value);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, Long.MAX_VALUE})
    void of_positive_keepsTheValue(long value) {
        assertThat(ArtisanId.of(value).value()).isEqualTo(value);
    }

    @Test
    void parse_decimalText_givesTheId() {
        assertThat(ArtisanId.parse("42")).isEqualTo(ArtisanId.of(42));
    }

    @Test
    void parse_surroundingWhitespace_isIgnored() {
        assertThat(ArtisanId.parse(" 42\t")).isEqualTo(ArtisanId.of(42));
    }

    @Test
    void parse_toString_roundTrips() {
        ArtisanId id = ArtisanId.of(9_007_199_254_740_993L);

        assertThat(ArtisanId.parse(id.toString())).isEqualTo(id);
        assertThat(id).hasToString("9007199254740993");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void parse_notPositive_isRefused(String text) {
        assertThatThrownBy(() -> ArtisanId.parse(text))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("artisanId: must be positive, got " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4 2", "42L", "1.5", "99999999999999999999"})
    void parse_notANumber_isRefused(String text) {
        assertThatThrownBy(() -> ArtisanId.parse(text))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("artisanId: must be a positive decimal number, got '" + text + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parse_missing_isRefused(String text) {
        assertThatThrownBy(() -> ArtisanId.parse(text))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).getField())
                .isEqualTo("artisanId");
    }

    @Test
    void compareTo_ordersByValue() {
        List<ArtisanId> ids = new ArrayList<>(List.of(ArtisanId.of(10), ArtisanId.of(2), ArtisanId.of(Long.MAX_VALUE),
                ArtisanId.of(1)));

        ids.sort(null);

        assertThat(ids).containsExactly(ArtisanId.of(1), ArtisanId.of(2), ArtisanId.of(10),
                ArtisanId.of(Long.MAX_VALUE));
        assertThat(ArtisanId.of(5).compareTo(ArtisanId.of(5))).isZero();
    }

    @Test
    void equals_sameValue_areEqual() {
        assertThat(ArtisanId.of(42))
                .isEqualTo(ArtisanId.of(42))
                .hasSameHashCodeAs(ArtisanId.of(42))
                .isNotEqualTo(ArtisanId.of(43));
    }
}
