package org.talentregistry.artisan;

import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * An employer's unified social credit code (统一社会信用代码) as defined by GB 32100-2015: 18 characters
 * from {@code 0-9} and the capital letters without I, O, S, V and Z, the last one a check character.
 *
 * <p>Some codes issued in the early pilots fail the checksum yet are legal and still in use. Such a code
 * is accepted only through {@link #withChecksumOverride(String, String)}, which requires a reason so that
 * the exception is visible and can be audited; {@link #of(String)} never skips the checksum.
 *
 * <p>A company's code is public information, so {@link #toString()} shows it in full.
 *
 * <p>Instances are immutable and thread-safe. Equality is on the code alone: whether the checksum was
 * overridden, and why, does not make it a different employer.
 */
public final class CreditCode {
    private static final String FIELD = "creditCode";
    private static final String REASON_FIELD = "creditCodeOverrideReason";
    private static final int LENGTH = 18;
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String NEVER_USED = "IOSVZ";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;
    private final String overrideReason;

    private CreditCode(String value, String overrideReason) {
        this.value = value;
        this.overrideReason = overrideReason;
    }

    /**
     * Validates and normalizes a credit code, checksum included.
     *
     * <p>Surrounding whitespace is removed and letters are upper-cased, whatever the default locale.
     *
     * @param value the code as entered, may be null (then refused)
     * @return the credit code, not marked as overridden, not null
     * @throws InvalidFieldException with field {@code creditCode} if the value is null or blank, not 18
     *     characters long, contains a character outside the code's alphabet, or has a wrong check
     *     character
     */
    public static CreditCode of(String value) {
        String candidate = normalize(value);
        char expected = checkCharacter(candidate);
        if (candidate.charAt(LENGTH - 1) != expected) {
            throw new InvalidFieldException(FIELD, FieldProblem.WRONG_CHECK_CHARACTER, expected);
        }
        return new CreditCode(candidate, null);
    }

    /**
     * Accepts a credit code whose check character is wrong, for the legal early pilot codes that fail the
     * checksum. Length and alphabet are still checked.
     *
     * <p>If the code passes the checksum after all, no override is needed: the result is the same as
     * {@link #of(String)}, {@link #isChecksumOverridden()} is false and the reason is not kept. The reason
     * is still required, so that a caller's mistake is caught whichever code it is tried on.
     *
     * @param value the code as entered, may be null (then refused)
     * @param reason why the code is accepted despite its checksum, e.g. the registration document that
     *     shows it; surrounding whitespace is removed; may be null (then refused)
     * @return the credit code, not null
     * @throws InvalidFieldException with field {@code creditCode} if the value is null or blank, not 18
     *     characters long or contains a character outside the code's alphabet; with field
     *     {@code creditCodeOverrideReason} if the reason is null or blank, longer than 500 characters or holds
     *     a control character other than line breaks and tabs
     */
    public static CreditCode withChecksumOverride(String value, String reason) {
        String candidate = normalize(value);
        String why = Texts.requiredText(REASON_FIELD, reason, 500);
        if (candidate.charAt(LENGTH - 1) == checkCharacter(candidate)) {
            return new CreditCode(candidate, null);
        }
        return new CreditCode(candidate, why);
    }

    /**
     * Returns the normalized code.
     *
     * @return the 18 characters, not null
     */
    public String value() {
        return value;
    }

    /**
     * Tells whether this code was accepted although its check character is wrong.
     *
     * @return true if the checksum was overridden
     */
    public boolean isChecksumOverridden() {
        return overrideReason != null;
    }

    /**
     * Returns why the checksum was overridden.
     *
     * @return the reason if the checksum was overridden, otherwise empty; not null
     */
    public Optional<String> overrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    /**
     * Compares the codes only, not whether or why the checksum was overridden.
     *
     * @param other the object to compare with, may be null
     * @return true if {@code other} is a {@code CreditCode} with the same code
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode && ((CreditCode) other).value.equals(value);
    }

    /**
     * Returns a hash code of the code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the code in full: an employer's code is not personal information.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(FIELD, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() != LENGTH) {
            throw new InvalidFieldException(FIELD, FieldProblem.WRONG_LENGTH, LENGTH, stripped.length());
        }
        // Character by character rather than String.toUpperCase: a character such as 'ß' would grow into
        // two and shift every reported position. Character.toUpperCase ignores the default locale, so a
        // lower-case 'i' typed on a Turkish system becomes 'I' and is refused by name.
        char[] candidate = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            char c = Character.toUpperCase(stripped.charAt(i));
            candidate[i] = c;
            if (CHARACTERS.indexOf(c) < 0) {
                throw new InvalidFieldException(FIELD, NEVER_USED.indexOf(c) >= 0 ? FieldProblem.CHARACTER_NEVER_USED
                        : FieldProblem.CHARACTER_NOT_ALLOWED, Texts.quote(c), String.valueOf(i + 1));
            }
        }
        return new String(candidate);
    }

    /**
     * Completes the first 17 characters of a credit code with their GB 32100 check character, for hosts and
     * tools that make codes (test data, imports of records that dropped it).
     *
     * @param first17 the code without its check character, may be null (then refused); letters are upper-cased
     * @return the credit code, not marked as overridden, not null
     * @throws InvalidFieldException with field {@code creditCode} if the value is not 17 characters long or
     *     contains a character outside the code's alphabet
     */
    public static CreditCode completing(String first17) {
        if (first17 == null || first17.strip().length() != LENGTH - 1) {
            throw new InvalidFieldException(FIELD, FieldProblem.TOO_SHORT_TO_COMPLETE, String.valueOf(LENGTH - 1),
                    first17 == null ? "none" : String.valueOf(first17.strip().length()));
        }
        // '0' stands in for the check character while the alphabet is checked; it is replaced below.
        String candidate = normalize(first17.strip() + '0');
        return new CreditCode(candidate.substring(0, LENGTH - 1) + checkCharacter(candidate), null);
    }

    private static char checkCharacter(String candidate) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(candidate.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
