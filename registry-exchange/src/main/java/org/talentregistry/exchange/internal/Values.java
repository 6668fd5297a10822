package org.talentregistry.exchange.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.exchange.YearMonthDates;

/** Reads dates, date-times and yes/no answers as offices write them, and puts the core's reasons into Chinese. */
public final class Values {
    /** How a value outside a list of choices is refused, before the choices. */
    private static final String NOT_ONE_OF = "not one of ";

    /** Excel's 1900 date system counts from 1899-12-30 (its day 60 is the 29 February 1900 that never was). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /**
     * An Excel serial of five digits, 1927-05-18 to 2173-10-14: a number of four digits or fewer in a date
     * column is a year (1996) or a slip, never a day this registry records.
     */
    private static final Pattern SERIAL = Pattern.compile("([1-9]\\d{4})(?:\\.(\\d+))?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年?");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}\\s*(?:[-/.]|年)\\s*\\d{1,2}\\s*月?|\\d{6}");
    /** A year and a month, with the separator and the month as groups: 1996年7月, 1996-07, 1996.07, 199607. */
    private static final Pattern YEAR_AND_MONTH =
            Pattern.compile("(\\d{4})(?:\\s*([-/.]|年)\\s*(\\d{1,2})\\s*月?|(\\d{2}))");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?"
                    + "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Values() {
    }

    /**
     * Why a cell's text cannot be read as a value, in English words of the exchange's own that never repeat the
     * text: a report may quote the reason next to the value masked (a voter's IP that slipped into a column of
     * numbers). A parser of the JDK's ({@code Long.parseLong}) names the text in its message; such a reason is
     * never shown.
     */
    static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }

        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * Reads a date: an Excel serial number (five digits), {@code 2018-06-13}, {@code 2018/6/13}, {@code
     * 2018.6.13}, {@code 2018年6月13日} or {@code 20180613}; a time after it is ignored. A year alone, or a year and
     * a month, is refused as such: the registry does not make up a day.
     *
     * @param text the text
     * @return the date
     * @throws IllegalArgumentException if the text is no date
     */
    public static LocalDate date(String text) {
        return dateTime(text).toLocalDate();
    }

    /**
     * Reads a date as {@link #date(String)} does, or, unless refused, a year and a month as a day of that month.
     * A month after a dot written as one digit 1 ({@code 1996.1}) stays refused: Excel stores 1996.10 typed as a
     * number so, and January cannot be told from October.
     *
     * @param text the text
     * @param yearMonth what a year and a month become
     * @return the date
     * @throws IllegalArgumentException if the text is no date
     */
    public static LocalDate date(String text, YearMonthDates yearMonth) {
        try {
            return date(text);
        } catch (IllegalArgumentException e) {
            if (yearMonth == YearMonthDates.REFUSED || !MONTH_ONLY.equals(e.getMessage())) {
                throw e;
            }
        }
        Matcher m = YEAR_AND_MONTH.matcher(text.strip());
        if (!m.matches()) {
            throw new Unreadable(MONTH_ONLY);
        }
        String monthText = m.group(3) != null ? m.group(3) : m.group(4);
        if (".".equals(m.group(2)) && "1".equals(monthText)) {
            throw new Unreadable(JANUARY_OR_OCTOBER);
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(monthText));
            return yearMonth == YearMonthDates.FIRST_DAY ? month.atDay(1) : month.atEndOfMonth();
        } catch (DateTimeException e) {
            throw new Unreadable("not a calendar date", e);
        }
    }

    /**
     * Reads a date with an optional time, in the forms {@link #date} takes, the time as {@code 10:15} or
     * {@code 10:15:30}, or an Excel serial with a fraction of a day.
     *
     * @param text the text
     * @return the date and time (midnight if none)
     * @throws IllegalArgumentException if the text is no date
     */
    public static LocalDateTime dateTime(String text) {
        String s = text.strip();
        try {
            if (isIsoDate(s)) {
                return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).atStartOfDay();
            }
            Matcher serial = SERIAL.matcher(s);
            if (serial.matches()) {
                long days = Long.parseLong(serial.group(1));
                if (days < 1) {
                    throw new Unreadable("not a date");
                }
                LocalDateTime at = EXCEL_EPOCH.plusDays(days).atStartOfDay();
                if (serial.group(2) != null) {
                    double fraction = Double.parseDouble("0." + serial.group(2));
                    at = at.plusSeconds(Math.round(fraction * 86_400));
                }
                return at;
            }
            Matcher compact = COMPACT.matcher(s);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))).atStartOfDay();
            }
            Matcher m = DATE.matcher(s);
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return date.atTime(time);
            }
        } catch (DateTimeException e) {
            throw new Unreadable("not a calendar date", e);
        }
        if (YEAR.matcher(s).matches()) {
            throw new Unreadable(YEAR_ONLY);
        }
        if (YEAR_MONTH.matcher(s).matches()) {
            throw new Unreadable(MONTH_ONLY);
        }
        throw new Unreadable("not a date");
    }

    /** The most characters a number cell may hold: a record id has 19 digits, hours have a few decimals. */
    static final int LONGEST_NUMBER = 40;
    /** Why a longer text is no number, as {@link #number} says it. */
    static final String TOO_LONG_NUMBER = "a number of more than 40 characters";
    /** Why a year alone is no date, as {@link #dateTime} says it. */
    static final String YEAR_ONLY = "a year only: the day is needed too, as in 1996-07-01";
    /** Why 1996.1 is no month, as {@link #date(String, YearMonthDates)} says it. */
    static final String JANUARY_OR_OCTOBER = "a year and a month as 1996.1, which Excel also stores for 1996.10: "
            + "January cannot be told from October";
    /** Why a year and a month are no date, as {@link #dateTime} says it. */
    static final String MONTH_ONLY = "a year and a month only: the day is needed too, as in 1996-07-01";

    /**
     * Whether a text is {@code yyyy-MM-dd}, the form most sheets carry, read without the patterns: an import
     * reads two or three dates a row, and the patterns were a tenth of its CPU samples.
     */
    private static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /**
     * Reads a yes or no: 是/否, 在岗/不在岗, 在职/离职, Y/N, yes/no, true/false, 1/0.
     *
     * @param text the text
     * @return the answer
     * @throws IllegalArgumentException if the text is neither
     */
    public static boolean yesNo(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "是", "在岗", "在职", "y", "yes", "true", "1", "√" -> true;
            case "否", "不在岗", "离职", "退休", "n", "no", "false", "0", "×" -> false;
            default -> throw new Unreadable("not yes or no");
        };
    }

    /**
     * Reads one of an enumeration's values by its Chinese name, its English name or its constant's name, or
     * by the start of its Chinese name (two characters at least, if only one value starts so).
     *
     * @param text the text
     * @param values the enumeration's values
     * @param chinese each value's Chinese name
     * @param english each value's English name
     * @param <E> the enumeration
     * @return the value
     * @throws IllegalArgumentException naming the accepted values if the text is none of them
     */
    public static <E extends Enum<E>> E choice(String text, E[] values, Function<E, String> chinese,
            Function<E, String> english) {
        String s = text.strip();
        E byPrefix = null;
        int prefixes = 0;
        for (E e : values) {
            if (chinese.apply(e).equals(s) || english.apply(e).equalsIgnoreCase(s) || e.name().equalsIgnoreCase(s)) {
                return e;
            }
            if (s.length() >= 2 && (chinese.apply(e).startsWith(s) || chinese.apply(e).endsWith(s))) {
                byPrefix = e;
                prefixes++;
            }
        }
        if (prefixes == 1) {
            return byPrefix;
        }
        throw new Unreadable(NOT_ONE_OF + Arrays.stream(values).map(chinese)
                .collect(Collectors.joining(", ")));
    }

    /**
     * Reads a decimal number as offices write it: {@code 40}, {@code 40.5}, with thousands separators or a
     * unit after it ({@code 40学时}, {@code 300人}).
     *
     * @param text the text
     * @param units the units that may follow the number
     * @return the number
     * @throws IllegalArgumentException if the text is no number
     */
    public static BigDecimal number(String text, String... units) {
        String s = text.strip().replace(",", "").replace("，", "");
        for (String unit : units) {
            if (s.endsWith(unit)) {
                s = s.substring(0, s.length() - unit.length()).strip();
                break;
            }
        }
        if (s.length() > LONGEST_NUMBER) {
            // Refused before it is parsed: BigDecimal's parsing takes time growing with the square of the digits
            // (15 s for a cell of a million).
            throw new Unreadable(TOO_LONG_NUMBER);
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Unreadable("not a number");
        }
    }

    /**
     * Reads a whole number as {@link #number} does.
     *
     * @param text the text
     * @param units the units that may follow the number
     * @return the number
     * @throws IllegalArgumentException if the text is no whole number of int range
     */
    public static int wholeNumber(String text, String... units) {
        try {
            return number(text, units).intValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable("not a whole number");
        }
    }

    /**
     * Reads a record's id as a sheet holds one: {@code 468}, or {@code 468.0} from a number cell.
     *
     * @param text the text
     * @return the id
     * @throws IllegalArgumentException if the text is no whole number of long range
     */
    public static long id(String text) {
        try {
            return number(text).longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable("not a whole number");
        }
    }

    /**
     * Puts a refused value's problem into Chinese: the core's own Chinese, since every check of the core codes
     * its problem; the exchange's "not one of …" of a value outside a list of choices; and any other problem
     * worded in English alone with the English kept in brackets.
     *
     * @param refused the refusal
     * @return the Chinese reason, without the field's name
     */
    public static String zh(InvalidFieldException refused) {
        if (refused.problem().code() != FieldProblem.OTHER) {
            return refused.getProblem(Locale.CHINESE);
        }
        String problem = refused.getProblem();
        return problem.startsWith(NOT_ONE_OF) ? "应为以下之一：" + problem.substring(NOT_ONE_OF.length())
                : "不符合规则（" + problem + "）";
    }
}
