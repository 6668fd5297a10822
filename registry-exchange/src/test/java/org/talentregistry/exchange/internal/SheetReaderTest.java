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
        try (SheetReader reader = SheetReader.open(SheetSource.of(CSV), cells -> 0)) {
            Iterator<String> rows = reader.prepared(row -> row.number() + " " + row.cells().get(0) + " on "
                    + Thread.currentThread().getName());
            rows.forEachRemaining(made::add);
        }

        assertThat(made).containsExactly("2 王建国 on talent-registry-sheet-reader", "4 李明 on talent-registry-sheet-reader");
        assertThat(TestThreads.running("talent-registry-sheet-reader")).isEmpty();
    }

    @Test
    void theRows_areReadOnce() {
        try (SheetReader reader = SheetReader.open(SheetSource.of(CSV), cells -> 0)) {
            assertThat(reader.next().cells()).startsWith("王建国");

            assertThatThrownBy(() -> reader.prepared(row -> row)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows are read already");
        }
    }

    @Test
    void theHeader_isTheFirstOfTheTopRowsThatNamesTheMostColumns_withTheRowsAboveItKept() {
        byte[] csv = ("名单\r\n\r\n填报单位：总工会,\r\n姓名,身份证号\r\n王建国,1\r\n姓名,身份证号\r\n")
                .getBytes(StandardCharsets.UTF_8);
        List<String> data = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(csv),
                cells -> (int) cells.stream().filter(c -> c.equals("姓名") || c.equals("身份证号")).count())) {
            assertThat(reader.headerRow()).isEqualTo(4);
            assertThat(reader.headers()).containsExactly("姓名", "身份证号");
            assertThat(reader.aboveHeader()).extracting(SheetReader.SheetRow::number).containsExactly(1L, 3L);
            reader.forEachRemaining(row -> data.add(row.number() + " " + row.cells().get(0)));
        }

        assertThat(data).containsExactly("5 王建国", "6 姓名");
    }

    @Test
    void withNoRowNamingAColumn_theHeaderIsTheFirstNonBlankRow() {
        byte[] csv = "\r\n名单\r\n王建国,1\r\n".getBytes(StandardCharsets.UTF_8);
        try (SheetReader reader = SheetReader.open(SheetSource.of(csv), cells -> 0)) {
            assertThat(reader.headerRow()).isEqualTo(2);
            assertThat(reader.headers()).containsExactly("名单");
            assertThat(reader.aboveHeader()).isEmpty();
            assertThat(reader.next().number()).isEqualTo(3);
        }
    }

    @Test
    void aHeaderBelowTheRowsSearched_isNotFound() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= SheetReader.HEADER_SEARCH_ROWS; i++) {
            text.append("说明").append(i).append("\r\n");
        }
        text.append("姓名\r\n");
        try (SheetReader reader = SheetReader.open(SheetSource.of(text.toString().getBytes(StandardCharsets.UTF_8)),
                cells -> cells.contains("姓名") ? 1 : 0)) {
            assertThat(reader.headerRow()).isEqualTo(1);
        }
    }

    @Test
    void theTemplatesSample_isPassedOverAsTheFirstRowWithRecordsAfterIt_andReadAloneOrFurtherDown() {
        assertThat(rowsRead("姓名\r\n示例\r\n王建国\r\n")).containsExactly("3 王建国");
        assertThat(rowsRead("姓名\r\n示例\r\n")).containsExactly("2 示例");
        assertThat(rowsRead("姓名\r\n王建国\r\n示例\r\n")).containsExactly("2 王建国", "3 示例");
    }

    private static List<String> rowsRead(String csv) {
        List<String> read = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(csv.getBytes(StandardCharsets.UTF_8)), cells -> 0)) {
            reader.passOverTheSample(cells -> cells.get(0).equals("示例"));
            reader.forEachRemaining(row -> read.add(row.number() + " " + row.cells().get(0)));
        }
        return read;
    }
}
