package org.talentregistry.selection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days, for counting the public notice. The host supplies one that knows the
 * year's public holidays and adjusted working weekends (调休); {@link #weekdays()} knows neither.
 */
@FunctionalInterface
public interface WorkingCalendar {

    /**
     * Tells whether a day is a working day.
     *
     * @param date the day, not null
     * @return true for a working day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Returns Monday to Friday as working days, with no holidays.
     *
     * @return the calendar, not null
     */
    static WorkingCalendar weekdays() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * Returns a calendar of weekdays with holidays taken out and adjusted working weekends put in.
     *
     * @param holidays days off that fall on weekdays, not null
     * @param workingWeekends weekend days worked instead (调休), not null
     * @return the calendar, not null
     */
    static WorkingCalendar weekdays(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        Set<LocalDate> off = Set.copyOf(holidays);
        Set<LocalDate> on = Set.copyOf(workingWeekends);
        WorkingCalendar base = weekdays();
        return date -> on.contains(date) || (base.isWorkingDay(date) && !off.contains(date));
    }

    /**
     * Returns the last day of a period of working days starting on a day: the start counts if it is a
     * working day.
     *
     * @param start the first day, not null
     * @param workingDays the length, at least 1
     * @return the last working day of the period, not null
     */
    default LocalDate lastDayOf(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, got " + workingDays);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
