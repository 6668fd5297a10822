package org.talentregistry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkingCalendarTest {
    /** Monday 2018-06-04. */
    private static final LocalDate MONDAY = LocalDate.of(2018, 6, 4);

    /** National Day 2018: 1-7 October off, Saturday 29 and Sunday 30 September worked instead. */
    private static WorkingCalendar nationalDay2018() {
        Set<LocalDate> off = new HashSet<>();
        Stream.iterate(LocalDate.of(2018, 10, 1), d -> d.plusDays(1)).limit(7).forEach(off::add);
        return WorkingCalendar.weekdays(off, Set.of(LocalDate.of(2018, 9, 29), LocalDate.of(2018, 9, 30)));
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void weekdays_workMondayToFriday_only(DayOfWeek day) {
        LocalDate date = MONDAY.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));

        assertThat(WorkingCalendar.weekdays().isWorkingDay(date))
                .isEqualTo(day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
    }

    @Test
    void lastDayOf_oneDayStartingOnAWorkingDay_isThatDay() {
        assertThat(WorkingCalendar.weekdays().lastDayOf(MONDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void lastDayOf_fiveDaysFromMonday_isFriday() {
        assertThat(WorkingCalendar.weekdays().lastDayOf(MONDAY, 5)).isEqualTo(LocalDate.of(2018, 6, 8));
    }

    @Test
    void lastDayOf_fiveDaysFromFriday_skipsTheWeekend_endingNextThursday() {
        LocalDate friday = LocalDate.of(2018, 6, 8);

        assertThat(WorkingCalendar.weekdays().lastDayOf(friday, 5)).isEqualTo(LocalDate.of(2018, 6, 14));
    }

    @Test
    void lastDayOf_startOnSaturday_doesNotCountTheStart() {
        LocalDate saturday = LocalDate.of(2018, 6, 9);

        assertThat(WorkingCalendar.weekdays().lastDayOf(saturday, 5)).isEqualTo(LocalDate.of(2018, 6, 15));
        assertThat(WorkingCalendar.weekdays().lastDayOf(saturday, 1)).isEqualTo(LocalDate.of(2018, 6, 11));
    }

    @Test
    void weekdaysWithHolidays_holidayIsOff_andAdjustedWeekendIsWorked() {
        WorkingCalendar calendar = nationalDay2018();

        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 9, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 9, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 9, 30))).isTrue();
        Stream.iterate(LocalDate.of(2018, 10, 1), d -> d.plusDays(1)).limit(7)
                .forEach(d -> assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 10, 13))).isFalse();
    }

    @Test
    void lastDayOf_overNationalDay2018_countsTheWorkedWeekendAndSkipsTheHolidays() {
        // Friday 28, Saturday 29 and Sunday 30 September, then Monday 8 and Tuesday 9 October.
        assertThat(nationalDay2018().lastDayOf(LocalDate.of(2018, 9, 28), 5)).isEqualTo(LocalDate.of(2018, 10, 9));
    }

    @Test
    void lastDayOf_startingOnAHoliday_doesNotCountTheStart() {
        // 1-7 October off: the notice runs 8-12 October.
        assertThat(nationalDay2018().lastDayOf(LocalDate.of(2018, 10, 1), 5)).isEqualTo(LocalDate.of(2018, 10, 12));
    }

    @Test
    void lastDayOf_startingOnAnAdjustedWorkingSaturday_countsTheStart() {
        assertThat(nationalDay2018().lastDayOf(LocalDate.of(2018, 9, 29), 3)).isEqualTo(LocalDate.of(2018, 10, 8));
    }

    @Test
    void lastDayOf_sameDatesWithoutTheHolidays_endsEarlier() {
        assertThat(WorkingCalendar.weekdays().lastDayOf(LocalDate.of(2018, 9, 28), 5)).isEqualTo(LocalDate.of(2018, 10, 4));
    }

    @Test
    void weekdaysWithHolidays_copiesTheSets() {
        Set<LocalDate> off = new HashSet<>();
        WorkingCalendar calendar = WorkingCalendar.weekdays(off, Set.of());

        off.add(MONDAY);

        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    }

    @Test
    void lastDayOf_lessThanOneDay_isRefused() {
        assertThatThrownBy(() -> WorkingCalendar.weekdays().lastDayOf(MONDAY, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workingDays");
    }

    @Test
    void lastDayOf_nullStart_isRefused() {
        assertThatThrownBy(() -> WorkingCalendar.weekdays().lastDayOf(null, 5))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    }
}
