package org.talentregistry;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.talentregistry.internal.Texts;

/**
 * The tenant that owns a piece of data, usually a city (for example {@code zibo}).
 *
 * <p>One database can serve several tenants: every row carries its tenant and every query filters by
 * it, so a {@link TalentRegistry} built for one tenant never sees another's data.
 */
public final class TenantId {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final String value;

    private TenantId(String value) {
        this.value = value;
    }

    /**
     * Returns a tenant id.
     *
     * @param value 1 to 64 characters of lower-case ASCII letters, digits, {@code _} and {@code -},
     *     starting with a letter or digit; not null
     * @return the tenant id, not null
     * @throws InvalidFieldException if the value is null or not of that form
     */
    public static TenantId of(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("tenant", FieldProblem.MALFORMED, FieldFormat.TENANT, Texts.quote(value));
        }
        return new TenantId(value);
    }

    /**
     * Returns the tenant id as text.
     *
     * @return the value, not null
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return requireNonNull(value);
    }
}
