package org.talentregistry.pool;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;
import org.talentregistry.privacy.ConsentPurpose;

/**
 * Which members of the talent pool to list, as of a date, and one page of them. Filters combine with AND.
 * Its dates are dates given to a query, from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
 * org.talentregistry.AcceptedValues#LATEST_DATE}; its codes hold no control character.
 *
 * <pre>{@code
 * PoolQuery q = PoolQuery.asOf(LocalDate.of(2020, 12, 31))
 *         .occupation("4-12-01-01").region("370303")
 *         .honor(goldProgramId, "gold", 2018)
 *         .engagementsBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 1)
 *         .sortBy(PoolSort.MOST_ENGAGEMENTS).page(0, 50).build();
 * }</pre>
 */
public final class PoolQuery {
    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    private final LocalDate asOf;
    private final String occupationCode;
    private final String regionCode;
    private final CreditCode employer;
    private final SkillLevel minimumLevel;
    private final HonorProgramId programId;
    private final String tierCode;
    private final Integer honorYear;
    private final LocalDate engagementsFrom;
    private final LocalDate engagementsUntil;
    private final int minimumEngagements;
    private final ConsentPurpose consentedTo;
    private final LocalDate consentOn;
    private final PoolSort sort;
    private final int offset;
    private final int limit;

    private PoolQuery(Builder b) {
        this.asOf = b.asOf;
        this.occupationCode = b.occupationCode;
        this.regionCode = b.regionCode;
        this.employer = b.employer;
        this.minimumLevel = b.minimumLevel;
        this.programId = b.programId;
        this.tierCode = b.tierCode;
        this.honorYear = b.honorYear;
        this.engagementsFrom = b.engagementsFrom;
        this.engagementsUntil = b.engagementsUntil;
        this.minimumEngagements = b.minimumEngagements;
        this.consentedTo = b.consentedTo;
        this.consentOn = b.consentOn;
        this.sort = b.sort;
        this.offset = b.offset;
        this.limit = b.limit;
    }

    /**
     * Starts a query of the pool as it stood on a date: members whose membership holds on that day.
     *
     * @param asOf the date, not null
     * @return a builder, not null
     * @throws InvalidFieldException naming {@code asOf} if the date is null or outside the range of query dates
     */
    public static Builder asOf(LocalDate asOf) {
        return new Builder(Ranges.date("asOf", asOf));
    }

    /** @return the date the pool is read as of, not null */
    public LocalDate date() {
        return asOf;
    }

    /** @return the occupation code members must have, if filtered */
    public Optional<String> occupationCode() {
        return Optional.ofNullable(occupationCode);
    }

    /** @return the region code members must have, if filtered */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /** @return the employer members must work for, if filtered */
    public Optional<CreditCode> employer() {
        return Optional.ofNullable(employer);
    }

    /** @return the lowest skill level members must hold on the query's date, if filtered */
    public Optional<SkillLevel> minimumLevel() {
        return Optional.ofNullable(minimumLevel);
    }

    /** @return the program whose honor must have brought a membership holding on the date, if filtered */
    public Optional<HonorProgramId> programId() {
        return Optional.ofNullable(programId);
    }

    /** @return the tier of that honor, if filtered */
    public Optional<String> tierCode() {
        return Optional.ofNullable(tierCode);
    }

    /** @return the year of that honor, if filtered */
    public OptionalInt honorYear() {
        return honorYear == null ? OptionalInt.empty() : OptionalInt.of(honorYear);
    }

    /** @return the first day of the period engagements are counted in, if a period was set */
    public Optional<LocalDate> engagementsFrom() {
        return Optional.ofNullable(engagementsFrom);
    }

    /** @return the first day after that period, if a period was set */
    public Optional<LocalDate> engagementsUntil() {
        return Optional.ofNullable(engagementsUntil);
    }

    /** @return how many engagements in the period a member must have, 0 when not filtered */
    public int minimumEngagements() {
        return minimumEngagements;
    }

    /** @return the purpose members must have a consent to holding on {@link #consentOn()}, if filtered */
    public Optional<ConsentPurpose> consentedTo() {
        return Optional.ofNullable(consentedTo);
    }

    /** @return the day the consent filter asks about: the query's date unless another was given, not null */
    public LocalDate consentOn() {
        return consentOn == null ? asOf : consentOn;
    }

    /** @return the order, not null */
    public PoolSort sort() {
        return sort;
    }

    /** @return how many members to skip */
    public int offset() {
        return offset;
    }

    /** @return the page size, 1 to {@link #MAX_LIMIT} */
    public int limit() {
        return limit;
    }

    /**
     * Returns the same query for another page.
     *
     * @param newOffset how many members to skip, not negative
     * @return the query, not null
     * @throws InvalidFieldException naming {@code offset} if negative
     */
    public PoolQuery withOffset(int newOffset) {
        return copy(newOffset, consentedTo, consentOn);
    }

    /**
     * Returns the same query with another consent filter, asking about the query's date.
     *
     * @param purpose the purpose members must have consented to, or null for no consent filter
     * @return the query, not null
     */
    public PoolQuery withConsent(ConsentPurpose purpose) {
        return copy(offset, purpose, null);
    }

    /**
     * Returns the same query with another consent filter, asking about another day than the query's: the day
     * the list is handed over, when the members are those of a past date.
     *
     * @param purpose the purpose members must have consented to, not null
     * @param on the day the consent must hold, not null
     * @return the query, not null
     * @throws NullPointerException if the purpose or the day is null
     */
    public PoolQuery withConsent(ConsentPurpose purpose, LocalDate on) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(on, "on");
        return copy(offset, purpose, on);
    }

    private PoolQuery copy(int newOffset, ConsentPurpose purpose, LocalDate purposeOn) {
        Builder b = new Builder(asOf);
        b.occupationCode = occupationCode;
        b.regionCode = regionCode;
        b.employer = employer;
        b.minimumLevel = minimumLevel;
        b.programId = programId;
        b.tierCode = tierCode;
        b.honorYear = honorYear;
        b.engagementsFrom = engagementsFrom;
        b.engagementsUntil = engagementsUntil;
        b.minimumEngagements = minimumEngagements;
        b.consentedTo = purpose;
        b.consentOn = purpose == null ? null : purposeOn;
        b.sort = sort;
        return b.page(newOffset, limit).build();
    }

    @Override
    public String toString() {
        return "PoolQuery{asOf=" + asOf + ", occupation=" + occupationCode + ", region=" + regionCode + ", employer="
                + employer + ", minimumLevel=" + minimumLevel + ", program=" + programId + ", tier=" + tierCode
                + ", year=" + honorYear + ", engagements=[" + engagementsFrom + ", " + engagementsUntil + ") >= "
                + minimumEngagements + ", consentedTo=" + consentedTo + (consentOn == null ? "" : " on " + consentOn) + ", sort=" + sort + ", offset=" + offset + ", limit=" + limit + "}";
    }

    /** Builds a {@link PoolQuery}. */
    public static final class Builder {
        private final LocalDate asOf;
        private String occupationCode;
        private String regionCode;
        private CreditCode employer;
        private SkillLevel minimumLevel;
        private HonorProgramId programId;
        private String tierCode;
        private Integer honorYear;
        private LocalDate engagementsFrom;
        private LocalDate engagementsUntil;
        private int minimumEngagements;
        private ConsentPurpose consentedTo;
        private LocalDate consentOn;
        private PoolSort sort = PoolSort.ARTISAN_ID;
        private int offset;
        private int limit = 100;

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        /**
         * Keeps members of one trade.
         *
         * @param code the occupation code, e.g. {@code 4-12-01-01}, 1 to 32 characters, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code occupation} if null, blank, too long or with a control
         *     character
         */
        public Builder occupation(String code) {
            this.occupationCode = code(code, "occupation");
            return this;
        }

        /**
         * Keeps members of one region.
         *
         * @param code the six-digit region code, e.g. {@code 370303}, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code region} if not six digits
         */
        public Builder region(String code) {
            String stripped = code == null || code.length() > 64 ? null : code.strip();
            if (stripped == null || !stripped.matches("[0-9]{6}")) {
                throw new InvalidFieldException("region", FieldProblem.NOT_A_REGION_CODE, Texts.quote(code));
            }
            this.regionCode = stripped;
            return this;
        }

        /**
         * Keeps members working for one employer.
         *
         * @param creditCode the employer, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code employer} if null
         */
        public Builder employer(CreditCode creditCode) {
            if (creditCode == null) {
                throw new InvalidFieldException("employer", "is required");
            }
            this.employer = creditCode;
            return this;
        }

        /**
         * Keeps members holding at least a skill level on the query's date.
         *
         * @param level the level, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code minimumLevel} if null
         */
        public Builder levelAtLeast(SkillLevel level) {
            if (level == null) {
                throw new InvalidFieldException("minimumLevel", "is required");
            }
            this.minimumLevel = level;
            return this;
        }

        /**
         * Keeps members whose membership holding on the query's date was brought by an honor of a program.
         *
         * @param program the program, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code programId} if null
         */
        public Builder honor(HonorProgramId program) {
            if (program == null) {
                throw new InvalidFieldException("programId", "is required");
            }
            this.programId = program;
            return this;
        }

        /**
         * Keeps members whose membership holding on the query's date was brought by an honor of a program's
         * tier, granted for a year.
         *
         * @param program the program, not null
         * @param tier the tier code, 1 to 32 characters, not null
         * @param year the honor's year, a round's year: {@link org.talentregistry.AcceptedValues#EARLIEST_YEAR}
         *     to {@link org.talentregistry.AcceptedValues#LATEST_YEAR}
         * @return this builder
         * @throws InvalidFieldException naming {@code programId}, {@code tierCode} or {@code honorYear}
         */
        public Builder honor(HonorProgramId program, String tier, int year) {
            honor(program);
            this.tierCode = code(tier, "tierCode");
            this.honorYear = Ranges.year("honorYear", year);
            return this;
        }

        /**
         * Keeps members whose membership holding on the query's date was brought by an honor of a program's tier.
         *
         * @param program the program, not null
         * @param tier the tier code, 1 to 32 characters, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code programId} or {@code tierCode}
         */
        public Builder honor(HonorProgramId program, String tier) {
            honor(program);
            this.tierCode = code(tier, "tierCode");
            return this;
        }

        /**
         * Counts each member's engagements dated in a period, and keeps members with at least a number of
         * them. An engagement is dated by its first day.
         *
         * @param fromInclusive the period's first day, a query date, not null
         * @param untilExclusive the first day after it, after {@code fromInclusive}, a query date, not null
         * @param atLeast the fewest engagements kept, 0 to only count them
         * @return this builder
         * @throws InvalidFieldException naming {@code engagementsFrom}, {@code engagementsUntil} (missing,
         *     outside the range of query dates, or not after the first day) or {@code minimumEngagements}
         */
        public Builder engagementsBetween(LocalDate fromInclusive, LocalDate untilExclusive, int atLeast) {
            Ranges.date("engagementsFrom", fromInclusive);
            Ranges.date("engagementsUntil", untilExclusive);
            if (!untilExclusive.isAfter(fromInclusive)) {
                throw new InvalidFieldException("engagementsUntil", FieldProblem.NOT_AFTER, fromInclusive.toString(),
                        untilExclusive.toString());
            }
            if (atLeast < 0) {
                throw new InvalidFieldException("minimumEngagements", FieldProblem.NEGATIVE, atLeast);
            }
            this.engagementsFrom = fromInclusive;
            this.engagementsUntil = untilExclusive;
            this.minimumEngagements = atLeast;
            return this;
        }

        /**
         * Keeps members whose consent to a purpose holds on the query's date, for example before the union
         * hands the list to the bureau ({@link ConsentPurpose#SHARING_WITH_BUREAU}).
         *
         * @param purpose the purpose, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code consentedTo} if null
         */
        public Builder consentedTo(ConsentPurpose purpose) {
            if (purpose == null) {
                throw new InvalidFieldException("consentedTo", "is required");
            }
            this.consentedTo = purpose;
            return this;
        }

        /**
         * Sets the order.
         *
         * @param order the order, not null
         * @return this builder
         * @throws InvalidFieldException naming {@code sort} if null
         */
        public Builder sortBy(PoolSort order) {
            if (order == null) {
                throw new InvalidFieldException("sort", "is required");
            }
            this.sort = order;
            return this;
        }

        /**
         * Sets the page.
         *
         * @param skip how many members to skip, not negative
         * @param size the page size, 1 to {@link #MAX_LIMIT}
         * @return this builder
         * @throws InvalidFieldException naming {@code offset} or {@code limit}
         */
        public Builder page(int skip, int size) {
            if (skip < 0) {
                throw new InvalidFieldException("offset", FieldProblem.NEGATIVE, skip);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw new InvalidFieldException("limit", FieldProblem.OUT_OF_RANGE, 1, MAX_LIMIT, size);
            }
            this.offset = skip;
            this.limit = size;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query, not null
         * @throws InvalidFieldException naming {@code sort} if sorted by engagements without a period
         */
        public PoolQuery build() {
            if (sort == PoolSort.MOST_ENGAGEMENTS && engagementsFrom == null) {
                throw new InvalidFieldException("sort", FieldProblem.SORT_NEEDS_PERIOD);
            }
            return new PoolQuery(this);
        }

        private static String code(String value, String field) {
            return Texts.required(field, value, 32);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PoolQuery q && asOf.equals(q.asOf) && Objects.equals(occupationCode, q.occupationCode)
                && Objects.equals(regionCode, q.regionCode) && Objects.equals(employer, q.employer)
                && minimumLevel == q.minimumLevel && Objects.equals(programId, q.programId)
                && Objects.equals(tierCode, q.tierCode) && Objects.equals(honorYear, q.honorYear)
                && Objects.equals(engagementsFrom, q.engagementsFrom) && Objects.equals(engagementsUntil, q.engagementsUntil)
                && minimumEngagements == q.minimumEngagements && consentedTo == q.consentedTo
                && Objects.equals(consentOn, q.consentOn) && sort == q.sort && offset == q.offset && limit == q.limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, occupationCode, regionCode, programId, tierCode, honorYear, sort, offset, limit);
    }
}
