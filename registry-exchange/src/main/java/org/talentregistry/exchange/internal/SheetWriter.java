package org.talentregistry.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.exchange.ExportOptions;
import org.talentregistry.exchange.SheetFormat;

/**
 * Writes a sheet row by row, holding one row at a time. Text cells that a spreadsheet program would take
 * for a formula (beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) are
 * written with a leading apostrophe, in both formats: a CSV file opened in Excel evaluates them otherwise. In
 * CSV a string of digits Excel would change (an identity number, a code with a leading zero) is written after a
 * tab, so that Excel keeps it as text; XLSX writes text cells, which Excel keeps as they are.
 */
public abstract class SheetWriter implements AutoCloseable {
    /** XLSX rows kept before they are flushed to the stream. */
    private static final int FLUSH_EVERY = 500;

    /**
     * Opens a writer.
     *
     * @param format the format
     * @param out the stream, left open on close
     * @param sheetName the name of the (first) sheet, for XLSX
     * @return the writer
     */
    public static SheetWriter open(SheetFormat format, OutputStream out, String sheetName) {
        return format == SheetFormat.XLSX ? new Xlsx(out, sheetName) : new Csv(out);
    }

    /**
     * Opens a writer that encodes and compresses the rows on a thread of its own while the caller reads the
     * next ones (see {@link PipelinedSheetWriter}): for the exports of whole lists, whose reading and writing
     * each take about half of the time on one thread.
     *
     * @param format the format
     * @param out the stream, left open on close, and written by the writer's thread until close returns
     * @param sheetName the name of the (first) sheet, for XLSX
     * @return the writer
     */
    public static SheetWriter openPipelined(SheetFormat format, OutputStream out, String sheetName) {
        return new PipelinedSheetWriter(open(format, out, sheetName));
    }

    /**
     * Opens a writer of an export's options: with their password, an XLSX workbook encrypted with it (see
     * {@link ExportOptions#withPassword}); pipelined or not.
     *
     * @param format the format
     * @param out the stream, left open on close
     * @param sheetName the name of the (first) sheet, for XLSX
     * @param options the export's options
     * @param pipelined whether rows are encoded on a thread of their own ({@link #openPipelined})
     * @return the writer
     * @throws InvalidFieldException naming {@code options} if they have a password and the format is CSV or
     *     no encrypter is on the class path; nothing is written
     */
    public static SheetWriter open(SheetFormat format, OutputStream out, String sheetName, ExportOptions options,
            boolean pipelined) {
        SheetWriter writer;
        if (options.password().isEmpty()) {
            writer = open(format, out, sheetName);
        } else {
            requireEncryptable(format, options, "options");
            OutputStream encrypting;
            try {
                encrypting = WorkbookServices.encrypter().orElseThrow().encrypting(out, options.password().get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer = new Xlsx(encrypting, sheetName, encrypting);
        }
        return pipelined ? new PipelinedSheetWriter(writer) : writer;
    }

    /**
     * Checks that an export's options can be written in a format: a password needs XLSX and an encrypter.
     *
     * @param format the format
     * @param options the options
     * @param field the options' name, for the error
     * @throws InvalidFieldException naming the field if the options have a password and the format is CSV or
     *     no encrypter is on the class path
     */
    public static void requireEncryptable(SheetFormat format, ExportOptions options, String field) {
        if (options.password().isEmpty()) {
            return;
        }
        if (format != SheetFormat.XLSX) {
            throw new InvalidFieldException(field, FieldProblem.PASSWORD_NEEDS_XLSX, format);
        }
        if (WorkbookServices.encrypter().isEmpty()) {
            throw new InvalidFieldException(field, FieldProblem.PASSWORD_NEEDS_MODULE);
        }
    }

    /**
     * Neutralises a text that a spreadsheet program would evaluate.
     *
     * @param text the text
     * @return the text, prefixed with an apostrophe if it begins with a formula character
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /**
     * Writes a row. Cells may be text, numbers, dates, booleans or null (blank).
     *
     * @param cells the cells
     */
    public abstract void row(List<?> cells);

    /**
     * Writes a header row, in bold in XLSX.
     *
     * @param headers the headers
     */
    public void header(List<String> headers) {
        row(headers);
    }

    /**
     * Declares the columns whose text differs from row to row (names, identity numbers, certificate numbers).
     * XLSX writes their cells inline in the row instead of in the workbook's shared-string table, which holds
     * every distinct text of the file until it is finished: for such columns that table only grows with the
     * rows, and filling it cost a quarter of a pool export's time (issue 12). Columns whose texts repeat
     * (employers, occupations, regions) stay shared, which keeps the file small. CSV has no such table.
     *
     * @param columns the columns, counted from 0
     */
    public void rowUniqueText(int... columns) {
    }

    /**
     * The positions of named columns in a header, for {@link #rowUniqueText}: a declaration by name survives a
     * header whose columns are reordered.
     *
     * @param header the header
     * @param names the columns' names
     * @return their positions, counted from 0, in the order of the names
     * @throws IllegalArgumentException naming a column the header lacks
     */
    public static int[] columns(List<String> header, String... names) {
        int[] positions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            positions[i] = header.indexOf(names[i]);
            if (positions[i] < 0) {
                throw new IllegalArgumentException("names: the header has no column " + names[i]);
            }
        }
        return positions;
    }

    /** Finishes the file; the stream is left open. */
    @Override
    public abstract void close();

    private static final class Csv extends SheetWriter {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write('\uFEFF');
                this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> cells) {
            List<String> values = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                values.add(cell == null ? "" : cell instanceof String s ? keptAsText(s) : cell.toString());
            }
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A text for a CSV file that Excel will open: neutralised, and a string of digits that Excel would
         * take for a number and change (twelve digits or more, which it shows as {@code 3.70303E+17} and cuts to
         * fifteen when the file is saved again; or a leading zero, which it drops) written after a tab, which
         * makes Excel keep it as text. The registry's imports read past the tab.
         */
        private static String keptAsText(String s) {
            int n = s.length();
            if (n >= 2 && (n >= 12 || s.charAt(0) == '0')) {
                boolean digits = true;
                for (int i = 0; i < n && digits; i++) {
                    char c = s.charAt(i);
                    digits = c >= '0' && c <= '9';
                }
                if (digits) {
                    return "\t" + s;
                }
            }
            return neutralise(s);
        }

        @Override
        public void close() {
            try {
                printer.flush();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends SheetWriter {
        private static final String DATE_FORMAT = "yyyy-mm-dd";
        private static final int MAX_SHEET_NAME = 31;

        private final Workbook workbook;
        private final String sheetName;
        private Worksheet sheet;
        private final OutputStream own;
        private int row;
        /** The sheets begun: a list longer than one sheet's rows goes on in another, under the same header. */
        private int sheets = 1;
        private List<String> header;
        /**
         * Per column, the first and last row of the run of date cells not yet styled (-1: none). A date style
         * set cell by cell cost as much as writing the cell (issue 12's export profile); a run of a column
         * gets it in one call when the run breaks or before the rows are flushed.
         */
        private int[] dateRunFirst = new int[0];
        private int[] dateRunLast = new int[0];
        private boolean[] inline = new boolean[0];

        Xlsx(OutputStream out, String sheetName) {
            this(out, sheetName, null);
        }

        /** A writer that closes a stream of its own (an encrypting one) after the workbook is finished. */
        Xlsx(OutputStream out, String sheetName, OutputStream own) {
            this.workbook = new Workbook(new NonClosing(out), "TalentRegistry", "1.0");
            this.sheetName = sheetName;
            this.sheet = workbook.newWorksheet(sheetName);
            this.own = own;
        }

        Workbook workbook() {
            return workbook;
        }

        @Override
        public void rowUniqueText(int... columns) {
            for (int c : columns) {
                if (c >= inline.length) {
                    inline = Arrays.copyOf(inline, c + 1);
                }
                inline[c] = true;
            }
        }

        @Override
        public void header(List<String> headers) {
            requireColumns(headers.size());
            roomForRow();
            header = List.copyOf(headers);
            writeHeader(headers);
        }

        private void writeHeader(List<String> headers) {
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(row, c, neutralise(headers.get(c)));
                sheet.style(row, c).bold().set();
                sheet.width(c, Math.max(10, Math.min(40, headers.get(c).length() * 2 + 4)));
            }
            sheet.freezePane(0, row + 1);
            row++;
        }

        @Override
        public void row(List<?> cells) {
            requireColumns(cells.size());
            roomForRow();
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                if (cell instanceof String s) {
                    if (c < inline.length && inline[c]) {
                        sheet.inlineString(row, c, neutralise(s));
                    } else {
                        sheet.value(row, c, neutralise(s));
                    }
                } else if (cell instanceof BigDecimal n) {
                    sheet.value(row, c, n);
                } else if (cell instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (cell instanceof Boolean b) {
                    sheet.value(row, c, b);
                } else if (cell instanceof LocalDate d) {
                    sheet.value(row, c, d);
                    dateCell(c);
                } else {
                    sheet.value(row, c, neutralise(cell.toString()));
                }
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                styleDateRuns();
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** A sheet holds 16,384 columns; wider rows are refused before any of their cells is written. */
        private static void requireColumns(int columns) {
            if (columns > Worksheet.MAX_COLS) {
                throw new InvalidFieldException("format", FieldProblem.TOO_WIDE_FOR_XLSX, columns, Worksheet.MAX_COLS);
            }
        }

        /**
         * Begins another sheet when this one is full (1,048,576 rows, Excel's limit), named as the first with
         * its number, and repeats the header at its top: an audit trail of years, say, goes on there instead of
         * failing at its millionth row.
         */
        private void roomForRow() {
            if (row < Worksheet.MAX_ROWS) {
                return;
            }
            styleDateRuns();
            try {
                sheet.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sheets++;
            sheet = workbook.newWorksheet(continued(sheetName, sheets));
            row = 0;
            if (header != null) {
                writeHeader(header);
            }
        }

        /** A further sheet's name: the first's with its number, within Excel's 31 characters. */
        static String continued(String name, int number) {
            String suffix = " (" + number + ")";
            return name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }

        private void dateCell(int column) {
            if (column >= dateRunFirst.length) {
                int from = dateRunFirst.length;
                dateRunFirst = Arrays.copyOf(dateRunFirst, column + 1);
                dateRunLast = Arrays.copyOf(dateRunLast, column + 1);
                Arrays.fill(dateRunFirst, from, column + 1, -1);
            }
            if (dateRunFirst[column] >= 0 && dateRunLast[column] == row - 1) {
                dateRunLast[column] = row;
                return;
            }
            styleDateRun(column);
            dateRunFirst[column] = row;
            dateRunLast[column] = row;
        }

        private void styleDateRuns() {
            for (int c = 0; c < dateRunFirst.length; c++) {
                styleDateRun(c);
            }
        }

        private void styleDateRun(int column) {
            int first = dateRunFirst[column];
            if (first < 0) {
                return;
            }
            int last = dateRunLast[column];
            if (first == last) {
                sheet.style(first, column).format(DATE_FORMAT).set();
            } else {
                sheet.range(first, column, last, column).style().format(DATE_FORMAT).set();
            }
            dateRunFirst[column] = -1;
        }

        @Override
        public void close() {
            styleDateRuns();
            // The stream of its own is closed even if the workbook cannot be finished, which frees what it
            // holds (an encryption's container and temporary file); the caller's stream then has a broken
            // workbook either way.
            IOException failure = null;
            try {
                workbook.finish();
            } catch (IOException e) {
                failure = e;
            }
            if (own != null) {
                try {
                    own.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    /** The workbook closes its stream when it finishes; the caller's stream stays open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
