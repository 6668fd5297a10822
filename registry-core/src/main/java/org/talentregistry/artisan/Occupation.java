package org.talentregistry.artisan;

import java.util.Objects;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * An occupation (职业 or 工种), by its code in the national occupational classification and its name,
 * e.g. {@code 4-12-01-01 汽车维修工}.
 */
public final class Occupation {

    private final String code;
    private final String name;

    private Occupation(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /**
     * Returns an occupation.
     *
     * @param code the classification code: 1 to 32 digits, upper-case letters, {@code -} and {@code .},
     *     starting with a digit or letter; not null
     * @param name the occupation's name, 1 to 100 characters, not null
     * @return the occupation, not null
     * @throws InvalidFieldException naming {@code occupation.code} or {@code occupation.name} if a value is
     *     missing or malformed
     */
    public static Occupation of(String code, String name) {
        String trimmedCode = Texts.required("occupation.code", code, 32);
        if (!isCode(trimmedCode)) {
            throw new InvalidFieldException("occupation.code", FieldProblem.NOT_AN_OCCUPATION_CODE,
                    Texts.quote(trimmedCode));
        }
        return new Occupation(trimmedCode, Texts.required("occupation.name", name, 100));
    }

    /**
     * {@code [0-9A-Z][0-9A-Z.-]{0,31}}, checked by hand: a regular expression per value was a visible share
     * of an export's CPU, where every artisan and certificate is rebuilt from its row.
     */
    private static boolean isCode(String code) {
        if (code.isEmpty() || code.length() > 32) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean alphanumeric = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (!alphanumeric && (i == 0 || c != '.' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the classification code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the occupation's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Occupation that && code.equals(that.code) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
