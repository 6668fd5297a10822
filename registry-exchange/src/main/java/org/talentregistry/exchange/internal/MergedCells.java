package org.talentregistry.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The merged cells of an XLSX sheet, and the filling of a merged value into every row it spans, as Excel's
 * "unmerge and fill" does. Offices merge a value down over the rows it repeats in (an employer over its
 * workers, a district over its employers); read as it is stored, only the range's first row would have it.
 *
 * <p>A sheet lists its merged ranges after its rows, so they are read before the rows: the sheet's part is
 * found through the workbook and its relationships, inflated once more and its markup scanned for {@code
 * mergeCell} elements (a {@code <} in a cell's text is always escaped, so what a cell holds cannot mislead the
 * scan).
 */
final class MergedCells {
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\s([^>]*)>");
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\s([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern RELATIONSHIP_ID = Pattern.compile("\\b\\w+:id=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final Pattern REF = Pattern.compile("([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?");
    private static final Pattern REFERENCE =
            Pattern.compile("&(lt|gt|quot|apos|amp|#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7});");
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);

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

    private MergedCells() {
    }

    /**
     * Reads the merged ranges of a workbook's sheet.
     *
     * @param workbook the workbook's bytes
     * @param sheetName the sheet's name, or empty for the first sheet
     * @return the ranges that span more than one row, by first row; empty if the sheet has none or is not found
     * @throws IOException if the workbook cannot be read
     */
    static List<Range> read(byte[] workbook, Optional<String> sheetName) throws IOException {
        return read(new SeekableInMemoryByteChannel(workbook), sheetName);
    }

    /**
     * Reads the merged ranges of a workbook's sheet by random access to its parts, a file's or in memory.
     *
     * @param workbook the workbook, closed on return
     * @param sheetName the sheet's name, or empty for the first sheet
     * @return the ranges that span more than one row, by first row; empty if the sheet has none or is not found
     * @throws IOException if the workbook cannot be read
     */
    static List<Range> read(SeekableByteChannel workbook, Optional<String> sheetName) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(workbook).get()) {
            String relationship = null;
            for (SheetPart sheet : sheets(text(zip, "xl/workbook.xml"))) {
                if (sheetName.isEmpty() || sheetName.get().equals(sheet.name())) {
                    relationship = sheet.relationship();
                    break;
                }
            }
            String target = relationship == null ? null
                    : targets(text(zip, "xl/_rels/workbook.xml.rels")).get(relationship);
            if (target == null) {
                return List.of();
            }
            ZipArchiveEntry part = zip.getEntry(target.startsWith("/") ? target.substring(1) : "xl/" + target);
            if (part == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(part)) {
                return scan(in);
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

    /** Scans a worksheet's markup for its merged ranges that span rows. */
    private static List<Range> scan(InputStream in) throws IOException {
        List<Range> ranges = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        int length = 0;
        int read;
        while ((read = in.read(buffer, length, buffer.length - length)) > 0) {
            length += read;
            int consumed = scanChunk(buffer, length, ranges);
            System.arraycopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
        }
        ranges.sort(Comparator.comparingInt(Range::firstRow));
        return ranges;
    }

    /**
     * Finds the complete {@code mergeCell} elements in a chunk.
     *
     * @return where the chunk's unscanned tail starts: one that may hold the start of an element
     */
    private static int scanChunk(byte[] b, int length, List<Range> ranges) {
        int from = 0;
        while (true) {
            int at = indexOf(b, from, length);
            if (at < 0) {
                return Math.max(from, length - MERGE_CELL.length);
            }
            int end = at + MERGE_CELL.length;
            if (end >= length) {
                return Math.max(from, at - 1);
            }
            boolean element = at > 0 && (b[at - 1] == '<' || b[at - 1] == ':')
                    && (b[end] == ' ' || b[end] == '\t' || b[end] == '\n' || b[end] == '\r');
            if (!element) {
                from = end;
                continue;
            }
            int close = end;
            while (close < length && b[close] != '>') {
                close++;
            }
            if (close == length) {
                return Math.max(from, at - 1);
            }
            Range range = range(new String(b, end, close - end, StandardCharsets.US_ASCII));
            if (range != null && range.lastRow() > range.firstRow()) {
                ranges.add(range);
            }
            from = close + 1;
        }
    }

    private static int indexOf(byte[] b, int from, int length) {
        outer:
        for (int i = from; i <= length - MERGE_CELL.length; i++) {
            for (int j = 0; j < MERGE_CELL.length; j++) {
                if (b[i + j] != MERGE_CELL[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Range range(String attributes) {
        int ref = attributes.indexOf("ref=\"");
        if (ref < 0) {
            return null;
        }
        int end = attributes.indexOf('"', ref + 5);
        Matcher m = end < 0 ? null : REF.matcher(attributes.substring(ref + 5, end));
        if (m == null || !m.matches() || m.group(3) == null) {
            return null;
        }
        int firstRow = Integer.parseInt(m.group(2));
        int lastRow = Integer.parseInt(m.group(4));
        int firstColumn = column(m.group(1));
        int lastColumn = column(m.group(3));
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
