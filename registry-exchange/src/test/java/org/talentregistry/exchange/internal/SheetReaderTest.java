package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.SheetSource;

class SheetReaderTest {
    private static final byte[] CSV = "姓名,身份证号\r\n王建国,1\r\n,\r\n李明,2\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void prepared_makesEachNonBlankRowOnTheReadingThread_inOrder_withItsNumber() {
        List<String> made = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(CSV))) {
            Iterator<String> rows = reader.prepared(row -> row.number() + " " + row.cells().get(0) + " on "
                    + Thread.currentThread().getName());
            rows.forEachRemaining(made::add);
        }

        assertThat(made).containsExactly("2 王建国 on talent-registry-sheet-reader", "4 李明 on talent-registry-sheet-reader");
        assertThat(TestThreads.running("talent-registry-sheet-reader")).isEmpty();
    }

    @Test
    void theRows_areReadOnce() {
        try (SheetReader reader = SheetReader.open(SheetSource.of(CSV))) {
            assertThat(reader.next().cells()).startsWith("王建国");

            assertThatThrownBy(() -> reader.prepared(row -> row)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows are read already");
        }
    }
}
