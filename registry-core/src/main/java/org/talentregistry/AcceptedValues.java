package org.talentregistry;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The ranges of dates, years and numbers the registry accepts, in one place. Each is what every supported
 * database (H2, PostgreSQL, MariaDB) stores alike and what the domain can mean; a value outside its range is
 * refused with an {@link InvalidFieldException} naming the field before anything is written, with the same
 * verdict on every database.
 *
 * <p>Text: names, codes, ids and labels refuse every control character (U+0000-U+001F, U+007F) and unpaired
 * surrogates, and so does text printed on one line: an engagement's course, organiser, school, outlet, title,
 * result and link, a pool source and leaving note, a consent's evidence, a share's recipient, a merit summary
 * and a notice's objection channel; free text that may run over several lines (reasons, objection grounds,
 * revocation details, declared records, override reasons, an engagement's correction reason) keeps line
 * feeds, carriage returns and tabs but refuses the other control characters, NUL above all, which PostgreSQL
 * cannot store. Lengths are counted in UTF-16 code units
 * ({@link String#length()}), so that a value that fits one database's column fits all of them.
 *
 * <p>Numbers: an expert's points take at most {@value #MAX_POINTS_SCALE} decimal places and a review item is
 * worth at most {@value #MAX_REVIEW_ITEM_POINTS} points; a title applicant's score and a policy's score
 * tolerance stay below 1,000,000 with at most {@value #MAX_SCORE_SCALE} decimal places; a scoring scheme's
 * weights lie in 0-1 with at most {@value #MAX_WEIGHT_SCALE} decimal places; a training's hours are more than 0
 * and at most 9,999.9 with one decimal place (stored as DECIMAL(7, 1)). A number's size is checked
 * before any arithmetic on it, so {@code 1E+999999999} is refused at once and in a short message.
 *
 * <p>Messages quote at most the first 40 characters of a
 * refused value, and never a personal one unmasked.
 */
public final class AcceptedValues {
    /**
     * The earliest date accepted anywhere a date is given, 1800-01-01: the earliest birth date a resident
     * identity number may carry. MariaDB stores dates from 1000-01-01 on.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1800, 1, 1);

    /**
     * The latest date accepted for an end or a validity limit, 9999-12-31, which offices write for "no end"
     * (a certificate's {@code validUntil}, a priority policy's {@code validUntil}) and the latest date
     * MariaDB stores. The same bound applies to the dates of queries ({@code asOf}, {@code date}, a pool
     * query's engagement period).
     */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /**
     * The latest date accepted for an event the registry records or counts a period from, 2999-12-31: a
     * certificate's issue, a start in a trade, a title round's date (an award's term runs from it), a public
     * notice's start (its working days run from it), a naming decision, a revocation's effective date, an
     * engagement's days, the first day in the talent pool and the first day out of it, a consent's giving and
     * withdrawal. It leaves room below {@link #LATEST_DATE} for every period added to it. The years asked of
     * engagements ({@code engagementsOf}, {@code engagementCounts}, {@code engagementSummary}) are the years of
     * these dates, 1800 to 2999.
     */
    public static final LocalDate LATEST_EVENT_DATE = LocalDate.of(2999, 12, 31);

    /**
     * The earliest year of a selection round or a title round, and the earliest first year of a program,
     * 1949.
     */
    public static final int EARLIEST_YEAR = 1949;

    /** The latest year of a selection round or a title round, and of a program's last round, 2999. */
    public static final int LATEST_YEAR = 2999;

    /** The youngest age an age criterion or priority condition may name, 16: the legal working age. */
    public static final int MIN_AGE = 16;

    /** The oldest age an age criterion or priority condition may name, 100. */
    public static final int MAX_AGE = 100;

    /** The most years in a trade a criterion may require, 80 (and the fewest, 0). */
    public static final int MAX_YEARS_IN_TRADE = 80;

    /** The longest term of a technician title, in years, 20. */
    public static final int MAX_TERM_YEARS = 20;

    /**
     * The longest retention period of a {@link org.talentregistry.privacy.RetentionPolicy}, 100 years: at most
     * 1,200 months (a year counting 12) and at most 36,600 days, so that a purge's cutoff, today less the
     * period, stays a date every database stores.
     */
    public static final int MAX_RETENTION_YEARS = 100;

    /** The most points one review item may be worth, 1,000: expert points are stored as DECIMAL(7, 3). */
    public static final int MAX_REVIEW_ITEM_POINTS = 1000;

    /** The most decimal places of an expert's points, 3. */
    public static final int MAX_POINTS_SCALE = 3;

    /**
     * The most decimal places of a title applicant's score and of a policy's score tolerance, 3; both stay
     * below 1,000,000: scores are stored as DECIMAL(9, 3).
     */
    public static final int MAX_SCORE_SCALE = 3;

    /** The most decimal places of a scoring scheme's expert and vote weights, 6. */
    public static final int MAX_WEIGHT_SCALE = 6;

    /**
     * How far ahead of the registry's clock a vote's {@code castAt} may lie, 5 minutes: the voting app's
     * clock may run a little ahead of the registry's. A vote cast earlier than its round was opened, or later
     * than the registry's clock plus this skew, is refused with {@code VoteOutcome.OUTSIDE_VOTING_PERIOD}.
     */
    public static final Duration MAX_VOTE_CLOCK_SKEW = Duration.ofMinutes(5);

    private AcceptedValues() {
    }
}
