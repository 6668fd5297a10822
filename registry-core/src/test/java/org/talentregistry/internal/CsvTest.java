package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void write_startsWithTheUtf8ByteOrderMark_andEndsRowsWithCrLf() {
        byte[] csv = Csv.write(List.of(List.of("姓名", "工作单位"), List.of("王建国", "淄博张店汽车维修有限公司")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("姓名,工作单位\r\n王建国,淄博张店汽车维修有限公司\r\n");
    }

    @Test
    void cell_quotesCommasQuotesAndLineBreaks_doublingQuotes() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(Csv.cell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void cell_neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.cell("+8613805331234")).isEqualTo("'+8613805331234");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("王=建国")).isEqualTo("王=建国");
    }
}
