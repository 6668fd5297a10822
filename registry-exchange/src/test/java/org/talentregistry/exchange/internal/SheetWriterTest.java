package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentregistry.exchange.SheetFormat;

class SheetWriterTest {
    @TempDir
    Path directory;

    @Test
    void rowUniqueText_isWrittenInTheRow_andTheRepeatedTextStaysShared_andBothReadBackAsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.open(SheetFormat.XLSX, out, "人才库")) {
            writer.header(List.of("姓名", "公民身份号码", "工作单位", "从业起始日期"));
            writer.rowUniqueText(0, 1);
            writer.row(List.of("王建国", "3703**********0012", "淄博张店汽车维修有限公司", LocalDate.of(2001, 7, 1)));
            writer.row(List.of("=HYPERLINK(\"x\")", "3703**********0023", "淄博张店汽车维修有限公司", LocalDate.of(2003, 9, 1)));
        }
        byte[] file = out.toByteArray();

        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getFirstSheet().read()) {
                rows.add(Arrays.asList(row.getCellText(0), row.getCellText(1), row.getCellText(2)));
            }
        }
        assertThat(rows).containsExactly(
                List.of("姓名", "公民身份号码", "工作单位"),
                List.of("王建国", "3703**********0012", "淄博张店汽车维修有限公司"),
                List.of("'=HYPERLINK(\"x\")", "3703**********0023", "淄博张店汽车维修有限公司"));

        Map<String, String> parts = parts(file);
        String shared = parts.get("xl/sharedStrings.xml");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(shared).as("the shared strings").contains("淄博张店汽车维修有限公司", "姓名")
                .doesNotContain("王建国", "3703**********0012", "HYPERLINK");
        assertThat(sheet).as("the sheet").contains("王建国", "3703**********0023", "inlineStr")
                .doesNotContain("淄博张店汽车维修有限公司");
    }

    @Test
    void columns_givesTheNamedColumnsPositions_andRefusesANameTheHeaderLacks() {
        List<String> header = List.of("序号", "姓名", "公民身份号码", "证书编号");

        assertThat(SheetWriter.columns(header, "证书编号", "姓名")).containsExactly(3, 1);
        assertThatThrownBy(() -> SheetWriter.columns(header, "姓名", "手机号"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("手机号");
    }

    @Test
    void xlsx_aListLongerThanASheet_goesOnInAnotherUnderTheSameHeader_namedWithinExcelsLength() throws IOException {
        int rows = 1_048_576 + 10;
        Path file = directory.resolve("审计记录.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(file);
                SheetWriter writer = SheetWriter.openPipelined(SheetFormat.XLSX, out, "审计记录（2018年1月1日至2025年12月31日）全部事件")) {
            writer.row(List.of("审计记录"));
            writer.header(List.of("序号", "日期"));
            for (int i = 1; i < rows; i++) {
                writer.row(List.of(i, LocalDate.of(2018, 1, 1).plusDays(i % 3000)));
            }
        }

        List<String> names = new ArrayList<>();
        long last = 0;
        List<String> top = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                names.add(sheet.getName());
                try (java.util.stream.Stream<Row> read = sheet.openStream()) {
                    List<Row> kept = new ArrayList<>();
                    read.forEach(row -> {
                        if (kept.size() < 2) {
                            kept.add(row);
                        }
                        kept.set(kept.size() - 1 == 0 ? 0 : 1, row);
                    });
                    if (names.size() == 2) {
                        top = List.of(kept.get(0).getCellText(0), kept.get(0).getCellText(1));
                        last = Long.parseLong(kept.get(1).getCellText(0));
                    }
                }
            }
        }
        assertThat(names).containsExactly("审计记录（2018年1月1日至2025年12月31日）全部事件".substring(0, 31),
                "审计记录（2018年1月1日至2025年12月31日）全部事件".substring(0, 27) + " (2)");
        assertThat(top).containsExactly("序号", "日期");
        assertThat(last).isEqualTo(rows - 1);
    }

    @Test
    void xlsx_aRowWiderThanASheet_isRefusedNamingTheFormat_beforeAnyOfItIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter writer = SheetWriter.open(SheetFormat.XLSX, out, "未导入的行");
        List<String> wide = java.util.Collections.nCopies(16_385, "列");

        assertThatThrownBy(() -> writer.header(wide)).isInstanceOfSatisfying(org.talentregistry.InvalidFieldException.class,
                e -> {
                    assertThat(e.getField()).isEqualTo("format");
                    assertThat(e.problem().code()).isEqualTo(org.talentregistry.FieldProblem.TOO_WIDE_FOR_XLSX);
                    assertThat(e.getProblem(java.util.Locale.CHINESE)).isEqualTo("要写出16385列，超过了XLSX工作表最多的16384列：请改用CSV格式");
                });
        assertThatThrownBy(() -> writer.row(wide)).isInstanceOf(org.talentregistry.InvalidFieldException.class);
        writer.row(List.of("一行"));
        writer.close();
        assertThat(out.size()).isPositive();
    }

    @Test
    void rowUniqueText_changesNothingInCsv() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream declared = new ByteArrayOutputStream();
        for (ByteArrayOutputStream out : List.of(plain, declared)) {
            try (SheetWriter writer = SheetWriter.open(SheetFormat.CSV, out, "")) {
                if (out == declared) {
                    writer.rowUniqueText(0);
                }
                writer.row(List.of("王建国", "淄博张店汽车维修有限公司"));
            }
        }
        assertThat(declared.toString(StandardCharsets.UTF_8)).isEqualTo(plain.toString(StandardCharsets.UTF_8))
                .endsWith("王建国,淄博张店汽车维修有限公司\r\n");
    }

    @Test
    void csv_writesDigitsExcelWouldChangeAfterATab_andTheSheetReaderReadsThemBackWhole() throws IOException {
        List<String> cells = List.of("370303197805120132", "13812345678", "053302181234", "0533", "370303",
                "37030319780512013X", "=1+2", "1.5");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.open(SheetFormat.CSV, out, "")) {
            writer.row(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
            writer.row(cells);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith(
                "\"\t370303197805120132\",13812345678,\"\t053302181234\",\"\t0533\",370303,37030319780512013X,'=1+2,1.5\r\n");
        try (SheetReader reader = SheetReader.open(org.talentregistry.exchange.SheetSource.of(out.toByteArray()),
                c -> 0)) {
            List<String> read = reader.next().cells().stream().map(v -> CellText.clean(v, true)).toList();
            // The text as it was written, the formula's guard taken off: an export of it neutralises it again.
            assertThat(read).containsExactly("370303197805120132",
                    "13812345678", "053302181234", "0533", "370303", "37030319780512013X", "=1+2", "1.5");
        }
    }

    /** Replaces the writer's character references ({@code &#x59d3;}) with the characters, to search the text. */
    private static String characters(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    /** The file's parts by name, read through its central directory, as a spreadsheet program reads it. */
    private Map<String, String> parts(byte[] xlsx) throws IOException {
        Path file = directory.resolve("sheet.xlsx");
        Files.write(file, xlsx);
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), characters(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return parts;
    }
}
