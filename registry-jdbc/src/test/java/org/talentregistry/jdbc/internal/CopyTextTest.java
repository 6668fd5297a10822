package org.talentregistry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyTextTest {
    @Test
    void rows_longerThanTheBufferExpected_comeOutWhole_inUtf8_withTextEscaped() {
        String snapshot = "{\"name\":\"工匠\"," + "x".repeat(5_000) + "}";
        CopyText rows = new CopyText(1);
        rows.text("t1").instant(Instant.parse("2018-06-13T01:02:03.000456Z")).text(snapshot).text(null).endRow();
        rows.text("a\\b\tc\r\nd 工").number(42).date(null).endRow();

        String text = new String(Arrays.copyOf(rows.buffer(), rows.length()), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("t1\t2018-06-13 01:02:03.000456\t" + snapshot + "\t\\N\n"
                + "a\\\\b\\tc\\r\\nd 工\t42\t\\N\n");
    }
}
