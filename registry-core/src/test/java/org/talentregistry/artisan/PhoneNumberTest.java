package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class PhoneNumberTest {

    private static InvalidFieldException refusal(String value) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> PhoneNumber.of(value));
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.getField()).isEqualTo("phone");
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13812345678       | 13812345678",
        "138 1234 5678     | 13812345678",
        "138-1234-5678     | 13812345678",
        "+8613812345678    | 13812345678",
        "+86 138 1234 5678 | 13812345678",
        "8613812345678     | 13812345678",
        "86-138-1234-5678  | 13812345678",
        "19912345678       | 19912345678",
        "16612345678       | 16612345678",
    })
    void of_mobile_isNormalizedToElevenDigits(String input, String expected) {
        PhoneNumber phone = PhoneNumber.of(input);
        assertThat(phone.value()).isEqualTo(expected);
        assertThat(phone.isMobile()).isTrue();
    }

    @Test
    void of_ideographicAndNoBreakSpaces_areIgnored() {
        assertThat(PhoneNumber.of("138\u30001234\u00A05678").value()).isEqualTo("13812345678");
        assertThat(PhoneNumber.of("\u30000533\u30002181234").value()).isEqualTo("0533-2181234");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0533-2181234   | 0533-2181234",
        "05332181234    | 0533-2181234",
        "0533 218 1234  | 0533-2181234",
        "053-32181234   | 0533-2181234",
        "0533-21812345  | 0533-21812345",
        "010-62345678   | 010-62345678",
        "01062345678    | 010-62345678",
        "010-2345678    | 010-2345678",
        "021 6123 4567  | 021-61234567",
        "029-88123456   | 029-88123456",
        "0311-87654321  | 0311-87654321",
        "0991-2345678   | 0991-2345678",
    })
    void of_landline_isNormalizedToAreaCodeHyphenNumber(String input, String expected) {
        PhoneNumber phone = PhoneNumber.of(input);
        assertThat(phone.value()).isEqualTo(expected);
        assertThat(phone.isMobile()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u3000"})
    void of_missing_isRequired(String value) {
        assertThat(refusal(value).getProblem()).isEqualTo("is required");
    }

    @Test
    void of_onlySeparators_isNotANumber() {
        assertThat(refusal(" - ").getProblem()).isEqualTo("is not a mainland mobile or landline number");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12812345678",        // no mobile prefix starts with 12
        "10812345678",
        "1381234567",         // ten digits
        "138123456789",       // twelve digits
        "+85298765432",       // Hong Kong
        "+1 415 555 0100",
        "+86 0533-2181234",   // +86 is for mobiles only
        "2181234",            // landline without area code
        "0533-218123",        // six-digit local number
        "0533-218123456",     // nine-digit local number
        "0533-0181234",       // a local number never starts with 0
        "0533-1181234",       // nor with 1
        "011-62345678",       // 01x is only 010
        "010-12345678",       // a local number starting with 1 is a service number
        "013812345678",       // a trunk 0 before a mobile
        "(0533)2181234",
        "0533/2181234",
        "138.1234.5678",
        "１３８１２３４５６７８", // full-width digits
        "phone: 13812345678",
    })
    void of_notAMainlandNumber_isRefusedWithoutEchoingIt(String value) {
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("is not a mainland mobile or landline number");
        assertThat(e.getMessage())
                .doesNotContain(value)
                .isEqualTo("phone: is not a mainland mobile or landline number");
    }

    @Test
    void masked_mobile_keepsFirstThreeAndLastFour() {
        assertThat(PhoneNumber.of("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void masked_landline_keepsAreaCodeAndLastTwo() {
        assertThat(PhoneNumber.of("0533-2181234").masked()).isEqualTo("0533-*****34");
        assertThat(PhoneNumber.of("0533-21812345").masked()).isEqualTo("0533-******45");
        assertThat(PhoneNumber.of("010-62345678").masked()).isEqualTo("010-******78");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "0533-2181234", "010-62345678"})
    void toString_isMaskedAndDoesNotRevealTheNumber(String value) {
        PhoneNumber phone = PhoneNumber.of(value);
        assertThat(phone.toString())
                .isEqualTo(phone.masked())
                .doesNotContain(value)
                .doesNotContain(value.replace("-", ""))
                .doesNotContain(value.substring(value.indexOf('-') + 1));
    }

    @Test
    void equals_comparesNormalizedNumbers() {
        assertThat(PhoneNumber.of("+86 138 1234 5678"))
                .isEqualTo(PhoneNumber.of("13812345678"))
                .hasSameHashCodeAs(PhoneNumber.of("13812345678"))
                .isNotEqualTo(PhoneNumber.of("13812345679"))
                .isNotEqualTo("13812345678");
        assertThat(PhoneNumber.of("05332181234")).isEqualTo(PhoneNumber.of("0533-2181234"));
    }
}
