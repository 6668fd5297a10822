package org.talentregistry.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What an XLSX sheet's markup says beyond its cells' values, which the XLSX reader does not give: its merged
 * cells, and its hidden rows.
 *
 * <p>Offices merge a value down over the rows it repeats in (an employer over its workers, a district over
 * its employers); read as it is stored, only the range's first row would have it, so the {@link Filler} fills
 * it into every row the range spans, as Excel's "unmerge and fill" does. Offices also hide rows, by filtering
 * a list (筛选) or collapsing a group; an import must not take such a row for one the office sent.
 *
 * <p>A sheet lists its merged ranges after its rows, so the markup is read before the rows: the sheet's part
 * is found through the workbook and its relationships, inflated once more and scanned for {@code row} and
 * {@code mergeCell} elements (a {@code <} in a cell's text is always escaped, so what a cell holds cannot
 * mislead the scan).
 *
 * @param merged the merged ranges that span more than one row, by first row
 * @param hiddenRows the numbers of the hidden rows, as a spreadsheet program numbers them (from 1)
 * @param date1904 whether the workbook counts dates from 1904 (Excel for Mac's, or "use 1904 date system" ticked)
 */
record SheetMarkup(List<Range> merged, BitSet hiddenRows, boolean date1904) {
    private static final Pattern WORKBOOK_PROPERTIES = Pattern.compile("<(?:\\w+:)?workbookPr\\s([^>]*)>");
    /** The 1904 date system's flag, as Excel writes it ({@code 1}) or as other programs do ({@code true}). */
    private static final Pattern DATE_1904 = Pattern.compile("\\bdate1904=\"(?:1|true)\"");
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\s([^>]*)>");
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\s([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern RELATIONSHIP_ID = Pattern.compile("\\b\\w+:id=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final byte[] R = "r=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HIDDEN = "hidden=\"".getBytes(StandardCharsets.US_ASCII);
    /** A cell or range reference within Excel's grid's digits: three letters, seven digits (checked further in {@link #range}). */
    private static final Pattern REF = Pattern.compile("([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?");
    /** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
    private static final int LAST_ROW = 1_048_576;
    private static final int LAST_COLUMN = 16_383;
    private static final Pattern REFERENCE =
            Pattern.compile("&(lt|gt|quot|apos|amp|#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7});");

    /**
     * A merged range.
     *
     * @param firstRow its first row, as a spreadsheet program numbers it (from 1)
     * @param lastRow its last row
     * @param firstColumn its first column, from 0
     * @param lastColumn its last column
     */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /**
     * Reads the markup of a workbook's sheet.
     *
     * @param workbook the workbook's bytes
     * @param sheetName the sheet's name, or empty for the first sheet
     * @return what the markup says; nothing if the sheet is not found
     * @throws IOException if the workbook cannot be read
     */
    static SheetMarkup read(byte[] workbook, Optional<String> sheetName) throws IOException {
        return read(new SeekableInMemoryByteChannel(workbook), sheetName);
    }

    /**
     * Reads the markup of a workbook's sheet by random access to its parts, a file's or in memory.
     *
     * @param workbook the workbook, closed on return
     * @param sheetName the sheet's name, or empty for the first sheet
     * @return what the markup says; nothing if the sheet is not found
     * @throws IOException if the workbook cannot be read
     */
    static SheetMarkup read(SeekableByteChannel workbook, Optional<String> sheetName) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(workbook).get()) {
            String workbookXml = text(zip, "xl/workbook.xml");
            Matcher properties = WORKBOOK_PROPERTIES.matcher(workbookXml);
            boolean date1904 = properties.find() && DATE_1904.matcher(properties.group(1)).find();
            SheetMarkup none = new SheetMarkup(List.of(), new BitSet(), date1904);
            String relationship = null;
            for (SheetPart sheet : sheets(workbookXml)) {
                if (sheetName.isEmpty() || sheetName.get().equals(sheet.name())) {
                    relationship = sheet.relationship();
                    break;
                }
            }
            String target = relationship == null ? null
                    : targets(text(zip, "xl/_rels/workbook.xml.rels")).get(relationship);
            if (target == null) {
                return none;
            }
            ZipArchiveEntry part = zip.getEntry(target.startsWith("/") ? target.substring(1) : "xl/" + target);
            if (part == null) {
                return none;
            }
            try (InputStream in = zip.getInputStream(part)) {
                return scan(in, date1904);
            }
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A sheet as the workbook lists it: its name and the id of the relationship to its part. */
    private record SheetPart(String name, String relationship) {
    }

    /** The sheets in workbook order. */
    private static List<SheetPart> sheets(String xml) {
        List<SheetPart> sheets = new ArrayList<>();
        Matcher m = SHEET.matcher(xml);
        while (m.find()) {
            Matcher name = NAME.matcher(m.group(1));
            Matcher id = RELATIONSHIP_ID.matcher(m.group(1));
            if (name.find() && id.find()) {
                sheets.add(new SheetPart(unescape(name.group(1)), id.group(1)));
            }
        }
        return sheets;
    }

    private static Map<String, String> targets(String xml) {
        Map<String, String> targets = new HashMap<>();
        Matcher m = RELATIONSHIP.matcher(xml);
        while (m.find()) {
            Matcher id = ID.matcher(m.group(1));
            Matcher target = TARGET.matcher(m.group(1));
            if (id.find() && target.find()) {
                targets.put(id.group(1), unescape(target.group(1)));
            }
        }
        return targets;
    }

    /** Resolves XML's five named entities and character references ({@code &#x540d;}, as some writers write). */
    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                default -> {
                    int code = entity.startsWith("#x") || entity.startsWith("#X")
                            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                    yield Character.isValidCodePoint(code) ? Character.toString(code) : m.group();
                }
            };
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Scans a worksheet's markup for its merged ranges that span rows and its hidden rows. */
    private static SheetMarkup scan(InputStream in, boolean date1904) throws IOException {
        Scan scan = new Scan();
        byte[] buffer = new byte[1 << 16];
        int length = 0;
        int read;
        while ((read = in.read(buffer, length, buffer.length - length)) > 0) {
            length += read;
            int consumed = scan.chunk(buffer, length);
            System.arraycopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }
        scan.ranges.sort(Comparator.comparingInt(Range::firstRow));
        return new SheetMarkup(scan.ranges, scan.hidden, date1904);
    }

    /** What a scan has found so far. */
    private static final class Scan {
        final List<Range> ranges = new ArrayList<>();
        final BitSet hidden = new BitSet();
        /** The last row element's number: a row without {@code r} is the one after it. */
        int row;

        /**
         * Reads the complete {@code row} and {@code mergeCell} start tags of a chunk.
         *
         * @return where the chunk's unscanned tail starts: the start of a tag the chunk does not hold whole
         */
        int chunk(byte[] b, int length) {
            int from = 0;
            while (true) {
                int at = from;
                while (at < length && b[at] != '<') {
                    at++;
                }
                if (at == length) {
                    return length;
                }
                int end = at + 1;
                int name = end;
                while (end < length && isNameByte(b[end])) {
                    if (b[end] == ':') {
                        name = end + 1;
                    }
                    end++;
                }
                if (end == length) {
                    return at;
                }
                boolean isRow = is(b, name, end, "row");
                if (!isRow && !is(b, name, end, "mergeCell")) {
                    from = end;
                    continue;
                }
                int close = end;
                while (close < length && b[close] != '>') {
                    close++;
                }
                if (close == length) {
                    return at;
                }
                if (isRow) {
                    // A row start tag per row of the sheet: read in place, no text made of it.
                    int r = valueAt(b, end, close, R);
                    int number = 0;
                    while (r >= 0 && r < close && b[r] >= '0' && b[r] <= '9' && number < 10_000_000) {
                        number = number * 10 + b[r++] - '0';
                    }
                    row = number > 0 ? number : row + 1;
                    int h = valueAt(b, end, close, HIDDEN);
                    if (h >= 0 && (b[h] == '1' || b[h] == 't')) {
                        hidden.set(row);
                    }
                } else {
                    Range range = range(new String(b, end, close - end, StandardCharsets.US_ASCII));
                    if (range != null && range.lastRow() > range.firstRow()) {
                        ranges.add(range);
                    }
                }
                from = close + 1;
            }
        }

        /**
         * Finds an attribute's value in a start tag's bytes: where its first byte is, or -1 if the tag has no
         * such attribute.
         */
        private static int valueAt(byte[] b, int from, int to, byte[] nameAndQuote) {
            outer:
            for (int i = from + 1; i + nameAndQuote.length < to; i++) {
                byte before = b[i - 1];
                if (before != ' ' && before != '\t' && before != '\n' && before != '\r') {
                    continue;
                }
                for (int j = 0; j < nameAndQuote.length; j++) {
                    if (b[i + j] != nameAndQuote[j]) {
                        continue outer;
                    }
                }
                return i + nameAndQuote.length;
            }
            return -1;
        }

        private static boolean isNameByte(byte c) {
            return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '>' && c != '/' && c != '<';
        }

        private static boolean is(byte[] b, int from, int to, String name) {
            if (to - from != name.length()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                if (b[from + i] != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An attribute's value in a start tag's attributes, or null; the attribute's name stands alone. */
    private static String attribute(String attributes, String name) {
        int at = attributes.indexOf(name + "=\"");
        while (at > 0 && !Character.isWhitespace(attributes.charAt(at - 1))) {
            at = attributes.indexOf(name + "=\"", at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 2;
        int end = attributes.indexOf('"', start);
        return end < 0 ? null : attributes.substring(start, end);
    }

    private static Range range(String attributes) {
        String ref = attribute(attributes, "ref");
        Matcher m = ref == null ? null : REF.matcher(ref);
        if (m == null || !m.matches() || m.group(3) == null) {
            return null;
        }
        int firstRow = Integer.parseInt(m.group(2));
        int lastRow = Integer.parseInt(m.group(4));
        int firstColumn = column(m.group(1));
        int lastColumn = column(m.group(3));
        if (Math.max(firstRow, lastRow) > LAST_ROW || Math.max(firstColumn, lastColumn) > LAST_COLUMN
                || Math.min(firstRow, lastRow) < 1) {
            // No range a spreadsheet program writes: the file was made by hand or is damaged. Its cells are
            // read as they stand, unfilled.
            return null;
        }
        return new Range(Math.min(firstRow, lastRow), Math.max(firstRow, lastRow), Math.min(firstColumn, lastColumn),
                Math.max(firstColumn, lastColumn));
    }

    private static int column(String letters) {
        int column = 0;
        for (int i = 0; i < letters.length(); i++) {
            column = column * 26 + letters.charAt(i) - 'A' + 1;
        }
        return column - 1;
    }

    /**
     * Fills each merged range's value into the rows below its first, in a sheet's rows as they are read.
     * Rows must come in ascending order, as a worksheet stores them.
     */
    static final class Filler {
        private final Iterator<Range> pending;
        private Range next;
        private final List<Range> open = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Filler(List<Range> ranges) {
            this.pending = ranges.iterator();
            this.next = pending.hasNext() ? pending.next() : null;
        }

        /**
         * Fills a row's cells from the ranges that span it.
         *
         * @param rowNumber the row's number, from 1
         * @param cells the row's cells, changed in place; grown if a range reaches past them
         */
        void fill(int rowNumber, List<String> cells) {
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).lastRow() < rowNumber) {
                    open.remove(i);
                    values.remove(i);
                }
            }
            for (int i = 0; i < open.size(); i++) {
                Range range = open.get(i);
                if (range.firstRow() < rowNumber) {
                    for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
                        while (cells.size() <= c) {
                            cells.add(null);
                        }
                        if (cells.get(c) == null || cells.get(c).isBlank()) {
                            cells.set(c, values.get(i));
                        }
                    }
                }
            }
            while (next != null && next.firstRow() <= rowNumber) {
                if (next.lastRow() >= rowNumber) {
                    open.add(next);
                    String value = next.firstColumn() < cells.size() ? cells.get(next.firstColumn()) : null;
                    values.add(next.firstRow() == rowNumber ? value : null);
                }
                next = pending.hasNext() ? pending.next() : null;
            }
        }
    }
}
