package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.YearMonthDates;

class ValuesTest {

    @Test
    void date_readsEveryFormOfficesWrite_asTheSameDay() {
        LocalDate day = LocalDate.of(2018, 6, 13);
        assertThat(Values.date("2018-06-13")).isEqualTo(day);
        assertThat(Values.date(" 2018-06-13 ")).isEqualTo(day);
        assertThat(Values.date("2018/6/13")).isEqualTo(day);
        assertThat(Values.date("2018.6.13")).isEqualTo(day);
        assertThat(Values.date("2018年6月13日")).isEqualTo(day);
        assertThat(Values.date("20180613")).isEqualTo(day);
        assertThat(Values.date("43264")).isEqualTo(day);
        assertThat(Values.date("2018-06-13 10:15")).isEqualTo(day);
    }

    @Test
    void dateTime_keepsTheTime_andAnIsoDateIsMidnight() {
        assertThat(Values.dateTime("2018-06-13")).isEqualTo(LocalDateTime.of(2018, 6, 13, 0, 0));
        assertThat(Values.dateTime("2018-06-13 10:15:30")).isEqualTo(LocalDateTime.of(2018, 6, 13, 10, 15, 30));
    }

    @Test
    void date_noCalendarDay_isRefused() {
        assertThatThrownBy(() -> Values.date("2018-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a calendar date");
        assertThatThrownBy(() -> Values.date("2018-13-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a calendar date");
        assertThatThrownBy(() -> Values.date("2018-06-1x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date");
        assertThatThrownBy(() -> Values.date("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void date_aYearOrAYearAndMonthAlone_isRefusedAsSuch_neverReadAsAnExcelSerial() {
        for (String year : new String[] {"1996", "1996年", "2018"}) {
            assertThatThrownBy(() -> Values.date(year)).as(year).hasMessage(Values.YEAR_ONLY);
        }
        for (String month : new String[] {"1996.07", "1996-7", "1996/07", "1996年7月", "199607"}) {
            assertThatThrownBy(() -> Values.date(month)).as(month).hasMessage(Values.MONTH_ONLY);
        }
        assertThatThrownBy(() -> Values.date("730")).hasMessage("not a date");
        assertThat(Values.date("10000")).isEqualTo(LocalDate.of(1927, 5, 18));
        assertThat(Values.dateTime("43264.5")).isEqualTo(LocalDateTime.of(2018, 6, 13, 12, 0));
    }

    @Test
    void aYearAndAMonth_becomeTheFirstOrLastDay_whenTheImportSaysSo_andAreRefusedOtherwise() {
        for (String text : List.of("1996年7月", "1996-07", "1996/7", "1996.07", "1996.7", "199607", " 1996 年 7 月 ")) {
            assertThat(Values.date(text, YearMonthDates.FIRST_DAY)).as(text).isEqualTo(LocalDate.of(1996, 7, 1));
            assertThat(Values.date(text, YearMonthDates.LAST_DAY)).as(text).isEqualTo(LocalDate.of(1996, 7, 31));
            assertThatThrownBy(() -> Values.date(text, YearMonthDates.REFUSED)).as(text)
                    .hasMessage(Values.MONTH_ONLY);
        }
        assertThat(Values.date("2000年2月", YearMonthDates.LAST_DAY)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Values.date("1996.10", YearMonthDates.FIRST_DAY)).isEqualTo(LocalDate.of(1996, 10, 1));
        assertThat(Values.date("1996-07-15", YearMonthDates.LAST_DAY)).as("a whole date stays as it is")
                .isEqualTo(LocalDate.of(1996, 7, 15));
        assertThat(Values.date("35247", YearMonthDates.LAST_DAY)).as("a serial is no year and month")
                .isEqualTo(Values.date("35247"));
        assertThatThrownBy(() -> Values.date("1996.1", YearMonthDates.FIRST_DAY))
                .hasMessage(Values.JANUARY_OR_OCTOBER);
        assertThatThrownBy(() -> Values.date("1996年13月", YearMonthDates.FIRST_DAY)).hasMessage("not a calendar date");
        assertThatThrownBy(() -> Values.date("1996年", YearMonthDates.FIRST_DAY)).hasMessage(Values.YEAR_ONLY);
    }
}
