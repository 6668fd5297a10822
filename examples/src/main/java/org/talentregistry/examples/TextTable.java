package org.talentregistry.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text table whose columns line up in a terminal even with Chinese text: cells are padded by
 * display width, not by character count. Columns whose cells are all numbers (with grouping commas or
 * decimals) are right-aligned.
 */
final class TextTable {
    private static final String GAP = "  ";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        rows.add(headers);
    }

    void addRow(String... cells) {
        if (cells.length != rows.get(0).length) {
            throw new IllegalArgumentException("expected " + rows.get(0).length + " cells, got " + cells.length);
        }
        rows.add(cells);
    }

    /** Prints the header, a rule and the rows, each line prefixed by an indent. */
    void print(PrintStream out, String indent) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        for (int column = 0; column < columns; column++) {
            numeric[column] = rows.size() > 1;
            for (String[] row : rows) {
                widths[column] = Math.max(widths[column], displayWidth(row[column]));
            }
            for (String[] row : rows.subList(1, rows.size())) {
                numeric[column] &= NUMBER.matcher(row[column]).matches();
            }
        }
        String[] rule = new String[columns];
        for (int column = 0; column < columns; column++) {
            rule[column] = "-".repeat(widths[column]);
        }
        out.println(indent + line(rows.get(0), widths, numeric));
        out.println(indent + line(rule, widths, numeric));
        for (String[] row : rows.subList(1, rows.size())) {
            out.println(indent + line(row, widths, numeric));
        }
    }

    private static String line(String[] cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.length; column++) {
            String padding = " ".repeat(widths[column] - displayWidth(cells[column]));
            if (column > 0) {
                line.append(GAP);
            }
            line.append(numeric[column] ? padding + cells[column] : cells[column] + padding);
        }
        // Right-padding the last column would leave trailing blanks that editors and diffs flag.
        return line.toString().stripTrailing();
    }

    /**
     * Returns how many terminal columns a text takes: two for each wide character (Chinese, Japanese and
     * Korean characters and full-width forms), one for every other.
     */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    // The East Asian Wide and Fullwidth ranges of Unicode UAX #11, as terminals (wcwidth) count them.
    private static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }
}
