package org.talentregistry.internal;

import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * Checks for text fields, shared by the value types of every package, and the bounded quoting of refused
 * values in messages. The rules are those documented in {@link org.talentregistry.AcceptedValues}.
 *
 * <p>Internal: not part of the supported API.
 */
public final class Texts {
    /** The most characters of a refused value a message quotes. */
    public static final int QUOTED_LENGTH = 40;

    private Texts() {
    }

    /**
     * Returns the trimmed one-line text (a name, code, id or label), refusing null, blank, over-long values
     * and any control character.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null (then refused)
     * @param maxLength the largest accepted length after trimming, in UTF-16 code units
     * @return the trimmed value, not null
     * @throws InvalidFieldException if the value is null, blank, longer than {@code maxLength} or holds a
     *     control character or an unpaired surrogate
     */
    public static String required(String field, String value, int maxLength) {
        return check(field, present(field, value), maxLength, false);
    }

    /**
     * Returns the trimmed free text (a reason, grounds, a detail), which may run over several lines: like
     * {@link #required} but keeping line feeds, carriage returns and tabs.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null (then refused)
     * @param maxLength the largest accepted length after trimming, in UTF-16 code units
     * @return the trimmed value, not null
     * @throws InvalidFieldException if the value is null, blank, longer than {@code maxLength} or holds a
     *     control character other than line feed, carriage return and tab, or an unpaired surrogate
     */
    public static String requiredText(String field, String value, int maxLength) {
        return check(field, present(field, value), maxLength, true);
    }

    /**
     * Returns the trimmed free text if one is given, checked like {@link #requiredText}; null or blank give
     * null.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null
     * @param maxLength the largest accepted length after trimming, in UTF-16 code units
     * @return the trimmed value, or null if none was given
     * @throws InvalidFieldException if the value is too long or holds a refused character
     */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : check(field, value, maxLength, true);
    }

    /**
     * Checks a one-line value that is looked up rather than stored (codes and numbers given to queries), and
     * returns it without the spaces around it, as stored values are kept: {@code "zibo-chief-technician "} looks
     * up {@code zibo-chief-technician}. Untrimmed, such a value found nothing on H2 and PostgreSQL and found the
     * code on MariaDB and MySQL, whose collations ignore trailing spaces, and a title round was opened there
     * under the code with its space.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, not null
     * @param maxLength the largest accepted length, in UTF-16 code units
     * @return the value without leading and trailing white space, not null
     * @throws NullPointerException if the value is null
     * @throws InvalidFieldException if the value is too long or holds a control character or an unpaired
     *     surrogate
     */
    public static String lookup(String field, String value, int maxLength) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        if (value.length() > maxLength) {
            throw tooLong(field, maxLength, value.length());
        }
        checkCharacters(field, value, false);
        return value.strip();
    }

    /**
     * Checks a code against its pattern.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null (then refused)
     * @param pattern the regular expression the whole value must match, not null
     * @param description what the pattern accepts, for the message, e.g. {@code "1-20 lower-case letters"}
     * @return the value, not null
     * @throws InvalidFieldException if the value is null or does not match; the message quotes at most a
     *     bounded prefix of it
     */
    public static String matching(String field, String value, String pattern, String description) {
        if (value == null || !value.matches(pattern)) {
            throw FieldFormat.ofEnglish(description)
                    .map(format -> new InvalidFieldException(field, FieldProblem.MALFORMED, format, quote(value)))
                    .orElseGet(() -> new InvalidFieldException(field, "must be " + description + ", got " + quote(value)));
        }
        return value;
    }

    /**
     * Checks the code of an honor tier: 1-20 lower-case letters, digits or '-', starting with a letter or digit.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null (then refused)
     * @return the value, not null
     * @throws InvalidFieldException if the value is null or not such a code
     */
    public static String tierCode(String field, String value) {
        return matching(field, value, "[a-z0-9][a-z0-9-]{0,19}", "1-20 lower-case letters, digits or '-'");
    }

    /**
     * Quotes a value for a message

: in single quotes, cut after {@value #QUOTED_LENGTH} characters with an
     * ellipsis, control characters shown as {@code \}{@code uXXXX}. Never use it on personal data.
     *
     * @param value the value, may be null
     * @return the quoted text, at most about {@value #QUOTED_LENGTH} characters plus quotes and escapes
     */
    public static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        boolean cut = text.length() > QUOTED_LENGTH;
        int end = cut ? QUOTED_LENGTH : text.length();
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end + 8).append('\'');
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(cut ? "…'" : "'").toString();
    }

    private static String present(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidFieldException.required(field);
        }
        return value;
    }

    private static String check(String field, String value, int maxLength, boolean multiLine) {
        // Checked before stripping, so that a huge value is refused without being copied.
        if (value.length() > maxLength && value.strip().length() > maxLength) {
            throw tooLong(field, maxLength, value.strip().length());
        }
        String trimmed = value.strip();
        checkCharacters(field, trimmed, multiLine);
        return trimmed;
    }

    private static InvalidFieldException tooLong(String field, int maxLength, int length) {
        return new InvalidFieldException(field, FieldProblem.TOO_LONG, maxLength, length);
    }

    private static void checkCharacters(String field, String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                throw new InvalidFieldException(field, FieldProblem.CONTROL_CHARACTER,
                        String.format("U+%04X", (int) c), i + 1);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new InvalidFieldException(field, FieldProblem.UNPAIRED_SURROGATE, i + 1);
                }
                i++;
            }
        }
    }
}
