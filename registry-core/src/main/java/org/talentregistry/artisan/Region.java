package org.talentregistry.artisan;

import java.util.Objects;
import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * An administrative region, usually a district or county, by its six-digit division code (GB/T 2260)
 * and its name, e.g. {@code 370303 张店区} or {@code 370321 桓台县}.
 */
public final class Region {

    private final String code;
    private final String name;

    private Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /**
     * Returns a region.
     *
     * @param code the six-digit division code, not null
     * @param name the region's name, 1 to 100 characters, not null
     * @return the region, not null
     * @throws InvalidFieldException naming {@code region.code} or {@code region.name} if a value is missing
     *     or malformed
     */
    public static Region of(String code, String name) {
        String trimmedCode = Texts.required("region.code", code, 6);
        if (!isCode(trimmedCode)) {
            throw new InvalidFieldException("region.code", FieldProblem.MALFORMED, FieldFormat.REGION_CODE,
                    Texts.quote(trimmedCode));
        }
        return new Region(trimmedCode, Texts.required("region.name", name, 100));
    }

    /** {@code [1-9][0-9]{5}}, checked by hand, as an export rebuilds a region from every row. */
    private static boolean isCode(String code) {
        if (code.length() != 6 || code.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the six-digit division code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the region's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region that && code.equals(that.code) && name.equals(that.name);
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
