package org.talentregistry.exchange;

/**
 * What an import makes of a date given as a year and a month only (1996年7月, 1996-07, 1996.07, 199607), as HR
 * records often give the day someone started work (参加工作时间). By default such a value is refused: the
 * registry makes up no day unless the caller says which.
 */
public enum YearMonthDates {
    /** Refused, saying the day is missing. The default. */
    REFUSED,
    /** The first day of the month: 1996年7月 is 1996-07-01. */
    FIRST_DAY,
    /**
     * The last day of the month: 1996年7月 is 1996-07-31. For a start in a trade, the day that never counts a
     * year of experience the person may not have had.
     */
    LAST_DAY
}
