package org.talentregistry.artisan;

import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.LongId;
import org.talentregistry.internal.Texts;

/**
 * The registry's identifier of an artisan, assigned when the artisan is registered.
 */
public final class ArtisanId extends LongId<ArtisanId> {
    private ArtisanId(long value) {
        super(value, "artisanId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value a positive number
     * @return the id, not null
     * @throws InvalidFieldException if the value is not positive
     */
    public static ArtisanId of(long value) {
        return new ArtisanId(value);
    }

    /**
     * Parses an id from its decimal text, as printed by {@link #toString()}.
     *
     * @param text the decimal digits, not null
     * @return the id, not null
     * @throws InvalidFieldException if the text is not a positive decimal number
     */
    public static ArtisanId parse(String text) {
        try {
            return of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("artisanId", FieldProblem.MALFORMED, FieldFormat.POSITIVE_NUMBER, Texts.quote(text));
        }
    }
}
