package org.talentregistry.artisan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * A resident identity number (居民身份证号) as defined by GB 11643-1999: 18 characters made of a 6-digit
 * region code, the birth date as {@code YYYYMMDD}, a 3-digit sequence number (odd for men) and a check
 * character ({@code 0-9} or {@code X}).
 *
 * <p>This is personal information: {@link #toString()} and every exception message show it masked,
 * only {@link #value()} returns it in full, for storage and for the owner's own eyes.
 *
 * <p>What is checked, in this order: presence, length (old 15-digit numbers get their own message),
 * the character set, the province-level region code, the birth date, and last the check character, so
 * that a number with a typo in its date is reported for the date rather than for the checksum. The
 * region check is deliberately coarse (the province code and a county part that is not {@code 0000},
 * except the 810000, 820000 and 830000 of residence permits for Hong Kong, Macao and Taiwan residents):
 * the list of county codes changes every year and an outdated list would refuse real people.
 *
 * <p>Instances are immutable and thread-safe; equality is on the normalized value.
 */
public final class ResidentId {
    private static final String FIELD = "residentId";
    private static final int LENGTH = 18;
    private static final int OLD_LENGTH = 15;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    // Numbers were issued to people still alive in the 1980s; 440524188001010014 is a published example.
    private static final int EARLIEST_BIRTH_YEAR = 1800;
    private static final int KEPT_AT_EACH_END = 4;

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Validates and normalizes a resident identity number.
     *
     * <p>Surrounding whitespace is removed and a lower-case {@code x} check character is upper-cased.
     * The birth date is checked to be a real calendar date from 1800 on; it is not compared with today,
     * which this value type has no clock for.
     *
     * @param value the number as entered, may be null (then refused)
     * @return the identity number, not null
     * @throws InvalidFieldException with field {@code residentId} if the value is null or blank, an old
     *     15-digit number, not 18 characters long, has a non-digit in characters 1-17, has an invalid
     *     region code or birth date, or a wrong check character; the message never contains the number
     */
    public static ResidentId of(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidFieldException.required(FIELD);
        }
        String stripped = value.strip();
        if (stripped.length() == OLD_LENGTH && allDigits(stripped, OLD_LENGTH)) {
            throw invalid(FieldProblem.OLD_15_DIGIT_NUMBER);
        }
        if (stripped.length() != LENGTH) {
            throw new InvalidFieldException(FIELD, FieldProblem.WRONG_LENGTH, LENGTH, stripped.length());
        }
        if (!allDigits(stripped, LENGTH - 1)) {
            throw invalid(FieldProblem.FIRST_17_NOT_DIGITS);
        }
        String candidate = stripped.toUpperCase(Locale.ROOT);
        char check = candidate.charAt(LENGTH - 1);
        // A last character whose upper case is longer than one character makes the string grow.
        if (candidate.length() != LENGTH || CHECK_CHARACTERS.indexOf(check) < 0) {
            throw invalid(FieldProblem.CHECK_CHARACTER_NOT_DIGIT_OR_X);
        }
        checkRegion(candidate);
        LocalDate birthDate = birthDate(candidate);
        char expected = checkCharacter(candidate);
        if (check != expected) {
            throw new InvalidFieldException(FIELD, FieldProblem.WRONG_CHECK_CHARACTER, expected);
        }
        return new ResidentId(candidate, birthDate);
    }

    /**
     * Returns the full, unmasked number, normalized to upper-case {@code X}.
     *
     * @return the 18 characters, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the birth date encoded in characters 7-14.
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the sex encoded in the 17th character: odd for male, even for female.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        return (value.charAt(LENGTH - 2) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns the region code, the first six digits: the county where the number was first issued,
     * not necessarily where the person lives now.
     *
     * @return the six digits, not null
     */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /**
     * Returns the age in full years on a date, as eligibility rules such as "not over 50" count it:
     * someone born on 29 February turns a year older on 1 March in a common year.
     *
     * @param date the date to compute the age on, not null
     * @return the age in completed years, zero or more
     * @throws NullPointerException if the date is null
     * @throws IllegalArgumentException if the date is before the birth date
     */
    public int ageOn(LocalDate date) {
        return ageOn(birthDate, date);
    }

    /** The age of someone born on a day, on a date; {@link #ageOn(LocalDate)} and {@link Artisan#ageOn} count so. */
    static int ageOn(LocalDate birthDate, LocalDate date) {
        requireNonNull(date, "date");
        checkArgument(!date.isBefore(birthDate), "date %s is before the birth date", date);
        return Period.between(birthDate, date).getYears();
    }

    /**
     * Returns the number with only the first four and last four characters visible, e.g.
     * {@code 3703**********3450}: enough to tell two records apart, not enough to identify a person.
     *
     * @return the masked number, not null
     */
    public String masked() {
        return value.substring(0, KEPT_AT_EACH_END)
                + "*".repeat(LENGTH - 2 * KEPT_AT_EACH_END)
                + value.substring(LENGTH - KEPT_AT_EACH_END);
    }

    /**
     * Compares the normalized numbers.
     *
     * @param other the object to compare with, may be null
     * @return true if {@code other} is a {@code ResidentId} with the same number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId && ((ResidentId) other).value.equals(value);
    }

    /**
     * Returns a hash code of the normalized number.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the masked number, the same as {@link #masked()}, so that logs never hold the full number.
     *
     * @return the masked number, not null
     */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean allDigits(String text, int count) {
        for (int i = 0; i < count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkRegion(String candidate) {
        int province = Integer.parseInt(candidate.substring(0, 2));
        if (!isProvinceCode(province)) {
            throw invalid(FieldProblem.NOT_A_PROVINCE_PREFIX);
        }
        // Residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证) carry 810000, 820000
        // and 830000: the one legal county part 0000.
        if (candidate.startsWith("0000", 2) && province < 81) {
            throw invalid(FieldProblem.REGION_CODE_ZEROS);
        }
    }

    private static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15)
                || (code >= 21 && code <= 23)
                || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46)
                || (code >= 50 && code <= 54)
                || (code >= 61 && code <= 65)
                || code == 71
                || code == 81
                || code == 82
                || code == 83;
    }

    private static LocalDate birthDate(String candidate) {
        // Parsed in place: a substring per field made 19 MB of garbage in an export of 100,000 (issue 12).
        int year = Integer.parseInt(candidate, 6, 10, 10);
        int month = Integer.parseInt(candidate, 10, 12, 10);
        int day = Integer.parseInt(candidate, 12, 14, 10);
        if (year < EARLIEST_BIRTH_YEAR) {
            throw invalid(FieldProblem.BIRTH_YEAR_TOO_EARLY, String.valueOf(EARLIEST_BIRTH_YEAR));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // The JDK message would echo the date, which is personal data.
            throw invalid(FieldProblem.BIRTH_DATE_NOT_A_DATE);
        }
    }

    /**
     * Completes the first 17 digits of a resident identity number with their GB 11643 check character, for
     * hosts and tools that make numbers (test data, imports of records that dropped it).
     *
     * @param first17 region code, birth date and sequence number, 17 digits, may be null (then refused)
     * @return the identity number, validated as {@link #of(String)} validates it, not null
     * @throws InvalidFieldException with field {@code residentId} if the value is not 17 characters long, or
     *     for any reason {@link #of(String)} gives; the message never contains the digits
     */
    public static ResidentId completing(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw invalid(FieldProblem.TOO_SHORT_TO_COMPLETE, String.valueOf(LENGTH - 1),
                    first17 == null ? "none" : String.valueOf(first17.length()));
        }
        if (!allDigits(first17, LENGTH - 1)) {
            throw invalid(FieldProblem.FIRST_17_NOT_DIGITS);
        }
        return of(first17 + checkCharacter(first17));
    }

    /**
     * Gives the 18-character number that GB 11643-1999 made of an old 15-digit one: the region code, {@code 19}
     * and the two-digit year, the month, day and sequence number, then the check character. For looking up a
     * person whose old number a record still carries; the number a person holds today is the one to register.
     *
     * @param old15 the old number, 15 digits, may be null (then refused)
     * @return the number it became, validated as {@link #of(String)} validates it, not null
     * @throws InvalidFieldException with field {@code residentId} if the value is not 15 digits, or for any
     *     reason {@link #of(String)} gives (a region or birth date that is no real one); the message never
     *     contains the digits
     */
    public static ResidentId fromOld15(String old15) {
        String stripped = old15 == null ? "" : old15.strip();
        if (stripped.length() != OLD_LENGTH || !allDigits(stripped, OLD_LENGTH)) {
            throw invalid(FieldProblem.NOT_AN_OLD_15_DIGIT_NUMBER);
        }
        return completing(stripped.substring(0, 6) + "19" + stripped.substring(6));
    }

    private static char checkCharacter(String candidate) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static InvalidFieldException invalid(FieldProblem problem, Object... args) {
        return new InvalidFieldException(FIELD, problem, args);
    }
}
