package org.talentregistry.internal;

import org.talentregistry.InvalidFieldException;

/**
 * Checks for text fields, shared by the value types of every package.
 *
 * <p>Internal: not part of the supported API.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Returns the trimmed text, refusing null, blank and over-long values.
     *
     * @param field the field's name for the error message, not null
     * @param value the value, may be null (then refused)
     * @param maxLength the largest accepted length after trimming, counted in code points
     * @return the trimmed value, not null
     * @throws InvalidFieldException if the value is null, blank or longer than {@code maxLength}
     */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters, got " + length);
        }
        return trimmed;
    }
}
