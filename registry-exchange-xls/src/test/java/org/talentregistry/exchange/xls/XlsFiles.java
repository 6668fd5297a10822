package org.talentregistry.exchange.xls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Writes the Excel 97-2003 workbooks the tests import, as an office's software would: text, numbers and dates
 * typed into cells. A cell given as a {@link Dated} is an Excel date in the format given with it, a {@link
 * Number} a number, a {@link Boolean} TRUE or FALSE, anything else text; null leaves the cell out.
 */
public final class XlsFiles {
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

    /** The workbook as bytes, saved with a password as Excel does: its records encrypted. */
    byte[] bytesWithPassword(String password) {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return bytes();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * An XLSX workbook of one sheet, cells as text (a {@link Dated} as its ISO date) or numbers, as the
     * exchange reads it.
     */
    static byte[] xlsx(String name, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "XlsFiles", "1.0");
            Worksheet sheet = workbook.newWorksheet(name);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof Dated dated) {
                        sheet.value(r, c, dated.date().toString());
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * An {@code .xlsx} encrypted with a password as Excel and WPS write one: the archive encrypted in an OLE2
     * container, by Excel 2010's encryption ({@link EncryptionMode#agile}) or Excel 2007's.
     */
    public static byte[] encrypted(byte[] archive, EncryptionMode mode, String password) {
        try {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword(password);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                try (OutputStream os = encryptor.getDataStream(fs)) {
                    os.write(archive);
                }
                fs.writeFilesystem(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The archive inside an encrypted workbook, decrypted with the password; refused with a wrong one. */
    static byte[] decrypted(byte[] encrypted, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
            Decryptor decryptor = new EncryptionInfo(fs).getDecryptor();
            if (!decryptor.verifyPassword(password)) {
                throw new IllegalArgumentException("the password does not open the workbook");
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                return in.readAllBytes();
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first sheet of an XLSX workbook, each row's cells as text. */
    static List<List<String>> texts(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
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
