package org.talentregistry.internal;

import static org.talentregistry.AcceptedValues.EARLIEST_DATE;
import static org.talentregistry.AcceptedValues.EARLIEST_YEAR;
import static org.talentregistry.AcceptedValues.LATEST_DATE;
import static org.talentregistry.AcceptedValues.LATEST_EVENT_DATE;
import static org.talentregistry.AcceptedValues.LATEST_YEAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;

/**
 * Range checks of dates, years, ints and decimals, by the rules of {@link org.talentregistry.AcceptedValues}.
 * Every check of a decimal looks at its precision and scale before any arithmetic, so that no caller's
 * number costs more than its own size.
 *
 * <p>Internal: not part of the supported API.
 */
public final class Ranges {
    private Ranges() {
    }

    /**
     * Checks a date of an event: from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link
     * org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}.
     *
     * @param field the field's name, not null
     * @param date the date, may be null (then refused)
     * @return the date, not null
     * @throws InvalidFieldException if the date is null or outside the range
     */
    public static LocalDate eventDate(String field, LocalDate date) {
        return date(field, date, LATEST_EVENT_DATE);
    }

    /**
     * Checks an end date or a date given to a query: from {@link
     * org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}.
     *
     * @param field the field's name, not null
     * @param date the date, may be null (then refused)
     * @return the date, not null
     * @throws InvalidFieldException if the date is null or outside the range
     */
    public static LocalDate date(String field, LocalDate date) {
        return date(field, date, LATEST_DATE);
    }

    private static LocalDate date(String field, LocalDate date, LocalDate latest) {
        if (date == null) {
            throw InvalidFieldException.required(field);
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
            throw new InvalidFieldException(field, FieldProblem.DATE_OUT_OF_RANGE, EARLIEST_DATE, latest,
                    Texts.quote(date));
        }
        return date;
    }

    /**
     * Checks the year of a round: {@link org.talentregistry.AcceptedValues#EARLIEST_YEAR} to {@link
     * org.talentregistry.AcceptedValues#LATEST_YEAR}.
     *
     * @param field the field's name, not null
     * @param year the year
     * @return the year
     * @throws InvalidFieldException if the year is outside the range
     */
    public static int year(String field, int year) {
        return between(field, year, EARLIEST_YEAR, LATEST_YEAR);
    }

    /**
     * Checks an int against a range.
     *
     * @param field the field's name, not null
     * @param value the value
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws InvalidFieldException if the value is outside the range
     */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field, FieldProblem.OUT_OF_RANGE, min, max, value);
        }
        return value;
    }

    /**
     * Checks a decimal's size and places, cheaply, and returns it with no more decimal places than it
     * needs when it has more than {@code maxScale} (trailing zeros), so that its scale is small too.
     *
     * @param field the field's name, not null
     * @param value the value, may be null (then refused)
     * @param integerDigits the most digits before the decimal point
     * @param maxScale the most decimal places, zero or more
     * @return the value, its scale at most {@code maxScale}, not null
     * @throws InvalidFieldException if the value is null, has more integer digits or more decimal places
     */
    public static BigDecimal decimal(String field, BigDecimal value, int integerDigits, int maxScale) {
        if (value == null) {
            throw InvalidFieldException.required(field);
        }
        if (value.signum() == 0) {
            return value.scale() > maxScale || value.scale() < 0 ? BigDecimal.ZERO : value;
        }
        // precision - scale is the count of digits before the decimal point (or minus the leading zeros after it).
        long digits = (long) value.precision() - value.scale();
        if (digits > integerDigits) {
            throw new InvalidFieldException(field, FieldProblem.TOO_LARGE, integerDigits, Texts.quote(value));
        }
        if (value.scale() <= maxScale) {
            return value;
        }
        // At most precision steps, each on a number no larger than the caller's own.
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            throw new InvalidFieldException(field, FieldProblem.TOO_MANY_DECIMALS, maxScale, Texts.quote(value));
        }
        return stripped;
    }
}
