package org.talentregistry.artisan;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Texts;

/**
 * The organisation an artisan works for, identified by its unified social credit code.
 */
public final class Employer {
    private final String name;
    private final CreditCode creditCode;

    private Employer(String name, CreditCode creditCode) {
        this.name = name;
        this.creditCode = creditCode;
    }

    /**
     * Returns an employer.
     *
     * @param name the registered name, e.g. {@code 淄博市张店区汽车维修有限公司}, 1 to 200 characters, not null
     * @param creditCode the unified social credit code, not null
     * @return the employer, not null
     * @throws InvalidFieldException naming {@code employer.name} or {@code employer.creditCode} if a value is
     *     missing or malformed
     */
    public static Employer of(String name, CreditCode creditCode) {
        if (creditCode == null) {
            throw new InvalidFieldException("employer.creditCode", "is required");
        }
        return new Employer(Texts.required("employer.name", name, 200), creditCode);
    }

    /**
     * Returns the employer's registered name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the employer's unified social credit code.
     *
     * @return the code, not null
     */
    public CreditCode creditCode() {
        return creditCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Employer that && name.equals(that.name) && creditCode.equals(that.creditCode)
                && creditCode.isChecksumOverridden() == that.creditCode.isChecksumOverridden();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, creditCode);
    }

    @Override
    public String toString() {
        return name + " (" + requireNonNull(creditCode) + ")";
    }
}
