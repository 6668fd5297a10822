package org.talentregistry.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small CSV writer for lists meant to be opened in a spreadsheet: UTF-8 with a byte-order mark (without
 * it Excel reads UTF-8 as the local code page and garbles Chinese), RFC 4180 quoting, CRLF line ends, and
 * formula injection neutralised.
 *
 * <p>Internal: not part of the supported API.
 */
public final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /**
     * Writes rows as CSV bytes.
     *
     * @param rows the rows, each a list of cells; a null cell is written empty
     * @return UTF-8 bytes starting with the byte-order mark
     */
    public static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    /**
     * Returns one cell as CSV: a cell a spreadsheet would run as a formula (starting with {@code = + - @}, a
     * tab or a carriage return) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice);
     * a cell with a comma, quote or line break is quoted, its quotes doubled.
     *
     * @param value the cell, may be null
     * @return the cell's CSV text, not null
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
