package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;

class CreditCodeTest {
    // Published example.
    private static final String FUZHOU = "91350100M000100Y43";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Realistic Zibo codes: 9 = market regulator, 1 = enterprise, 370300 Zibo, 370303 Zhangdian.
    private static final String ZIBO_ENTERPRISE = withCheck("91370300MA3C4N7K2");
    private static final String ZHANGDIAN_ENTERPRISE = withCheck("91370303164101847");

    private Locale defaultLocale;

    /**
     * Computes the check character independently of the production code: GB 32100 weights position i
     * (0-based) with 3^i mod 31.
     */
    private static String withCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String withWrongCheck(String first17) {
        char valid = withCheck(first17).charAt(17);
        return first17 + (valid == '0' ? '1' : '0');
    }

    private static InvalidFieldException refusal(String field, ThrowingCallable call) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.getField()).isEqualTo(field);
        return e;
    }

    @BeforeEach
    void useTurkishLocale() {
        // The build runs tests under Turkish already; this keeps the case-folding tests honest in an IDE too.
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void of_publishedExample_isAccepted() {
        CreditCode code = CreditCode.of(FUZHOU);
        assertThat(code.value()).isEqualTo(FUZHOU);
        assertThat(code.isChecksumOverridden()).isFalse();
        assertThat(code.overrideReason()).isEmpty();
    }

    @Test
    void of_ziboCodes_areAccepted() {
        assertThat(CreditCode.of(ZIBO_ENTERPRISE).value()).isEqualTo(ZIBO_ENTERPRISE);
        assertThat(CreditCode.of(ZHANGDIAN_ENTERPRISE).value()).isEqualTo(ZHANGDIAN_ENTERPRISE);
    }

    @Test
    void of_lowerCase_isUpperCasedWhateverTheLocale() {
        assertThat(CreditCode.of("91350100m000100y43").value()).isEqualTo(FUZHOU);
    }

    @Test
    void of_surroundingWhitespace_isRemoved() {
        assertThat(CreditCode.of(" " + FUZHOU + "\n").value()).isEqualTo(FUZHOU);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void of_missing_isRequired(String value) {
        assertThat(refusal("creditCode", () -> CreditCode.of(value)).getProblem()).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9135010", "91350100-M000100Y43"})
    void of_wrongLength_namesTheLength(String value) {
        assertThat(refusal("creditCode", () -> CreditCode.of(value)).getProblem())
                .isEqualTo("must be 18 characters, got " + value.length());
    }

    @Test
    void of_neverUsedLetter_namesItAndItsPosition() {
        assertThat(refusal("creditCode", () -> CreditCode.of("9135I100M000100Y43")).getProblem())
                .isEqualTo("character 'I' at position 5 is not allowed (I, O, S, V, Z are never used)");
    }

    @ParameterizedTest
    @ValueSource(chars = {'O', 'S', 'V', 'Z', 'o', 's', 'v', 'z'})
    void of_everyNeverUsedLetter_isRefused(char letter) {
        String value = "91350100M000100Y4" + letter;
        assertThat(refusal("creditCode", () -> CreditCode.of(value)).getProblem())
                .isEqualTo("character '" + Character.toUpperCase(letter)
                        + "' at position 18 is not allowed (I, O, S, V, Z are never used)");
    }

    @Test
    void of_lowerCaseIUnderTurkishLocale_isReportedAsCapitalI() {
        assertThat(refusal("creditCode", () -> CreditCode.of("9135i100M000100Y43")).getProblem())
                .isEqualTo("character 'I' at position 5 is not allowed (I, O, S, V, Z are never used)");
    }

    @ParameterizedTest
    @ValueSource(chars = {'-', '*', ' ', 'ß', 'Ａ'})
    void of_characterOutsideTheAlphabet_namesIt(char character) {
        String value = "91350100M0" + character + "0100Y43";
        assertThat(refusal("creditCode", () -> CreditCode.of(value)).getProblem())
                .isEqualTo("character '" + character + "' at position 11 is not allowed"
                        + " (only digits and capital letters other than I, O, S, V, Z are used)");
    }

    @Test
    void of_wrongCheckCharacter_namesTheExpectedOne() {
        InvalidFieldException e = refusal("creditCode", () -> CreditCode.of("91350100M000100Y44"));
        assertThat(e.getMessage()).isEqualTo("creditCode: check character should be 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91370300MA3C4N7K2", "91370303164101847", "12370300004923456", "Y1370300MA00000R1"})
    void of_anyWrongCheckCharacter_isRefused(String first17) {
        String value = withWrongCheck(first17);
        assertThat(refusal("creditCode", () -> CreditCode.of(value)).getProblem())
                .isEqualTo("check character should be " + withCheck(first17).charAt(17));
    }

    @Test
    void withChecksumOverride_failingChecksum_isAcceptedAndMarked() {
        CreditCode code = CreditCode.withChecksumOverride("91350100m000100y44", "  pilot code, licence of 2015-03-02 ");
        assertThat(code.value()).isEqualTo("91350100M000100Y44");
        assertThat(code.isChecksumOverridden()).isTrue();
        assertThat(code.overrideReason()).contains("pilot code, licence of 2015-03-02");
    }

    @Test
    void withChecksumOverride_passingChecksum_isNotMarkedOverridden() {
        CreditCode code = CreditCode.withChecksumOverride(FUZHOU, "pilot code");
        assertThat(code).isEqualTo(CreditCode.of(FUZHOU));
        assertThat(code.isChecksumOverridden()).isFalse();
        assertThat(code.overrideReason()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void withChecksumOverride_withoutReason_isRefused(String reason) {
        InvalidFieldException e = refusal("creditCodeOverrideReason",
                () -> CreditCode.withChecksumOverride("91350100M000100Y44", reason));
        assertThat(e.getProblem()).isEqualTo("is required");
    }

    @Test
    void withChecksumOverride_withoutReason_isRefusedEvenForAPassingCode() {
        refusal("creditCodeOverrideReason", () -> CreditCode.withChecksumOverride(FUZHOU, ""));
    }

    @Test
    void withChecksumOverride_stillChecksLengthAndAlphabet() {
        assertThat(refusal("creditCode", () -> CreditCode.withChecksumOverride("91350100M000100Y4", "pilot"))
                .getProblem()).isEqualTo("must be 18 characters, got 17");
        assertThat(refusal("creditCode", () -> CreditCode.withChecksumOverride("91350100M000100YO4", "pilot"))
                .getProblem()).isEqualTo("character 'O' at position 17 is not allowed (I, O, S, V, Z are never used)");
        assertThat(refusal("creditCode", () -> CreditCode.withChecksumOverride(null, "pilot")).getProblem())
                .isEqualTo("is required");
    }

    @Test
    void equals_comparesTheCodeOnly() {
        CreditCode overridden = CreditCode.withChecksumOverride("91350100M000100Y44", "pilot code");
        CreditCode sameWithOtherReason = CreditCode.withChecksumOverride("91350100M000100Y44", "another reason");
        assertThat(overridden).isEqualTo(sameWithOtherReason).hasSameHashCodeAs(sameWithOtherReason);
        assertThat(CreditCode.of("91350100m000100y43")).isEqualTo(CreditCode.of(FUZHOU))
                .isNotEqualTo(overridden)
                .isNotEqualTo(FUZHOU);
    }

    @Test
    void toString_showsTheWholeCode() {
        assertThat(CreditCode.of(FUZHOU)).hasToString(FUZHOU);
    }

    @Test
    void completing_addsTheCheckCharacter() {
        assertThat(CreditCode.completing("91350100M000100Y4").value()).isEqualTo(FUZHOU);
        assertThat(CreditCode.completing("91370300ma3c4n7k2").value()).isEqualTo(ZIBO_ENTERPRISE);
        assertThat(CreditCode.completing("91370303164101847").isChecksumOverridden()).isFalse();
    }

    @Test
    void completing_wrongLengthOrCharacter_isRefusedByName() {
        assertThat(refusal("creditCode", () -> CreditCode.completing(FUZHOU)).getMessage()).contains("17 characters");
        assertThat(refusal("creditCode", () -> CreditCode.completing(null)).getMessage()).contains("17 characters");
        assertThat(refusal("creditCode", () -> CreditCode.completing("91350100O000100Y4")).getMessage())
                .contains("position 9");
    }
}
