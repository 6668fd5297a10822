package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

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
}
