package org.talentregistry.title;

import java.util.Locale;
import java.util.regex.Pattern;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.internal.Texts;

/**
 * The region whose bureau holds a title round: a city ({@code xxxx00}, e.g. {@code 370300} for 淄博市) or a
 * province ({@code xx0000}, e.g. {@code 370000} for 山东省), by its six-digit administrative division code
 * (GB/T 2260). A region covers the division codes below it: the province {@code 370000} covers {@code 370303}
 * 张店区 and {@code 370300} 淄博市; the city {@code 370300} covers {@code 370303} but not {@code 370702}.
 */
public final class IssuingRegion implements Comparable<IssuingRegion>, Localizable {
    private static final Pattern CITY = Pattern.compile("[1-9][0-9](?!00)[0-9]{2}00");
    private static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]0000");
    private static final Pattern ANY = Pattern.compile("[1-9][0-9]{5}");

    private final String code;

    private IssuingRegion(String code) {
        this.code = code;
    }

    /**
     * Returns the region of a code.
     *
     * @param code six digits ending in {@code 00} (a city) or {@code 0000} (a province), not null
     * @return the region, not null
     * @throws InvalidFieldException naming {@code region} if the code is missing, malformed, or a district's
     */
    public static IssuingRegion of(String code) {
        String trimmed = Texts.required("region", code, 6);
        if (!CITY.matcher(trimmed).matches() && !PROVINCE.matcher(trimmed).matches()) {
            throw new InvalidFieldException("region", FieldProblem.NOT_A_CITY_OR_PROVINCE_CODE, Texts.quote(trimmed));
        }
        return new IssuingRegion(trimmed);
    }

    /**
     * Returns the city a division code lies in: {@code 370303} (张店区) lies in {@code 370300} (淄博市).
     *
     * @param regionCode a six-digit division code of a district, county or city, not null
     * @return the city, not null
     * @throws InvalidFieldException naming {@code region} if the code is not six digits or is a province's
     */
    public static IssuingRegion cityOf(String regionCode) {
        if (regionCode == null || !ANY.matcher(regionCode).matches()) {
            throw new InvalidFieldException("region", FieldProblem.NOT_A_DIVISION_CODE, Texts.quote(regionCode));
        }
        return of(regionCode.substring(0, 4) + "00");
    }

    /** @return the six-digit code, not null */
    public String code() {
        return code;
    }

    /** @return true for a province ({@code xx0000}), false for a city */
    public boolean isProvince() {
        return code.endsWith("0000");
    }

    /**
     * Tells whether a division code lies in this region (the region's own code included).
     *
     * @param regionCode a six-digit division code, not null
     * @return true if the code is this region or below it
     */
    public boolean covers(String regionCode) {
        return regionCode.startsWith(code.substring(0, isProvince() ? 2 : 4));
    }

    /**
     * Tells whether another issuing region is this one or below it.
     *
     * @param other the other region, not null
     * @return true if this region covers the other's code
     */
    public boolean covers(IssuingRegion other) {
        return covers(other.code);
    }

    /** Says "city 370300" or "province 370000", 市 370300 or 省 370000. */
    @Override
    public String render(Locale locale) {
        return Message.of(isProvince() ? TitleText.PROVINCE : TitleText.CITY, code).render(locale);
    }

    @Override
    public int compareTo(IssuingRegion other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuingRegion that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
