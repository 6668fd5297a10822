package org.talentregistry.artisan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

class ResidentIdTest {
    // Published examples.
    private static final String BEIJING_1949_FEMALE = "11010519491231002X";
    private static final String GUANGDONG_1880_MALE = "440524188001010014";

    // Zibo: 370303 Zhangdian district, 370321 Huantai county.
    private static final String ZHANGDIAN_1978_MALE = withCheck("37030319780512123");
    private static final String HUANTAI_1985_FEMALE = withCheck("37032119850623046");
    private static final String ZHANGDIAN_LEAP_DAY = withCheck("37030320000229021");

    /**
     * Computes the check character the way GB 11643 derives it, independently of the production code:
     * the weight of position i (from the left, 0-based) is 2^(17 - i) mod 11, and the check character
     * is the digit c with sum + c = 1 (mod 11), X standing for 10.
     */
    private static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }

    private static String withWrongCheck(String first17) {
        String valid = withCheck(first17);
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return first17 + wrong;
    }

    private static InvalidFieldException refusal(String value) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.of(value));
        assertThat(e).as("refusal of a malformed number").isNotNull();
        assertThat(e.getField()).isEqualTo("residentId");
        return e;
    }

    private static void assertDoesNotReveal(InvalidFieldException e, String value) {
        String digits = value.strip();
        assertThat(e.getMessage()).doesNotContain(digits);
        if (digits.length() >= 14) {
            assertThat(e.getMessage()).doesNotContain(digits.substring(6, 14));
        }
    }

    @Test
    void of_publishedExamples_areAccepted() {
        assertThat(ResidentId.of(BEIJING_1949_FEMALE).value()).isEqualTo(BEIJING_1949_FEMALE);
        assertThat(ResidentId.of(GUANGDONG_1880_MALE).value()).isEqualTo(GUANGDONG_1880_MALE);
    }

    @Test
    void of_ziboNumbers_areAccepted() {
        assertThat(ResidentId.of(ZHANGDIAN_1978_MALE).value()).isEqualTo(ZHANGDIAN_1978_MALE);
        assertThat(ResidentId.of(HUANTAI_1985_FEMALE).value()).isEqualTo(HUANTAI_1985_FEMALE);
        assertThat(ResidentId.of(ZHANGDIAN_LEAP_DAY).value()).isEqualTo(ZHANGDIAN_LEAP_DAY);
    }

    @Test
    void of_lowerCaseX_isNormalized() {
        assertThat(ResidentId.of("11010519491231002x").value()).isEqualTo(BEIJING_1949_FEMALE);
    }

    @Test
    void of_surroundingWhitespace_isRemoved() {
        assertThat(ResidentId.of("  " + ZHANGDIAN_1978_MALE + "\t\n").value()).isEqualTo(ZHANGDIAN_1978_MALE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void of_missing_isRequired(String value) {
        assertThat(refusal(value).getProblem()).isEqualTo("is required");
    }

    @Test
    void of_oldFifteenDigitNumber_isRefusedWithAdvice() {
        String old = "370303780512123";
        InvalidFieldException e = refusal(old);
        assertThat(e.getProblem())
                .isEqualTo("old 15-digit numbers are not accepted; use the 18-character number");
        assertDoesNotReveal(e, old);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3703031978051212", "37030319780512123", "3703031978051212345", "37030319780512123XX"})
    void of_wrongLength_namesTheLength(String value) {
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("must be 18 characters, got " + value.strip().length());
        assertDoesNotReveal(e, value);
    }

    @Test
    void of_fifteenCharactersNotAllDigits_isAWrongLength() {
        assertThat(refusal("37030378051212X").getProblem()).isEqualTo("must be 18 characters, got 15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3703031978O512123X", "X70303197805121234", "37030319780512 234", "370303197805121x34",
            "３７0303197805121234"})
    void of_nonDigitInFirstSeventeen_isRefused(String value) {
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("characters 1-17 must be digits");
        assertDoesNotReveal(e, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"37030319780512123A", "37030319780512123Y", "37030319780512123*", "37030319780512123ß"})
    void of_checkCharacterNeitherDigitNorX_isRefused(String value) {
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("check character (character 18) must be a digit or X");
        assertDoesNotReveal(e, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000303", "100303", "160303", "200303", "240303", "380303", "470303", "550303", "660303",
            "720303", "840303", "910303", "990303"})
    void of_unknownProvinceCode_isRefused(String region) {
        String value = withCheck(region + "19780512123");
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("region code (characters 1-2) is not a province-level code");
        assertDoesNotReveal(e, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105", "150102", "210102", "230102", "310101", "370303", "410102", "460105",
            "500101", "540102", "610102", "650102", "710101", "810101", "820101", "830101"})
    void of_everyProvinceRange_isAccepted(String region) {
        assertThat(ResidentId.of(withCheck(region + "19780512123")).regionCode()).isEqualTo(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"810000", "820000", "830000"})
    void of_residencePermitOfHongKongMacaoTaiwan_isAccepted(String region) {
        assertThat(ResidentId.of(withCheck(region + "19780512123")).regionCode()).isEqualTo(region);
    }

    @Test
    void of_regionWithoutCountyPart_isRefused() {
        String value = withCheck("37000019780512123");
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("region code (characters 3-6) must not be 0000");
        assertDoesNotReveal(e, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19780230", "19781301", "19780001", "19780500", "19780431", "19000229", "20230229"})
    void of_birthDateNotOnTheCalendar_isRefused(String date) {
        String value = withCheck("370303" + date + "123");
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("birth date (characters 7-14) is not a real calendar date");
        assertDoesNotReveal(e, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"17991231", "00000101", "15000101"})
    void of_birthYearBefore1800_isRefused(String date) {
        String value = withCheck("370303" + date + "123");
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("birth year (characters 7-10) must be 1800 or later");
        assertDoesNotReveal(e, value);
    }

    @Test
    void of_birthDateAfterToday_isAcceptedBecauseTheTypeHasNoClock() {
        assertThat(ResidentId.of(withCheck("37030320900101123")).birthDate()).isEqualTo(LocalDate.of(2090, 1, 1));
    }

    @Test
    void of_wrongCheckCharacter_namesTheExpectedOne() {
        InvalidFieldException e = refusal("110105194912310021");
        assertThat(e.getProblem()).isEqualTo("check character should be X");
        assertThat(e.getMessage()).isEqualTo("residentId: check character should be X");
        assertDoesNotReveal(e, "110105194912310021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"37030319780512123", "37032119850623046", "44052418800101001", "37030320000229021"})
    void of_anyWrongCheckCharacter_isRefused(String first17) {
        String value = withWrongCheck(first17);
        InvalidFieldException e = refusal(value);
        assertThat(e.getProblem()).isEqualTo("check character should be " + withCheck(first17).charAt(17));
        assertDoesNotReveal(e, value);
    }

    @Test
    void birthDate_isReadFromCharactersSevenToFourteen() {
        assertThat(ResidentId.of(BEIJING_1949_FEMALE).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentId.of(GUANGDONG_1880_MALE).birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(ResidentId.of(ZHANGDIAN_1978_MALE).birthDate()).isEqualTo(LocalDate.of(1978, 5, 12));
        assertThat(ResidentId.of(ZHANGDIAN_LEAP_DAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void sex_oddSeventeenthDigit_isMale() {
        assertThat(ResidentId.of(GUANGDONG_1880_MALE).sex()).isEqualTo(Sex.MALE);
        assertThat(ResidentId.of(ZHANGDIAN_1978_MALE).sex()).isEqualTo(Sex.MALE);
        assertThat(ResidentId.of(withCheck("37030319780512129")).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void sex_evenSeventeenthDigit_isFemale() {
        assertThat(ResidentId.of(BEIJING_1949_FEMALE).sex()).isEqualTo(Sex.FEMALE);
        assertThat(ResidentId.of(HUANTAI_1985_FEMALE).sex()).isEqualTo(Sex.FEMALE);
        assertThat(ResidentId.of(withCheck("37030319780512120")).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void regionCode_isTheFirstSixDigits() {
        assertThat(ResidentId.of(ZHANGDIAN_1978_MALE).regionCode()).isEqualTo("370303");
        assertThat(ResidentId.of(HUANTAI_1985_FEMALE).regionCode()).isEqualTo("370321");
    }

    @Test
    void ageOn_countsCompletedYears() {
        ResidentId id = ResidentId.of(ZHANGDIAN_1978_MALE);
        assertThat(id.ageOn(LocalDate.of(1978, 5, 12))).isZero();
        assertThat(id.ageOn(LocalDate.of(2028, 5, 11))).isEqualTo(49);
        assertThat(id.ageOn(LocalDate.of(2028, 5, 12))).isEqualTo(50);
        assertThat(id.ageOn(LocalDate.of(2029, 5, 11))).isEqualTo(50);
    }

    @Test
    void ageOn_leapDayBirth_turnsOlderOnFirstMarchInCommonYears() {
        ResidentId id = ResidentId.of(ZHANGDIAN_LEAP_DAY);
        assertThat(id.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(id.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(id.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void ageOn_dateBeforeBirth_isRefused() {
        ResidentId id = ResidentId.of(ZHANGDIAN_1978_MALE);
        assertThatThrownBy(() -> id.ageOn(LocalDate.of(1978, 5, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("19780512");
    }

    @Test
    void ageOn_nullDate_isRefused() {
        ResidentId id = ResidentId.of(ZHANGDIAN_1978_MALE);
        assertThatThrownBy(() -> id.ageOn(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void masked_keepsFirstAndLastFour() {
        assertThat(ResidentId.of(BEIJING_1949_FEMALE).masked()).isEqualTo("1101**********002X");
        assertThat(ResidentId.of(ZHANGDIAN_1978_MALE).masked())
                .isEqualTo("3703**********" + ZHANGDIAN_1978_MALE.substring(14));
    }

    @Test
    void toString_isMaskedAndDoesNotRevealTheNumber() {
        ResidentId id = ResidentId.of(ZHANGDIAN_1978_MALE);
        assertThat(id.toString())
                .isEqualTo(id.masked())
                .doesNotContain(ZHANGDIAN_1978_MALE)
                .doesNotContain("19780512");
    }

    @Test
    void equals_comparesNormalizedValues() {
        assertThat(ResidentId.of("11010519491231002x"))
                .isEqualTo(ResidentId.of(BEIJING_1949_FEMALE))
                .hasSameHashCodeAs(ResidentId.of(BEIJING_1949_FEMALE))
                .isNotEqualTo(ResidentId.of(GUANGDONG_1880_MALE))
                .isNotEqualTo(BEIJING_1949_FEMALE);
    }

    @Test
    void completing_addsTheCheckCharacter_ofThePublishedExamples() {
        assertThat(ResidentId.completing("11010519491231002").value()).isEqualTo(BEIJING_1949_FEMALE);
        assertThat(ResidentId.completing("44052418800101001").value()).isEqualTo(GUANGDONG_1880_MALE);
        assertThat(ResidentId.completing(ZHANGDIAN_1978_MALE.substring(0, 17))).isEqualTo(ResidentId.of(ZHANGDIAN_1978_MALE));
    }

    @Test
    void fromOld15_givesTheNumberGb11643MadeOfIt_andRefusesWhatIsNoOldNumber() {
        String old = ZHANGDIAN_1978_MALE.substring(0, 6) + ZHANGDIAN_1978_MALE.substring(8, 17);

        assertThat(ResidentId.fromOld15(old)).isEqualTo(ResidentId.of(ZHANGDIAN_1978_MALE));
        assertThat(ResidentId.fromOld15(" " + old + " ")).isEqualTo(ResidentId.of(ZHANGDIAN_1978_MALE));
        for (String bad : new String[] {null, "", old + "1", old.substring(1), old.substring(0, 14) + "X"}) {
            InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.fromOld15(bad));
            assertThat(e.getField()).as(bad).isEqualTo("residentId");
            assertThat(e.problem().code()).as(bad).isEqualTo(FieldProblem.NOT_AN_OLD_15_DIGIT_NUMBER);
        }
        InvalidFieldException noDay = catchThrowableOfType(InvalidFieldException.class,
                () -> ResidentId.fromOld15("370303780230013"));
        assertThat(noDay.getMessage()).doesNotContain("370303780230013");
    }

    @Test
    void completing_wrongLengthOrNonDigits_isRefusedWithoutRevealingTheDigits() {
        InvalidFieldException whole = catchThrowableOfType(InvalidFieldException.class,
                () -> ResidentId.completing(BEIJING_1949_FEMALE));
        assertThat(whole.getField()).isEqualTo("residentId");
        assertThat(whole.getMessage()).contains("17 characters");
        assertDoesNotReveal(whole, BEIJING_1949_FEMALE);

        InvalidFieldException letter = catchThrowableOfType(InvalidFieldException.class,
                () -> ResidentId.completing("1101051949123100A"));
        assertThat(letter.getField()).isEqualTo("residentId");
        assertThat(letter.getMessage()).contains("digits").doesNotContain("1101051949123100A");

        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> ResidentId.completing(null)).getField())
                .isEqualTo("residentId");
    }
}
