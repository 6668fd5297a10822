package org.talentregistry.privacy;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.AcceptedValues;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * How long the registry keeps personal data past its purpose (PIPL Art. 19), set by the host on
 * {@link org.talentregistry.TalentRegistry.Builder#retention(RetentionPolicy)} and applied by
 * {@link PersonalData#purge}. Names, honors and decisions are never purged: they are the public record.
 *
 * <p>A technician title is a purpose of its own, the bureau's: whatever the periods, the purge leaves alone
 * the phone and the identity number of an artisan who applied for a title in a round neither selected nor
 * cancelled, or whose round was decided or cancelled less than the period ago, and of one who holds a title,
 * for life or in its term, or whose term ended or whose title was revoked less than the period ago.
 *
 * <pre>{@code
 * RetentionPolicy.builder()
 *         .voterKeysAfterNotice(Period.ofDays(30))        // after the public notice (and its objections) ended
 *         .contactDataAfterLeavingPool(Period.ofYears(2))  // phones of artisans no longer in the pool
 *         .identityNumbersAfterLeavingPool(Period.ofYears(5))  // their identity numbers, kept as a keyed hash
 *         .nomineesNotHonoredAfterNotice(Period.ofYears(3))  // phones and numbers of nominees never honored
 *         .batchSize(10_000)
 *         .build();
 * }</pre>
 */
public final class RetentionPolicy {
    private final Period voterKeysAfterNotice;
    private final Period contactDataAfterLeavingPool;
    private final Period identityNumbersAfterLeavingPool;
    private final Period nomineesNotHonoredAfterNotice;
    private final int batchSize;

    private RetentionPolicy(Builder b) {
        this.voterKeysAfterNotice = b.voterKeysAfterNotice;
        this.contactDataAfterLeavingPool = b.contactDataAfterLeavingPool;
        this.identityNumbersAfterLeavingPool = b.identityNumbersAfterLeavingPool;
        this.nomineesNotHonoredAfterNotice = b.nomineesNotHonoredAfterNotice;
        this.batchSize = b.batchSize;
    }

    /**
     * Returns the default policy: voter keys are purged once a round is named or cancelled and its public
     * notice is over; contact data and identity numbers are kept, of pool members and of nominees alike.
     *
     * @return the policy, not null
     */
    public static RetentionPolicy defaults() {
        return builder().build();
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return how long voter keys are kept after the last day of a closed round's public notice, not null */
    public Period voterKeysAfterNotice() {
        return voterKeysAfterNotice;
    }

    /** @return how long an artisan's phone is kept after the artisan's last membership ended; empty: kept */
    public Optional<Period> contactDataAfterLeavingPool() {
        return Optional.ofNullable(contactDataAfterLeavingPool);
    }

    /**
     * @return how long an artisan's identity number is kept after the artisan's last membership ended; empty:
     *     kept. An erased number leaves its keyed hash and the birth date it encoded (see {@link
     *     PersonalData#eraseIdentityNumber})
     */
    public Optional<Period> identityNumbersAfterLeavingPool() {
        return Optional.ofNullable(identityNumbersAfterLeavingPool);
    }

    /**
     * @return how long the phone and the identity number of an artisan who was nominated but never honored
     *     nor in the pool are kept after the public notice of the artisan's last round ended; empty: kept
     *     (see {@link Builder#nomineesNotHonoredAfterNotice})
     */
    public Optional<Period> nomineesNotHonoredAfterNotice() {
        return Optional.ofNullable(nomineesNotHonoredAfterNotice);
    }

    /** @return how many rows one purge transaction removes at most */
    public int batchSize() {
        return batchSize;
    }

    @Override
    public String toString() {
        return "RetentionPolicy{voterKeysAfterNotice=" + voterKeysAfterNotice + ", contactDataAfterLeavingPool="
                + contactDataAfterLeavingPool + ", identityNumbersAfterLeavingPool=" + identityNumbersAfterLeavingPool
                + ", nomineesNotHonoredAfterNotice=" + nomineesNotHonoredAfterNotice + ", batchSize=" + batchSize + "}";
    }

    /** Builds a {@link RetentionPolicy}. */
    public static final class Builder {
        private Period voterKeysAfterNotice = Period.ZERO;
        private Period contactDataAfterLeavingPool;
        private Period identityNumbersAfterLeavingPool;
        private Period nomineesNotHonoredAfterNotice;
        private int batchSize = 10_000;

        private Builder() {
        }

        /**
         * Sets how long voter keys are kept after the last day of a named or cancelled round's public notice.
         *
         * @param period not negative, at most {@value AcceptedValues#MAX_RETENTION_YEARS} years (see {@link
         *     AcceptedValues#MAX_RETENTION_YEARS}), not null
         * @return this builder
         * @throws InvalidFieldException naming {@code voterKeysAfterNotice} if null, negative or too long
         */
        public Builder voterKeysAfterNotice(Period period) {
            this.voterKeysAfterNotice = checked("voterKeysAfterNotice", period);
            return this;
        }

        /**
         * Sets how long an artisan's phone is kept after the artisan's last pool membership ended, and after the
         * notice of any round the artisan was nominated in (none may still be running or deferred), and
         * after any technician title of the artisan's ended (see above).
         *
         * @param period not negative, at most {@value AcceptedValues#MAX_RETENTION_YEARS} years (see {@link
         *     AcceptedValues#MAX_RETENTION_YEARS}), not null
         * @return this builder
         * @throws InvalidFieldException naming {@code contactDataAfterLeavingPool} if null, negative or too long
         */
        public Builder contactDataAfterLeavingPool(Period period) {
            this.contactDataAfterLeavingPool = checked("contactDataAfterLeavingPool", period);
            return this;
        }

        /**
         * Sets how long an artisan's identity number is kept after the artisan's last pool membership ended, and
         * after the notice of any round the artisan was nominated in (none may still be running or
         * deferred), and after any technician title of the artisan's ended (see above).
         * The purge then erases the number and keeps its keyed hash and the birth date: the artisan is still
         * found by the number, and refused a second registration, but the number is no longer shown anywhere.
         *
         * @param period not negative, at most {@value AcceptedValues#MAX_RETENTION_YEARS} years (see {@link
         *     AcceptedValues#MAX_RETENTION_YEARS}), not null
         * @return this builder
         * @throws InvalidFieldException naming {@code identityNumbersAfterLeavingPool} if null, negative or too long
         */
        public Builder identityNumbersAfterLeavingPool(Period period) {
            this.identityNumbersAfterLeavingPool = checked("identityNumbersAfterLeavingPool", period);
            return this;
        }

        /**
         * Sets how long the phone and the identity number of an artisan who applied and was not honored are
         * kept: counted from the last day of the public notice (公示) of the artisan's last round, once every
         * round the artisan was nominated in is named or cancelled after a notice, no nomination of the
         * artisan's is deferred (暂缓命名), and the artisan holds no honor and was never in the talent pool.
         * The number is erased as {@link PersonalData#eraseIdentityNumber} erases it, keeping its keyed hash, so
         * that a nominee who applies again is still found by it. An artisan never nominated (registered by the
         * host for its own purposes) is not touched, nor one nominated in a round cancelled before its notice,
         * nor one whom a technician title still concerns (see above).
         *
         * @param period not negative, at most {@value AcceptedValues#MAX_RETENTION_YEARS} years (see {@link
         *     AcceptedValues#MAX_RETENTION_YEARS}), not null
         * @return this builder
         * @throws InvalidFieldException naming {@code nomineesNotHonoredAfterNotice} if null, negative or too long
         */
        public Builder nomineesNotHonoredAfterNotice(Period period) {
            this.nomineesNotHonoredAfterNotice = checked("nomineesNotHonoredAfterNotice", period);
            return this;
        }

        /**
         * Sets how many rows one purge transaction removes at most, so that a purge never holds long locks
         * or one huge transaction.
         *
         * @param size 100 to 1,000,000
         * @return this builder
         * @throws InvalidFieldException naming {@code batchSize} if out of range
         */
        public Builder batchSize(int size) {
            if (size < 100 || size > 1_000_000) {
                throw new InvalidFieldException("batchSize", FieldProblem.OUT_OF_RANGE, "100", "1,000,000", String.valueOf(size));
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         */
        public RetentionPolicy build() {
            return new RetentionPolicy(this);
        }

        private static Period checked(String field, Period period) {
            if (period == null) {
                throw InvalidFieldException.required(field);
            }
            if (period.isNegative()) {
                throw new InvalidFieldException(field, FieldProblem.NEGATIVE_PERIOD, period.toString());
            }
            // A purge subtracts the period from today: bounded, the cutoff stays a date every database stores.
            int years = AcceptedValues.MAX_RETENTION_YEARS;
            if (period.toTotalMonths() > 12L * years || period.getDays() > 366L * years) {
                throw new InvalidFieldException(field, FieldProblem.PERIOD_TOO_LONG, String.valueOf(years),
                        String.valueOf(12 * years), String.valueOf(366 * years), period.toString());
            }
            return Objects.requireNonNull(period);
        }
    }
}
