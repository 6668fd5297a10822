package org.talentregistry.exchange.spi;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.exchange.SheetSource;

/**
 * Reads a workbook format that the exchange does not read itself, such as Excel 97-2003 ({@code .xls}), for
 * every import and for {@code Exchange.listsIn}. Readers are found with {@link java.util.ServiceLoader} on the
 * class path: a host that adds {@code registry-exchange-xls} imports {@code .xls} files, and one that does not
 * carries none of its jars.
 *
 * <p>A reader hands over what the file holds, typed; the exchange applies its own rules to it, the same as to
 * XLSX: which sheet holds the list, which numbers are dates (Excel's date formats, the Chinese ones included),
 * how a number is written as text, merged cells filled, hidden rows refused. A reader is used by one import at
 * a time per workbook it opens, and may be shared between threads.
 */
public interface WorkbookReader {

    /**
     * Tells whether a file that begins with these bytes is of this reader's format. The exchange asks before
     * it reads a source as CSV or XLSX.
     *
     * @param head the first eight bytes of the file, or all of a shorter one; not null
     * @return true if {@link #open} should read it
     */
    boolean recognizes(byte[] head);

    /**
     * Opens a workbook: a file where it lies (a source's {@link SheetSource#file() file} on the default file
     * system), or else the source's bytes as a stream. A workbook its sender protected with a password is
     * opened with the source's {@link SheetSource#password() password}; without one, or with a wrong one, it
     * is refused, saying so.
     *
     * @param source the workbook, not null; the reader opens and closes its streams itself
     * @return the workbook, which the exchange closes
     * @throws UnreadableWorkbookException if the file is of the format but cannot be read (a password missing
     *     or wrong, a version the reader does not read, damage), saying why in Chinese and English
     * @throws IOException if reading the source fails
     */
    Workbook open(SheetSource source) throws IOException;

    /**
     * Returns the file inside an encrypted container of this reader's kind, decrypted with the source's
     * password, when that file is of a format the exchange reads itself: an {@code .xlsx} that Excel or WPS
     * encrypted with a password is such a container (an OLE2 file, like an {@code .xls}), and what it holds is
     * the workbook's ZIP archive. The exchange asks only when the source has a password, before {@link
     * #open}; this default decrypts nothing.
     *
     * @param source the file, not null
     * @return the decrypted file's bytes, or empty if the source is no such container
     * @throws UnreadableWorkbookException if it is one and the password does not open it, or it is damaged
     * @throws IOException if reading the source fails
     */
    default Optional<byte[]> decrypt(SheetSource source) throws IOException {
        return Optional.empty();
    }

    /** An open workbook: its sheets in the order the workbook shows them. */
    interface Workbook extends Closeable {
        /**
         * Returns the sheets, hidden ones included.
         *
         * @return the sheets, not null
         */
        List<Sheet> sheets();
    }

    /** A sheet of a workbook. */
    interface Sheet {
        /**
         * Returns the name on the sheet's tab.
         *
         * @return the name, not null
         */
        String name();

        /**
         * Tells whether the sheet's tab is shown; a hidden sheet is never read as the list unless named.
         *
         * @return true if visible
         */
        boolean isVisible();

        /**
         * Returns the sheet's merged cells.
         *
         * @return the ranges, in any order, not null
         */
        List<Range> mergedRegions();

        /**
         * Returns the rows from the top, in order; a row with no cells may be left out.
         *
         * @return the rows; {@code next()} throws {@link java.io.UncheckedIOException} if the sheet cannot be
         *     read further
         */
        Iterator<Row> rows();
    }

    /**
     * A row of a sheet.
     *
     * @param number the row's number as a spreadsheet program shows it, from 1
     * @param cells the cells from the first column, a missing cell as {@link Cell#BLANK}; not null, copied
     * @param hidden whether the row is hidden (filtered out, collapsed or of no height)
     */
    record Row(int number, List<Cell> cells, boolean hidden) {
        /**
         * Creates a row.
         *
         * @throws NullPointerException if the cells or one of them is null
         * @throws IllegalArgumentException if the number is below 1
         */
        public Row {
            if (number < 1) {
                throw new IllegalArgumentException("number: rows are numbered from 1, got " + number);
            }
            cells = List.copyOf(cells);
        }

        /** The row's number and size, never its cells: a sheet's cells hold identity numbers and phones. */
        @Override
        public String toString() {
            return "Row[number=" + number + ", cells=" + cells.size() + ", hidden=" + hidden + "]";
        }
    }

    /**
     * A cell's value as the file stores it: text (what Excel shows for text, a formula's text result, TRUE or
     * FALSE, an error such as {@code #N/A}), a number with its display format, or nothing.
     *
     * @param text the text, or null for a number or a blank cell
     * @param number the number, or null for text or a blank cell
     * @param dateTime the number read as a date and time in the workbook's date system, or null if it is no
     *     valid date or the cell holds no number; the exchange uses it when the format is a date format
     * @param formatId the number's display format as Excel numbers them (14 for its short date), or -1
     * @param format the number's display format as a pattern (e.g. {@code yyyy"年"m"月"d"日"}), or null
     */
    record Cell(String text, Double number, LocalDateTime dateTime, int formatId, String format) {
        /** A cell with nothing in it. */
        public static final Cell BLANK = new Cell(null, null, null, -1, null);

        /**
         * Returns a cell of text.
         *
         * @param text not null
         * @return the cell
         * @throws NullPointerException if the text is null
         */
        public static Cell text(String text) {
            return new Cell(Objects.requireNonNull(text, "text"), null, null, -1, null);
        }

        /**
         * Returns a cell holding a number.
         *
         * @param number the number
         * @param dateTime the number as a date and time, or null if it is none
         * @param formatId the format's number, or -1
         * @param format the format's pattern, or null
         * @return the cell
         */
        public static Cell number(double number, LocalDateTime dateTime, int formatId, String format) {
            return new Cell(null, number, dateTime, formatId, format);
        }

        /** What the cell holds, never its value: a sheet's cells hold identity numbers and phones. */
        @Override
        public String toString() {
            return text != null ? "Cell[text]" : number != null ? "Cell[number, format=" + formatId + "]" : "Cell[blank]";
        }
    }

    /**
     * A block of merged cells; the value is its first cell's.
     *
     * @param firstRow its first row, from 1
     * @param lastRow its last row
     * @param firstColumn its first column, from 0
     * @param lastColumn its last column
     */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }
}
