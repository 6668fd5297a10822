package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.SheetSource;

class SheetMarkupTest {
    /** Two sheets: the first merges nothing down; the second merges over rows, and across one row. */
    private static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet notes = wb.newWorksheet("说明");
        notes.value(0, 0, "填表说明");
        notes.range(0, 0, 0, 3).merge();
        Worksheet list = wb.newWorksheet("名单");
        list.value(0, 0, "姓名");
        list.value(0, 1, "工作单位");
        list.value(0, 2, "所在区县");
        for (int r = 1; r <= rows; r++) {
            list.value(r, 0, "工匠" + r);
        }
        list.value(1, 1, "淄博张店汽车维修有限公司");
        list.range(1, 1, 3, 1).merge();
        list.value(1, 2, "张店区");
        list.range(1, 2, rows, 2).merge();
        list.value(4, 1, "淄博华光眼镜连锁有限公司");
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void read_findsANamedSheetsRangesThatSpanRows_byFirstRow_andNoneOnASheetThatMergesOnlyAcross() throws IOException {
        byte[] xlsx = workbook(6);

        assertThat(SheetMarkup.read(xlsx, Optional.of("名单")).merged()).containsExactlyInAnyOrder(
                new SheetMarkup.Range(2, 4, 1, 1), new SheetMarkup.Range(2, 7, 2, 2));
        assertThat(SheetMarkup.read(xlsx, Optional.empty()).merged()).isEmpty();
        assertThat(SheetMarkup.read(xlsx, Optional.of("无此表")).merged()).isEmpty();
    }

    @Test
    void read_findsASheetWhoseNameHasCharacterReferences_andIsNotMisledByOneBeyondUnicode() throws IOException {
        byte[] renamed = rename(workbook(6), "&#x540d;&#x5355;", "R&amp;D&#x110000;");

        assertThat(SheetMarkup.read(renamed, Optional.of("R&D&#x110000;")).merged()).hasSize(2);
        assertThat(SheetMarkup.read(renamed, Optional.of("名单")).merged()).isEmpty();
    }

    /** The workbook with a sheet's name, as its workbook part spells it, replaced. */
    private static byte[] rename(byte[] xlsx, String from, String to) throws IOException {
        return Workbooks.withPart(xlsx, "xl/workbook.xml", xml -> {
            assertThat(xml).contains(from);
            return xml.replace(from, to);
        });
    }

    @Test
    void read_findsRangesInAWorksheetLongerThanItsScanningBuffer() throws IOException {
        byte[] xlsx = workbook(20_000);

        assertThat(SheetMarkup.read(xlsx, Optional.of("名单")).merged())
                .contains(new SheetMarkup.Range(2, 20_001, 2, 2));
    }

    @Test
    void read_findsTheHiddenRows_filteredOutOrCollapsed_andTheReaderMarksThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet list = wb.newWorksheet("名单");
        list.value(0, 0, "姓名");
        for (int r = 1; r <= 30_000; r++) {
            list.value(r, 0, "工匠" + r);
        }
        list.hideRow(2);
        list.hideRow(29_999);
        list.setAutoFilter(0, 0, 0);
        list.groupRows(10, 12);
        wb.finish();
        byte[] xlsx = out.toByteArray();

        assertThat(SheetMarkup.read(xlsx, Optional.of("名单")).hiddenRows().stream().toArray()).containsExactly(3, 30_000);
        List<Long> hidden = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(xlsx), cells -> 0)) {
            reader.forEachRemaining(row -> {
                if (row.hidden()) {
                    hidden.add(row.number());
                }
            });
        }
        assertThat(hidden).containsExactly(3L, 30_000L);
    }

    @Test
    void read_takesARowWithoutItsNumberForTheOneAfterTheLast_andHiddenTrueAsHidden() throws IOException {
        byte[] xlsx = workbook(6);
        byte[] edited = Workbooks.withPart(xlsx, "xl/worksheets/sheet2.xml", xml -> xml.replace("<row r=\"3\"", "<row hidden=\"true\"")
                .replace("<row r=\"5\"", "<row customHeight=\"1\" r=\"5\" hidden=\"1\""));

        assertThat(SheetMarkup.read(edited, Optional.of("名单")).hiddenRows().stream().toArray()).containsExactly(3, 5);
        assertThat(SheetMarkup.read(edited, Optional.of("名单")).merged()).hasSize(2);
    }

    @Test
    void filler_putsARangesValueInEveryCellItSpansBelowItsFirstRow_theFirstCellsValueAsExcelKeepsOnlyThat() {
        SheetMarkup.Filler filler = new SheetMarkup.Filler(List.of(new SheetMarkup.Range(2, 4, 1, 2),
                new SheetMarkup.Range(6, 7, 0, 0)));
        List<List<String>> rows = List.of(cells("姓名", "工作单位", "区县"), cells("甲", "华光", "张店"),
                cells("乙", null, ""), cells("丙"), cells("丁", "鲁中", "临淄"), cells("戊组", "x"), cells(null, "y"));

        for (int r = 0; r < rows.size(); r++) {
            filler.fill(r + 1, rows.get(r));
        }

        assertThat(rows.get(1)).containsExactly("甲", "华光", "张店");
        assertThat(rows.get(2)).containsExactly("乙", "华光", "华光");
        assertThat(rows.get(3)).containsExactly("丙", "华光", "华光");
        assertThat(rows.get(4)).containsExactly("丁", "鲁中", "临淄");
        assertThat(rows.get(6)).containsExactly("戊组", "y");
    }

    @Test
    void read_passesOverRangesBeyondExcelsGrid_andTheSheetIsReadWithTheOthersFilled() throws IOException {
        // A range down to a row no sheet has, and one across a column whose number overflows an int.
        byte[] xlsx = Workbooks.withPart(workbook(6), "xl/worksheets/sheet2.xml", xml -> {
            assertThat(xml).contains("ref=\"B2:B4\"");
            return xml.replace("ref=\"B2:B4\"", "ref=\"B2:B99999999999\"/><mergeCell ref=\"A2:ZZZZZZZZZZZZZZ3\"");
        });

        assertThat(SheetMarkup.read(xlsx, Optional.of("名单")).merged()).containsExactly(new SheetMarkup.Range(2, 7, 2, 2));
        List<String> seen = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(xlsx).withSheet("名单"), cells -> 0)) {
            reader.forEachRemaining(row -> seen.add(String.join("|", row.cells())));
        }
        assertThat(seen).startsWith("工匠1|淄博张店汽车维修有限公司|张店区", "工匠2|null|张店区");
    }

    @Test
    void theSheetReader_readsMergedValuesIntoEachRow() throws IOException {
        List<String> seen = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(SheetSource.of(workbook(6)).withSheet("名单"), cells -> 0)) {
            reader.forEachRemaining(row -> seen.add(String.join("|", row.cells())));
        }

        assertThat(seen).containsExactly("工匠1|淄博张店汽车维修有限公司|张店区", "工匠2|淄博张店汽车维修有限公司|张店区",
                "工匠3|淄博张店汽车维修有限公司|张店区", "工匠4|淄博华光眼镜连锁有限公司|张店区", "工匠5|null|张店区",
                "工匠6|null|张店区");
    }

    private static List<String> cells(String... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
