package org.talentregistry.artisan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * What the registry records about an artisan: the fields a host fills in when it registers an artisan
 * and changes when it updates one.
 *
 * <p>Validated when built: a value that breaks a rule is refused with an {@link InvalidFieldException}
 * naming the field. {@link #toString()} masks the resident identity number and the phone.
 *
 * <p>Details always carry a birth date. They carry the resident identity number too, except those a store
 * reads back after the number was erased ({@link org.talentregistry.privacy.PersonalData#eraseIdentityNumber},
 * or the retention purge): the registry still knows the person by the number's keyed hash, so a look-up by
 * the number, a priority check and a second registration of it still find the artisan, but the number itself
 * is gone. Registering needs the number; an update may leave an erased one erased, or give it back.
 */
public final class ArtisanDetails {
    private final String name;
    private final ResidentId residentId;
    private final LocalDate birthDate;
    private final PhoneNumber phone;
    private final Employer employer;
    private final Occupation occupation;
    private final Region region;
    private final LocalDate startedInTradeOn;
    private final List<SkillCertificate> certificates;

    private ArtisanDetails(Builder b) {
        this.name = Texts.required("name", b.name, 100);
        if (b.residentId == null && b.erasedBirthDate == null) {
            throw InvalidFieldException.required("residentId");
        }
        this.residentId = b.residentId;
        this.birthDate = b.residentId != null ? b.residentId.birthDate() : b.erasedBirthDate;
        this.phone = b.phone;
        this.employer = required("employer", b.employer);
        this.occupation = required("occupation", b.occupation);
        this.region = required("region", b.region);
        this.startedInTradeOn = Ranges.eventDate("startedInTradeOn", b.startedInTradeOn);
        this.certificates = List.copyOf(b.certificates);
        if (startedInTradeOn.isBefore(birthDate)) {
            throw new InvalidFieldException("startedInTradeOn", FieldProblem.BEFORE_BIRTH_DATE);
        }
        // Each number against those before it: an artisan holds a few certificates, and a set per artisan cost
        // 18 MB of garbage for an export of 100,000 (issue 12's export profile).
        for (int i = 0; i < certificates.size(); i++) {
            SkillCertificate certificate = certificates.get(i);
            for (int j = 0; j < i; j++) {
                if (certificates.get(j).number().equals(certificate.number())) {
                    throw new InvalidFieldException("certificates", FieldProblem.CERTIFICATE_LISTED_TWICE,
                            Texts.quote(certificate.number()));
                }
            }
            if (certificate.issuedOn().isBefore(birthDate)) {
                throw new InvalidFieldException("certificates", FieldProblem.CERTIFICATE_BEFORE_BIRTH,
                        certificate.number());
            }
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these details, to build a changed copy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.residentId = residentId;
        b.erasedBirthDate = residentId == null ? birthDate : null;
        b.phone = phone;
        b.employer = employer;
        b.occupation = occupation;
        b.region = region;
        b.startedInTradeOn = startedInTradeOn;
        b.certificates.addAll(certificates);
        return b;
    }

    /**
     * Returns the artisan's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the resident identity number, unless it was erased.
     *
     * @return the number, or empty once it was erased (see the class's description)
     */
    public Optional<ResidentId> residentId() {
        return Optional.ofNullable(residentId);
    }

    /**
     * Returns the birth date: the one the identity number encodes, kept when the number is erased.
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the phone number, if one was given.
     *
     * @return the phone, or empty
     */
    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /**
     * Returns the employer.
     *
     * @return the employer, not null
     */
    public Employer employer() {
        return employer;
    }

    /**
     * Returns the artisan's occupation.
     *
     * @return the occupation, not null
     */
    public Occupation occupation() {
        return occupation;
    }

    /**
     * Returns the region (district or county) the artisan works in.
     *
     * @return the region, not null
     */
    public Region region() {
        return region;
    }

    /**
     * Returns the date the artisan started in the trade.
     *
     * @return the date, not null
     */
    public LocalDate startedInTradeOn() {
        return startedInTradeOn;
    }

    /**
     * Returns every certificate on record, valid or expired, in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public List<SkillCertificate> certificates() {
        return certificates;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArtisanDetails that && name.equals(that.name) && Objects.equals(residentId, that.residentId)
                && birthDate.equals(that.birthDate) && Objects.equals(phone, that.phone) && employer.equals(that.employer)
                && occupation.equals(that.occupation) && region.equals(that.region)
                && startedInTradeOn.equals(that.startedInTradeOn) && certificates.equals(that.certificates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, residentId, birthDate, phone, employer, occupation, region, startedInTradeOn, certificates);
    }

    @Override
    public String toString() {
        return "ArtisanDetails{name=" + name + ", residentId=" + (residentId == null ? "erased" : residentId)
                + ", phone=" + phone
                + ", employer=" + employer + ", occupation=" + occupation + ", region=" + region
                + ", startedInTradeOn=" + startedInTradeOn + ", certificates=" + certificates + "}";
    }

    /** Builds {@link ArtisanDetails}; every field but the phone and the certificates is required. */
    public static final class Builder {
        private String name;
        private ResidentId residentId;
        private LocalDate erasedBirthDate;
        private PhoneNumber phone;
        private Employer employer;
        private Occupation occupation;
        private Region region;
        private LocalDate startedInTradeOn;
        private final List<SkillCertificate> certificates = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name 1 to 100 characters, not null when built
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the resident identity number.
         *
         * @param residentId the number, not null when built
         * @return this builder
         */
        public Builder residentId(ResidentId residentId) {
            this.residentId = residentId;
            this.erasedBirthDate = null;
            return this;
        }

        /**
         * Records that the identity number was erased, keeping the birth date it encoded; for stores reading
         * back an artisan whose number was erased (hosts register and update with a number).
         *
         * @param birthDate the birth date the erased number encoded, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code birthDate} if it is null or out of range
         */
        public Builder residentIdErased(LocalDate birthDate) {
            this.erasedBirthDate = Ranges.eventDate("birthDate", birthDate);
            this.residentId = null;
            return this;
        }

        /**
         * Sets the phone.
         *
         * @param phone the phone, or null for none
         * @return this builder
         */
        public Builder phone(PhoneNumber phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets the employer.
         *
         * @param employer the employer, not null when built
         * @return this builder
         */
        public Builder employer(Employer employer) {
            this.employer = employer;
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
         * Sets the region.
         *
         * @param region the region, not null when built
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the date the artisan started in the trade.
         *
         * @param startedInTradeOn the date, not before the birth date, not null when built, at most {@link
         *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
         * @return this builder
         */
        public Builder startedInTradeOn(LocalDate startedInTradeOn) {
            this.startedInTradeOn = startedInTradeOn;
            return this;
        }

        /**
         * Adds a certificate.
         *
         * @param certificate the certificate, not null
         * @return this builder
         * @throws InvalidFieldException if the certificate is null
         */
        public Builder addCertificate(SkillCertificate certificate) {
            this.certificates.add(required("certificates", certificate));
            return this;
        }

        /**
         * Replaces the certificates.
         *
         * @param certificates the certificates, not null, no null element
         * @return this builder
         * @throws InvalidFieldException if the list or an element is null
         */
        public Builder certificates(List<SkillCertificate> certificates) {
            this.certificates.clear();
            required("certificates", certificates).forEach(this::addCertificate);
            return this;
        }

        /**
         * Builds the details.
         *
         * @return the details, not null
         * @throws InvalidFieldException naming the first missing or malformed field
         */
        public ArtisanDetails build() {
            return new ArtisanDetails(this);
        }
    }
}
