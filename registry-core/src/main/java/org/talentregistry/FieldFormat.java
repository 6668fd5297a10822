package org.talentregistry;

import java.util.Optional;

/** The form a code or identifier must have, named in Chinese and English in a {@link FieldProblem#MALFORMED}. */
public enum FieldFormat implements LocalizedName {
    /** Codes of titles and policies. */
    CODE_40,
    /** Ids of criteria and conditions. */
    ID_40,
    /** Codes of honor tiers. */
    TIER_CODE,
    /** Tenant ids. */
    TENANT,
    /** Administrative region codes. */
    REGION_CODE,
    /** Ids given as text. */
    POSITIVE_NUMBER;


    /**
     * Finds the form whose English text is a description, so that checks still written with an English
     * description get a Chinese one too.
     *
     * @param description the English description, not null
     * @return the form, empty when none is worded so
     */
    public static Optional<FieldFormat> ofEnglish(String description) {
        for (FieldFormat format : values()) {
            if (format.en().equals(description)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
