package org.talentregistry.artisan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * A mainland China phone number: a mobile ({@code 13812345678}) or a landline with its area code
 * ({@code 0533-2181234}).
 *
 * <p>This is personal information: {@link #toString()} and every exception message show it masked,
 * only {@link #value()} returns it in full.
 *
 * <p>Normalized forms: a mobile is its 11 digits, without a {@code +86} prefix; a landline is the area
 * code, a hyphen and the local number. Area codes {@code 010} and {@code 020}-{@code 029} have three
 * digits, all others four; a local number has 7 or 8 digits and does not start with 0 or 1, which
 * belong to trunk and service prefixes. International numbers and extensions are not accepted.
 *
 * <p>Instances are immutable and thread-safe; equality is on the normalized value.
 */
public final class PhoneNumber {
    private static final String FIELD = "phone";
    // Includes the ideographic space and no-break space that Chinese input methods and copied text bring.
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{javaWhitespace}\\u00A0-]+");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    // The area code alternatives start differently, so the split between area code and number is unique.
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})([2-9]\\d{6,7})");
    private static final int MOBILE_KEPT_AT_START = 3;
    private static final int MOBILE_KEPT_AT_END = 4;
    private static final int LANDLINE_KEPT_AT_END = 2;

    private final String value;
    private final boolean mobile;

    private PhoneNumber(String value, boolean mobile) {
        this.value = value;
        this.mobile = mobile;
    }

    /**
     * Validates and normalizes a phone number.
     *
     * <p>Spaces (including the ideographic space) and hyphens anywhere are ignored; a mobile may carry a {@code +86} or {@code 86} prefix.
     *
     * @param value the number as entered, may be null (then refused)
     * @return the phone number, not null
     * @throws InvalidFieldException with field {@code phone} if the value is null or blank, or is neither
     *     a mainland mobile nor a landline with area code; the message never contains the number
     */
    public static PhoneNumber of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(FIELD, "is required");
        }
        if (isPlainMobile(value)) {
            return new PhoneNumber(value, true);
        }
        String compact = SEPARATORS.matcher(value).replaceAll("");
        Matcher mobile = MOBILE.matcher(compact);
        if (mobile.matches()) {
            return new PhoneNumber(mobile.group(1), true);
        }
        Matcher landline = LANDLINE.matcher(compact);
        if (landline.matches()) {
            return new PhoneNumber(landline.group(1) + "-" + landline.group(2), false);
        }
        throw new InvalidFieldException(FIELD, FieldProblem.NOT_A_PHONE_NUMBER);
    }

    /**
     * The normalized mobile form itself, the form a store hands back for every mobile: checked without the
     * three regular expressions, which an export of 100,000 rows otherwise runs for each row.
     */
    private static boolean isPlainMobile(String value) {
        if (value.length() != 11 || value.charAt(0) != '1' || value.charAt(1) < '3' || value.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the full, unmasked number in its normalized form.
     *
     * @return the number, e.g. {@code 13812345678} or {@code 0533-2181234}, not null
     */
    public String value() {
        return value;
    }

    /**
     * Tells whether this is a mobile number rather than a landline.
     *
     * @return true for a mobile, false for a landline
     */
    public boolean isMobile() {
        return mobile;
    }

    /**
     * Returns the number with most digits hidden: a mobile keeps its first three and last four digits
     * ({@code 138****5678}), a landline its area code and last two digits ({@code 0533-*****34}).
     *
     * @return the masked number, not null
     */
    public String masked() {
        if (mobile) {
            return value.substring(0, MOBILE_KEPT_AT_START)
                    + "*".repeat(value.length() - MOBILE_KEPT_AT_START - MOBILE_KEPT_AT_END)
                    + value.substring(value.length() - MOBILE_KEPT_AT_END);
        }
        int localStart = value.indexOf('-') + 1;
        return value.substring(0, localStart)
                + "*".repeat(value.length() - localStart - LANDLINE_KEPT_AT_END)
                + value.substring(value.length() - LANDLINE_KEPT_AT_END);
    }

    /**
     * Compares the normalized numbers.
     *
     * @param other the object to compare with, may be null
     * @return true if {@code other} is a {@code PhoneNumber} with the same normalized number
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber && ((PhoneNumber) other).value.equals(value);
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
}
