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
}
