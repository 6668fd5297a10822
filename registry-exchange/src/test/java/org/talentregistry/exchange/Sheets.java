package org.talentregistry.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.talentregistry.artisan.ResidentId;

/** Builds the sheets the tests import, and reads back the ones they export. */
final class Sheets {
    static final String ARTISAN_HEADER = "姓名,身份证号,手机号,工作单位,统一社会信用代码,职业（工种）,职业代码,所在区县,区县代码,"
            + "参加工作时间,技能等级,证书编号,发证机关,发证日期";

    private Sheets() {
    }

    static ResidentId residentId(int i) {
        return ResidentId.completing("370303" + (1970 + i / 900) + "0101" + String.format(Locale.ROOT, "%03d", i % 900 + 1));
    }

    /** An artisan row in the order of {@link #ARTISAN_HEADER}. */
    static List<String> artisan(int i) {
        return new ArrayList<>(List.of("工匠" + i, residentId(i).value(), "1381234" + String.format(Locale.ROOT, "%04d", i),
                "淄博张店汽车维修有限公司", "91370303MA3C0001K0", "汽车维修工", "4-12-01-01", "张店区", "370303",
                "2000年7月1日", i % 2 == 0 ? "二级" : "高级工", "T" + i, "淄博市人力资源和社会保障局", "2012/3/1"));
    }

    static String csv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder(ARTISAN_HEADER).append("\r\n");
        for (List<String> row : rows) {
            b.append(String.join(",", row)).append("\r\n");
        }
        return b.toString();
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** An XLSX of the header and rows; cells that hold dates are written as Excel dates. */
    static byte[] xlsx(String header, List<List<String>> rows, int dateColumn) {
        return xlsx(List.of(), header, rows, dateColumn);
    }

    /**
     * An XLSX of rows above the header (a title, groups of columns; null cells left empty), the header and
     * rows; cells that hold dates are written as Excel dates.
     */
    static byte[] xlsx(List<List<String>> above, String header, List<List<String>> rows, int dateColumn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("人员");
            for (int r = 0; r < above.size(); r++) {
                for (int c = 0; c < above.get(r).size(); c++) {
                    if (above.get(r).get(c) != null) {
                        ws.value(r, c, above.get(r).get(c));
                    }
                }
            }
            int top = above.size();
            String[] headers = header.split(",");
            for (int c = 0; c < headers.length; c++) {
                ws.value(top, c, headers[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (c == dateColumn) {
                        ws.value(top + r + 1, c, java.time.LocalDate.of(2012, 3, 1));
                        ws.style(top + r + 1, c).format("yyyy/m/d").set();
                    } else {
                        ws.value(top + r + 1, c, row.get(c));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads the first sheet of an XLSX as text rows. */
    static List<List<String>> readXlsx(byte[] content) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(content))) {
            List<List<String>> rows = new ArrayList<>();
            try (var stream = wb.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
