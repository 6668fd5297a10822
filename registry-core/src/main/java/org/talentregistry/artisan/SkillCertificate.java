package org.talentregistry.artisan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * A certificate of skill level (职业技能等级证书): which level, in which occupation, who issued it and for
 * how long it is valid.
 *
 * <p>Certificates are kept as history. An expired certificate stays on record but stops counting: an
 * artisan's level as of a date comes from the certificates {@linkplain #isValidOn(LocalDate) valid on
 * that date}.
 */
public final class SkillCertificate {
    private final SkillLevel level;
    private final Occupation occupation;
    private final String number;
    private final String issuer;
    private final LocalDate issuedOn;
    private final LocalDate validUntil;

    private SkillCertificate(Builder builder) {
        this.level = required("certificate.level", builder.level);
        this.occupation = required("certificate.occupation", builder.occupation);
        this.number = Texts.required("certificate.number", builder.number, 64);
        this.issuer = Texts.required("certificate.issuer", builder.issuer, 200);
        this.issuedOn = Ranges.eventDate("certificate.issuedOn", builder.issuedOn);
        this.validUntil = builder.validUntil == null ? null : Ranges.date("certificate.validUntil", builder.validUntil);
        if (validUntil != null && validUntil.isBefore(issuedOn)) {
            throw new InvalidFieldException("certificate.validUntil", FieldProblem.BEFORE_FIELD, "issuedOn",
                    issuedOn.toString(), validUntil.toString());
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /**
     * Returns a builder for a certificate.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the certificate counts on a date: issued on or before it and, if it has an end, not
     * expired on it.
     *
     * @param date the date asked about, not null
     * @return true if {@code issuedOn <= date <= validUntil} (the end is inclusive)
     */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !issuedOn.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
    }

    /**
     * Returns the certified level.
     *
     * @return the level, not null
     */
    public SkillLevel level() {
        return level;
    }

    /**
     * Returns the occupation the level is certified in.
     *
     * @return the occupation, not null
     */
    public Occupation occupation() {
        return occupation;
    }

    /**
     * Returns the certificate number.
     *
     * @return the number, not null
     */
    public String number() {
        return number;
    }

    /**
     * Returns the issuing body.
     *
     * @return the issuer, not null
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the date of issue.
     *
     * @return the date, not null
     */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /**
     * Returns the last day the certificate is valid, if it has one.
     *
     * @return the last valid day, empty for a certificate without an end
     */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkillCertificate that && level == that.level && occupation.equals(that.occupation)
                && number.equals(that.number) && issuer.equals(that.issuer) && issuedOn.equals(that.issuedOn)
                && Objects.equals(validUntil, that.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, occupation, number, issuer, issuedOn, validUntil);
    }

    @Override
    public String toString() {
        return level.chineseName() + " " + occupation.name() + " No." + number + " (" + issuedOn + " to "
                + (validUntil == null ? "open" : validUntil) + ")";
    }

    /** Builds a {@link SkillCertificate}; every field but {@code validUntil} is required. */
    public static final class Builder {
        private SkillLevel level;
        private Occupation occupation;
        private String number;
        private String issuer;
        private LocalDate issuedOn;
        private LocalDate validUntil;

        private Builder() {
        }

        /**
         * Sets the certified level.
         *
         * @param level the level, not null when built
         * @return this builder
         */
        public Builder level(SkillLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the occupation.
         *
         * @param occupation the occupation, not null when built
         * @return this builder
         */
        public Builder occupation(Occupation occupation) {
            this.occupation = occupation;
            return this;
        }

        /**
         * Sets the certificate number.
         *
         * @param number 1 to 64 characters, not null when built
         * @return this builder
         */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /**
         * Sets the issuing body.
         *
         * @param issuer 1 to 200 characters, not null when built
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Sets the date of issue.
         *
         * @param issuedOn the date, not null when built, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE}
         *     to {@link org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
         * @return this builder
         */
        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        /**
         * Sets the last day of validity.
         *
         * @param validUntil the last valid day (inclusive), or null for a certificate without an end; at most
         *     {@link org.talentregistry.AcceptedValues#LATEST_DATE} (9999-12-31, "no end", is accepted)
         * @return this builder
         */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /**
         * Builds the certificate.
         *
         * @return the certificate, not null
         * @throws InvalidFieldException naming the first missing or malformed field, e.g.
         *     {@code certificate.validUntil}
         */
        public SkillCertificate build() {
            return new SkillCertificate(this);
        }
    }
}
