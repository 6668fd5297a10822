package org.talentregistry.artisan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A registered artisan (a skilled worker): an immutable snapshot of what the registry holds, with the
 * version it was read at.
 *
 * <p>To change an artisan, build a changed copy with {@link #withDetails(ArtisanDetails)} or {@link
 * #edit(UnaryOperator)} and pass it to {@link Artisans#update}: the update is refused if someone else
 * changed the artisan since this snapshot was read. {@link #toString()} masks personal data.
 */
public final class Artisan {
    private final ArtisanId id;
    private final long version;
    private final ArtisanDetails details;
    private final Instant registeredAt;
    private final Instant updatedAt;

    private Artisan(ArtisanId id, long version, ArtisanDetails details, Instant registeredAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.details = Objects.requireNonNull(details, "details");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Returns a snapshot; used by stores when they read an artisan back.
     *
     * @param id the id, not null
     * @param version the version, counted from 1 at registration
     * @param details the details, not null
     * @param registeredAt when the artisan was registered, not null
     * @param updatedAt when the artisan was last changed, not null
     * @return the snapshot, not null
     * @throws NullPointerException if an argument is null
     */
    public static Artisan of(ArtisanId id, long version, ArtisanDetails details, Instant registeredAt,
            Instant updatedAt) {
        return new Artisan(id, version, details, registeredAt, updatedAt);
    }

    /**
     * Returns a copy with other details and the same id and version, ready to be passed to an update.
     *
     * @param newDetails the changed details, not null
     * @return the changed copy, not null
     * @throws NullPointerException if the details are null
     */
    public Artisan withDetails(ArtisanDetails newDetails) {
        return new Artisan(id, version, newDetails, registeredAt, updatedAt);
    }

    /**
     * Returns a copy whose details are changed through a builder, e.g.
     * {@code artisan.edit(b -> b.phone(PhoneNumber.of("13805331234")))}.
     *
     * @param change a function that changes the builder it is given and returns it, not null
     * @return the changed copy, not null
     * @throws org.talentregistry.InvalidFieldException if the changed details break a rule
     */
    public Artisan edit(UnaryOperator<ArtisanDetails.Builder> change) {
        return withDetails(change.apply(details.toBuilder()).build());
    }

    /**
     * Returns the artisan's skill level as of a date: the highest level among the certificates valid on
     * that date.
     *
     * @param date the date asked about, not null
     * @return the level, or empty if no certificate is valid on that date
     */
    public Optional<SkillLevel> levelAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // A loop, not a stream: an export asks this of every artisan it writes.
        SkillLevel highest = null;
        for (SkillCertificate c : details.certificates()) {
            if (c.isValidOn(date) && (highest == null || c.level().compareTo(highest) > 0)) {
                highest = c.level();
            }
        }
        return Optional.ofNullable(highest);
    }

    /**
     * Returns the certificates that count on a date.
     *
     * @param date the date asked about, not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<SkillCertificate> certificatesValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return details.certificates().stream().filter(c -> c.isValidOn(date)).toList();
    }

    /**
     * Returns the full years the artisan has been in the trade on a date.
     *
     * @param date the date asked about, not null
     * @return the full years, zero if the date is before the start
     */
    public int yearsInTradeAsOf(LocalDate date) {
        LocalDate start = details.startedInTradeOn();
        return date.isBefore(start) ? 0 : Period.between(start, date).getYears();
    }

    /**
     * Returns the id.
     *
     * @return the id, not null
     */
    public ArtisanId id() {
        return id;
    }

    /**
     * Returns the version this snapshot was read at; it grows by one with each update.
     *
     * @return the version, 1 after registration
     */
    public long version() {
        return version;
    }

    /**
     * Returns the recorded details.
     *
     * @return the details, not null
     */
    public ArtisanDetails details() {
        return details;
    }

    /**
     * Returns the name; short for {@code details().name()}.
     *
     * @return the name, not null
     */
    public String name() {
        return details.name();
    }

    /**
     * Returns the resident identity number; short for {@code details().residentId()}.
     *
     * @return the number, or empty once it was erased (see {@link ArtisanDetails})
     */
    public Optional<ResidentId> residentId() {
        return details.residentId();
    }

    /**
     * Returns the birth date; short for {@code details().birthDate()}.
     *
     * @return the birth date, not null, kept when the identity number is erased
     */
    public LocalDate birthDate() {
        return details.birthDate();
    }

    /**
     * Returns the age in full years on a date, counted as {@link ResidentId#ageOn} counts it, from the birth
     * date (which outlives an erased number).
     *
     * @param date the date to compute the age on, not null
     * @return the age in completed years, zero or more
     * @throws NullPointerException if the date is null
     * @throws IllegalArgumentException if the date is before the birth date
     */
    public int ageOn(LocalDate date) {
        return ResidentId.ageOn(details.birthDate(), date);
    }

    /**
     * Returns when the artisan was registered.
     *
     * @return the instant, not null
     */
    public Instant registeredAt() {
        return registeredAt;
    }

    /**
     * Returns when the artisan was last changed.
     *
     * @return the instant, not null
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Artisan that && id.equals(that.id) && version == that.version
                && details.equals(that.details) && registeredAt.equals(that.registeredAt)
                && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, details);
    }

    @Override
    public String toString() {
        return "Artisan{id=" + id + ", version=" + version + ", " + details + "}";
    }
}
