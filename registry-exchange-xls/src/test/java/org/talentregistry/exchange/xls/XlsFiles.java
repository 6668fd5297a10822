package org.talentregistry.exchange.xls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Writes the Excel 97-2003 workbooks the tests import, as an office's software would: text, numbers and dates
 * typed into cells. A cell given as a {@link Dated} is an Excel date in the format given with it, a {@link
 * Number} a number, a {@link Boolean} TRUE or FALSE, anything else text; null leaves the cell out.
 */
final class XlsFiles {
    private final HSSFWorkbook workbook = new HSSFWorkbook();

    /** A date cell with its display format, e.g. {@code yyyy"年"m"月"d"日"}. */
    record Dated(LocalDate date, String format) {
    }

    HSSFSheet sheet(String name, List<? extends List<?>> rows) {
        HSSFSheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            HSSFRow row = sheet.createRow(r);
            List<?> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Dated dated) {
                    HSSFCellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(dated.format()));
                    row.createCell(c).setCellValue(dated.date());
                    row.getCell(c).setCellStyle(style);
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value instanceof Boolean bool) {
                    row.createCell(c).setCellValue(bool);
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        return sheet;
    }

    /** A workbook of one sheet, as bytes. */
    byte[] withSheet(String name, List<? extends List<?>> rows) {
        sheet(name, rows);
        return bytes();
    }

    HSSFWorkbook workbook() {
        return workbook;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
