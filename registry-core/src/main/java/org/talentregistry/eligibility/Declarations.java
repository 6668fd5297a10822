package org.talentregistry.eligibility;

import java.util.Optional;
import org.talentregistry.internal.Texts;

/**
 * Facts a candidate or the nominating body declares and the registry cannot know by itself.
 *
 * @param inService whether the candidate is in service (在职, not retired), or null if not declared
 * @param disqualifyingRecord a description of a criminal record or work-safety accident, or null if the
 *     candidate declares none; personal data, never logged
 */
public record Declarations(Boolean inService, String disqualifyingRecord) {
    /**
     * Creates declarations.
     *
     * @param inService whether in service, or null if not declared
     * @param disqualifyingRecord the declared record, or null (a blank one is taken as none); free text of at
     *     most 2,000 characters, line breaks and tabs allowed, no other control characters
     * @throws org.talentregistry.InvalidFieldException naming {@code declarations.disqualifyingRecord} if
     *     the record is too long or holds a refused character; the message never quotes it
     */
    public Declarations {
        disqualifyingRecord = Texts.optionalText("declarations.disqualifyingRecord", disqualifyingRecord, 2000);
    }

    /**
     * Returns the declaration of a candidate in service with no disqualifying record.
     *
     * @return the declarations, not null
     */
    public static Declarations inServiceWithCleanRecord() {
        return new Declarations(Boolean.TRUE, null);
    }

    /**
     * Returns whether in service was declared.
     *
     * @return the declared value, or empty if not declared
     */
    public Optional<Boolean> declaredInService() {
        return Optional.ofNullable(inService);
    }

    /**
     * Returns the declared record.
     *
     * @return the description, or empty if none was declared
     */
    public Optional<String> declaredRecord() {
        return Optional.ofNullable(disqualifyingRecord).filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "Declarations{inService=" + inService + ", disqualifyingRecord="
                + (declaredRecord().isPresent() ? "declared" : "none") + "}";
    }
}
