package org.talentregistry.artisan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.internal.Ranges;
import org.talentregistry.internal.Texts;

/**
 * A filter and a page size for listing artisans. Every filter is optional; those given must all hold.
 *
 * <p>Pages are ordered by {@link ArtisanId} and follow each other by a cursor: pass a page's {@link
 * ArtisanPage#nextCursor()} to {@link Builder#after(ArtisanId)} for the next page. Unlike an offset, the
 * cursor stays correct and fast on large registries while artisans are being added.
 */
public final class ArtisanQuery {
    /** The largest page size. */
    public static final int MAX_LIMIT = 1000;

    private final String occupationCode;
    private final String regionCode;
    private final SkillLevel minimumLevel;
    private final LocalDate levelAsOf;
    private final CreditCode employer;
    private final ArtisanId after;
    private final int limit;

    private ArtisanQuery(Builder b) {
        if (b.minimumLevel != null && b.levelAsOf == null) {
            throw new InvalidFieldException("levelAsOf", FieldProblem.REQUIRED_WITH, "minimumLevel");
        }
        if (b.limit < 1 || b.limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", FieldProblem.NOT_BETWEEN, 1, MAX_LIMIT, b.limit);
        }
        this.occupationCode = b.occupationCode == null ? null : Texts.lookup("occupation", b.occupationCode, 100);
        this.regionCode = b.regionCode == null ? null : Texts.lookup("region", b.regionCode, 100);
        this.minimumLevel = b.minimumLevel;
        this.levelAsOf = b.minimumLevel == null ? null : Ranges.date("levelAsOf", b.levelAsOf);

        this.employer = b.employer;
        this.after = b.after;
        this.limit = b.limit;
    }

    /**
     * Returns a builder for a query with no filter and a page size of 100.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a query with no filter and a page size of 100.
     *
     * @return the query, not null
     */
    public static ArtisanQuery all() {
        return builder().build();
    }

    /**
     * Returns the same query for the page after the given artisan.
     *
     * @param cursor the last artisan of the previous page, not null
     * @return the query for the next page, not null
     */
    public ArtisanQuery after(ArtisanId cursor) {
        Builder b = new Builder();
        b.occupationCode = occupationCode;
        b.regionCode = regionCode;
        b.minimumLevel = minimumLevel;
        b.levelAsOf = levelAsOf;
        b.employer = employer;
        b.limit = limit;
        b.after = Objects.requireNonNull(cursor, "cursor");
        return b.build();
    }

    /**
     * Returns the occupation filter.
     *
     * @return the occupation code artisans must have, or empty
     */
    public Optional<String> occupationCode() {
        return Optional.ofNullable(occupationCode);
    }

    /**
     * Returns the region filter.
     *
     * @return the region code artisans must have, or empty
     */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /**
     * Returns the level filter.
     *
     * @return the lowest accepted level as of {@link #levelAsOf()}, or empty
     */
    public Optional<SkillLevel> minimumLevel() {
        return Optional.ofNullable(minimumLevel);
    }

    /**
     * Returns the date the level filter is evaluated on.
     *
     * @return the date, present exactly when {@link #minimumLevel()} is
     */
    public Optional<LocalDate> levelAsOf() {
        return Optional.ofNullable(levelAsOf);
    }

    /**
     * Returns the employer filter.
     *
     * @return the credit code of the employer artisans must have, or empty
     */
    public Optional<CreditCode> employer() {
        return Optional.ofNullable(employer);
    }

    /**
     * Returns the cursor.
     *
     * @return the id after which the page starts, or empty for the first page
     */
    public Optional<ArtisanId> after() {
        return Optional.ofNullable(after);
    }

    /**
     * Returns the page size.
     *
     * @return the largest number of artisans in a page, 1 to {@link #MAX_LIMIT}
     */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "ArtisanQuery{occupation=" + occupationCode + ", region=" + regionCode + ", minimumLevel="
                + minimumLevel + ", asOf=" + levelAsOf + ", employer=" + employer + ", after=" + after
                + ", limit=" + limit + "}";
    }

    /** Builds an {@link ArtisanQuery}. */
    public static final class Builder {
        private String occupationCode;
        private String regionCode;
        private SkillLevel minimumLevel;
        private LocalDate levelAsOf;
        private CreditCode employer;
        private ArtisanId after;
        private int limit = 100;

        private Builder() {
        }

        /**
         * Keeps artisans of one occupation.
         *
         * @param code the occupation code, or null for any
         * @return this builder
         */
        public Builder occupation(String code) {
            this.occupationCode = code;
            return this;
        }

        /**
         * Keeps artisans of one region.
         *
         * @param code the six-digit region code, or null for any
         * @return this builder
         */
        public Builder region(String code) {
            this.regionCode = code;
            return this;
        }

        /**
         * Keeps artisans whose level on a date is at or above a level, by the certificates valid then.
         *
         * @param level the lowest accepted level, or null for any
         * @param asOf the date the level is evaluated on; required when the level is given
         * @return this builder
         */
        public Builder levelAtLeast(SkillLevel level, LocalDate asOf) {
            this.minimumLevel = level;
            this.levelAsOf = asOf;
            return this;
        }

        /**
         * Keeps artisans of one employer.
         *
         * @param creditCode the employer's credit code, or null for any
         * @return this builder
         */
        public Builder employer(CreditCode creditCode) {
            this.employer = creditCode;
            return this;
        }

        /**
         * Starts the page after an artisan.
         *
         * @param cursor the last id of the previous page, or null for the first page
         * @return this builder
         */
        public Builder after(ArtisanId cursor) {
            this.after = cursor;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit 1 to {@link #MAX_LIMIT}
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query, not null
         * @throws InvalidFieldException if the limit is out of range or a level is given without a date
         */
        public ArtisanQuery build() {
            return new ArtisanQuery(this);
        }
    }
}
