package org.talentregistry.exchange.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetFormat;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.spi.UnreadableWorkbookException;
import org.talentregistry.exchange.spi.WorkbookReader;

/**
 * Reads a sheet row by row, as text, parsing a few blocks of rows ahead on a thread of its own (see {@link
 * ReadAhead}) and holding no more than those. The header is found among the first non-blank rows (see {@link
 * #open(SheetSource, ToIntFunction)}), so that a title or notes above it are passed over.
 * XLSX numbers come as plain decimals and dates as {@code 2018-06-13} (with the time if it has one), so that
 * one set of value rules serves both formats; a value merged down over rows comes in each of them (see {@link
 * SheetMarkup}). A workbook of another format is read through a {@link WorkbookReader} on the class path, by the
 * same rules.
 */
public final class SheetReader implements AutoCloseable, Iterator<SheetReader.SheetRow> {
    /** GB18030 decodes every GBK file alike, and the characters GBK lacks. */
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final LocalDateTime EPOCH_1904 = LocalDateTime.of(1904, 1, 1, 0, 0);
    /** 9999-12-31 in the 1904 date system. */
    private static final BigDecimal LAST_1904_SERIAL = BigDecimal.valueOf(2_957_003);
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000);
    private static final int DETECTION_BYTES = 64 * 1024;
    /** Numbers from here on have more digits than the fifteen Excel keeps. */
    private static final BigDecimal EXCEL_EXACT = BigDecimal.TEN.pow(15);
    /** The first bytes of an OLE2 compound file: an Excel 97-2003 workbook, or an encrypted .xlsx. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A data row: its number as a spreadsheet program shows it, its cells as text, and whether the sheet hides
     * it (an XLSX row filtered out or collapsed; a CSV row never is).
     */
    public record SheetRow(long number, List<String> cells, boolean hidden) {
        /**
         * A row the sheet shows.
         *
         * @param number its number
         * @param cells its cells
         */
        public SheetRow(long number, List<String> cells) {
            this(number, cells, false);
        }

        /** The row's number and size, never its cells: a sheet's cells hold identity numbers and phones. */
        @Override
        public String toString() {
            return "SheetRow[number=" + number + ", cells=" + cells.size() + ", hidden=" + hidden + "]";
        }

        /**
         * Tells whether every cell is blank.
         *
         * @return true if blank
         */
        public boolean isBlank() {
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** How many of a sheet's columns its top rows must name for it to hold a list. */
    static final int LIST_SCORE = 2;

    /** How many non-blank rows at the top of a sheet may hold its header, below a title or notes. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final AutoCloseable resource;
    private final Iterator<SheetRow> source;
    private final List<String> headers;
    private final long headerRow;
    private final List<SheetRow> aboveHeader;
    private final Charset charset;
    private final RowProblem unreadable;
    /** Where a CSV broke off, set on the reading thread when its rows end there. */
    private final AtomicReference<RowProblem> broken;
    /** Rows after the header that are no records; blank rows are passed over always. */
    private Predicate<List<String>> passOver = cells -> false;
    /** The template's sample, passed over as the first row when records follow it. */
    private Predicate<List<String>> isSample = cells -> false;
    /** The rows after the header, parsed ahead; started by the first read of them. */
    private ReadAhead<?> ahead;
    private Iterator<SheetRow> rows;
    /** The XLSX sheet read, and the other visible sheets that hold a list when none was named. */
    private String sheetName = "";
    private List<String> otherLists = List.of();

    /** A reader of a file that is no sheet: no header, no rows, and why. */
    private SheetReader(RowProblem unreadable) {
        this.resource = () -> { };
        this.charset = null;
        this.headers = List.of();
        this.headerRow = 0;
        this.aboveHeader = List.of();
        this.source = Collections.emptyIterator();
        this.unreadable = unreadable;
        this.broken = new AtomicReference<>();
    }

    private SheetReader(AutoCloseable resource, Iterator<SheetRow> rows, Charset charset,
            ToIntFunction<List<String>> headerScore, AtomicReference<RowProblem> broken) {
        this.unreadable = null;
        this.broken = broken;
        this.resource = resource;
        this.charset = charset;
        List<SheetRow> top = new ArrayList<>();
        while (top.size() < HEADER_SEARCH_ROWS && rows.hasNext()) {
            SheetRow candidate = rows.next();
            if (!candidate.isBlank()) {
                top.add(candidate);
            }
        }
        // The header is the first of the top rows that names the most columns; with none named, the first row,
        // so that the layout reports what is missing from it.
        int header = top.isEmpty() ? -1 : 0;
        int best = 0;
        for (int i = 0; i < top.size(); i++) {
            int score = headerScore.applyAsInt(top.get(i).cells());
            if (score > best) {
                best = score;
                header = i;
            }
        }
        this.headers = header < 0 ? List.of() : top.get(header).cells();
        this.headerRow = header < 0 ? 0 : top.get(header).number();
        this.aboveHeader = header < 0 ? List.of() : List.copyOf(top.subList(0, header));
        Iterator<SheetRow> belowHeader = top.subList(header + 1, top.size()).iterator();
        this.source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return belowHeader.hasNext() || rows.hasNext();
            }

            @Override
            public SheetRow next() {
                return belowHeader.hasNext() ? belowHeader.next() : rows.next();
            }
        };
    }

    /**
     * Opens a source whose header may sit below a title or notes: of the first {@value #HEADER_SEARCH_ROWS}
     * non-blank rows, the header is the first that scores highest (the columns it names), or the first row if
     * none scores above nought.
     *
     * @param source the source
     * @param headerScore how many of a sheet's columns a row names
     * @return a reader positioned after the header row
     * @throws UncheckedIOException if the source cannot be read
     */
    public static SheetReader open(SheetSource source, ToIntFunction<List<String>> headerScore) {
        try {
            byte[] head = head(source);
            if (head.length == 0) {
                return unreadable("是空的", "is empty");
            }
            Optional<WorkbookReader> other = WorkbookServices.reading(head);
            if (other.isPresent()) {
                Optional<SheetSource> plain;
                try {
                    plain = decrypted(source, other.get());
                } catch (UnreadableWorkbookException e) {
                    return unreadable(e.reasonZh(), e.reasonEn());
                }
                return plain.isPresent() ? open(plain.get(), headerScore) : workbook(source, other.get(), headerScore);
            }
            if (Arrays.equals(head, OLE2)) {
                return unreadable("是Excel 97-2003格式（.xls）或加了密码的工作簿，无法读取：请在Excel或WPS中另存为.xlsx（或CSV）后再导入"
                                + "（系统加上registry-exchange-xls模块后可直接读取.xls，并可凭密码读取加了密码的工作簿）",
                        "is an Excel 97-2003 (.xls) or password-protected workbook, which cannot be read: save it as "
                                + ".xlsx (or CSV) in Excel or WPS and import that (a host with the module "
                                + "registry-exchange-xls reads .xls files as they are, and protected workbooks with "
                                + "their password)");
            }
            return source.format() == SheetFormat.XLSX ? xlsx(source, headerScore) : csv(source, headerScore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file inside an encrypted container, decrypted with the source's password, as a source of its own
     * that reads the same sheet; empty without a password or if the file is no such container.
     */
    private static Optional<SheetSource> decrypted(SheetSource source, WorkbookReader format) throws IOException {
        if (source.password().isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> plain = format.decrypt(source);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        SheetSource inside = SheetSource.of(plain.get());
        return Optional.of(source.sheet().map(inside::withSheet).orElse(inside));
    }

    /** The source's first bytes, by which a workbook reader knows its format and an OLE2 file is told apart. */
    private static byte[] head(SheetSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes(OLE2.length);
        }
    }

    /** A sheet named by the source that the workbook does not have: its sheets are listed, so the office can pick. */
    private static SheetReader noSheetNamed(String name, List<String> sheets) {
        return unreadable("中没有名为「" + name + "」的工作表（工作簿中的工作表：" + String.join("、", sheets) + "）",
                "has no sheet named '" + name + "' (the workbook's sheets: " + String.join(", ", sheets) + ")");
    }

    private static SheetReader unreadable(String zh, String en) {
        return new SheetReader(new RowProblem(0, "", "", RowProblem.Kind.LAYOUT, "文件" + zh, "the file " + en));
    }

    private static SheetReader csv(SheetSource source, ToIntFunction<List<String>> headerScore) throws IOException {
        BufferedInputStream in = new BufferedInputStream(source.open(), DETECTION_BYTES + 16);
        try {
            Charset charset = source.charset().orElse(null);
            if (charset == null) {
                charset = detect(in);
                if (charset == null) {
                    in.close();
                    return unreadable("既不是CSV文本文件，也不是.xlsx工作簿", "is neither a CSV text file nor an .xlsx workbook");
                }
            } else if (charset.equals(StandardCharsets.UTF_8)) {
                skipBom(in);
            } else if (charset.equals(GB18030)) {
                skipGb18030Bom(in);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            // Blank lines are rows, as a spreadsheet program shows them, so that row numbers match what the office sees.
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(reader))
                    .setIgnoreSurroundingSpaces(false).setIgnoreEmptyLines(false).get().parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            AtomicReference<RowProblem> broken = new AtomicReference<>();
            Iterator<SheetRow> rows = new Iterator<>() {
                private long line;

                @Override
                public boolean hasNext() {
                    if (broken.get() != null) {
                        return false;
                    }
                    try {
                        return records.hasNext();
                    } catch (UncheckedIOException e) {
                        if (!(e.getCause() instanceof CSVException)) {
                            throw e;
                        }
                        // What is left of the file cannot be told into rows: the report says where it breaks.
                        broken.set(new RowProblem(line + 1, "", "", RowProblem.Kind.LAYOUT,
                                "从这一行起文件无法按CSV读取（多半是一个英文双引号没有配对），本行及以后各行都未读入：请检查本行的引号",
                                "the file cannot be read as CSV from this row on (most likely a double quote without its "
                                        + "pair), so neither this row nor any after it was read: check the quotes in this "
                                        + "row"));
                        return false;
                    }
                }

                @Override
                public SheetRow next() {
                    CSVRecord record = records.next();
                    line++;
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    return new SheetRow(line, cells);
                }
            };
            return new SheetReader(parser, rows, charset, headerScore, broken);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A byte-order mark or text that decodes as UTF-8 (but for at most one bad sequence in a hundred characters
     * beyond ASCII) means UTF-8, a UTF-16 byte-order mark UTF-16 (Excel's "Unicode text"), GB18030's own
     * byte-order mark GB18030; other text is GB18030. Chinese text in GBK is almost never valid UTF-8, and a
     * header of Chinese names comes first. Bytes that no text file holds (a NUL without a UTF-16 mark) mean no text at
     * all, and null is returned.
     */
    private static Charset detect(BufferedInputStream in) throws IOException {
        if (skipBom(in)) {
            return StandardCharsets.UTF_8;
        }
        if (skipGb18030Bom(in)) {
            return GB18030;
        }
        in.mark(DETECTION_BYTES + 1);
        byte[] head = in.readNBytes(DETECTION_BYTES);
        boolean more = in.read() >= 0;
        in.reset();
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        for (byte b : head) {
            if (b == 0) {
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        int errors = 0;
        for (CoderResult result = decoder.decode(bytes, out, !more); result.isError();
                result = decoder.decode(bytes, out, !more)) {
            errors++;
            bytes.position(bytes.position() + result.length());
        }
        if (errors == 0) {
            return StandardCharsets.UTF_8;
        }
        // A UTF-8 file with a stray bad byte or two is still UTF-8 (its bad bytes are refused where they stand);
        // GBK text read as UTF-8 goes wrong at almost every character.
        out.flip();
        int wide = 0;
        while (out.hasRemaining()) {
            if (out.get() >= 0x80) {
                wide++;
            }
        }
        return errors * 100 <= wide ? StandardCharsets.UTF_8 : GB18030;
    }

    /**
     * A tab between the header's cells and no comma means tab-separated values (Excel's "Unicode text" and
     * "text (tab delimited)"); anything else is comma-separated.
     */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(DETECTION_BYTES);
        char[] head = new char[DETECTION_BYTES];
        int length = reader.read(head, 0, head.length);
        reader.reset();
        boolean tab = false;
        for (int i = 0; i < Math.max(length, 0); i++) {
            char c = head[i];
            if (c == '\n' || c == '\r') {
                if (tab) {
                    break;
                }
                continue;
            }
            if (c == ',') {
                return ',';
            }
            tab |= c == '\t';
        }
        return tab ? '\t' : ',';
    }

    private static boolean skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            return true;
        }
        in.reset();
        return false;
    }

    /** Skips GB18030's byte-order mark (84 31 95 33, its U+FEFF), which some tools write; tells whether there was one. */
    private static boolean skipGb18030Bom(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] bom = in.readNBytes(4);
        if (bom.length == 4 && (bom[0] & 0xFF) == 0x84 && bom[1] == 0x31 && (bom[2] & 0xFF) == 0x95 && bom[3] == 0x33) {
            return true;
        }
        in.reset();
        return false;
    }

    /**
     * The file an XLSX reader opens where it lies, by random access to its parts: a source's file on the default
     * file system. Any other source is held in memory, where the reader makes one more copy of it.
     */
    private static Optional<Path> inPlace(SheetSource source) {
        return source.file().filter(f -> f.getFileSystem() == FileSystems.getDefault());
    }

    private static SheetReader xlsx(SheetSource source, ToIntFunction<List<String>> headerScore) throws IOException {
        Optional<Path> file = inPlace(source);
        byte[] bytes = null;
        if (file.isEmpty()) {
            try (InputStream in = source.open()) {
                bytes = in.readAllBytes();
            }
        }
        ReadingOptions options = new ReadingOptions(true, false);
        ReadableWorkbook workbook;
        Sheet sheet;
        SheetMarkup markup;
        List<String> otherLists = new ArrayList<>();
        try {
            workbook = file.isPresent() ? new ReadableWorkbook(file.get().toFile(), options)
                    : new ReadableWorkbook(new ByteArrayInputStream(bytes), options);
            try {
                if (source.sheet().isPresent() && workbook.findSheet(source.sheet().get()).isEmpty()) {
                    List<String> names = workbook.getSheets().map(Sheet::getName).toList();
                    workbook.close();
                    return noSheetNamed(source.sheet().get(), names);
                }
                sheet = source.sheet().isPresent() ? workbook.findSheet(source.sheet().get()).orElseThrow()
                        : listSheet(workbook.getSheets().toList(), XLSX_SHEETS, headerScore, otherLists);
                markup = SheetMarkup.read(file.isPresent() ? Files.newByteChannel(file.get())
                        : new SeekableInMemoryByteChannel(bytes), Optional.of(sheet.getName()));
            } catch (IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            // ExcelReaderException, or what a damaged part (styles, merged ranges) makes the reader throw.
            return unreadable("不是有效的.xlsx工作簿（文件已损坏或不完整，或是别的压缩文件）",
                    "is not a valid .xlsx workbook (it is damaged or cut short, or another kind of zip file)");
        }
        SheetMarkup.Filler filler = markup.merged().isEmpty() ? null : new SheetMarkup.Filler(markup.merged());
        BitSet hidden = markup.hiddenRows();
        try {
            Stream<Row> stream = sheet.openStream();
            Iterator<Row> it = stream.iterator();
            AtomicReference<RowProblem> broken = new AtomicReference<>();
            Iterator<SheetRow> rows = new RowsUntilBroken(broken) {
                private int last;

                /** The next row, or null at the end of the sheet or where it breaks off (noted as the sheet's problem). */
                @Override
                SheetRow read() {
                    Row row;
                    List<String> cells;
                    try {
                        if (!it.hasNext()) {
                            return null;
                        }
                        row = it.next();
                        // A cell's style can be damaged too (a number format's id that is no number).
                        cells = cellsOf(row, markup.date1904());
                    } catch (RuntimeException e) {
                        rethrowIfInterrupted(e);
                        return brokenAfter(last);
                    }
                    if (filler != null) {
                        filler.fill(row.getRowNum(), cells);
                    }
                    last = row.getRowNum();
                    return new SheetRow(row.getRowNum(), cells, hidden.get(row.getRowNum()));
                }

                /** Notes that the rest of the sheet, after a row, cannot be read, as a CSV that breaks off is noted. */
                private SheetRow brokenAfter(int row) {
                    broken.set(brokenFrom(row + 1));
                    return null;
                }
            };
            SheetReader reader = new SheetReader(() -> {
                stream.close();
                workbook.close();
            }, rows, null, headerScore, broken);
            reader.sheetName = sheet.getName();
            reader.otherLists = List.copyOf(otherLists);
            return reader;
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /**
     * Reads a workbook of another format through its reader, by the rules of XLSX: the named sheet or the one
     * that holds the list, numbers and dates as text the same way, merged cells filled, hidden rows marked.
     */
    private static SheetReader workbook(SheetSource source, WorkbookReader format, ToIntFunction<List<String>> headerScore)
            throws IOException {
        WorkbookReader.Workbook workbook;
        try {
            workbook = format.open(source);
        } catch (UnreadableWorkbookException e) {
            return unreadable(e.reasonZh(), e.reasonEn());
        } catch (RuntimeException e) {
            return unreadable("无法作为工作簿读取（文件已损坏或不完整）", "cannot be read as a workbook (it is damaged or cut short)");
        }
        try {
            List<WorkbookReader.Sheet> sheets = workbook.sheets();
            if (sheets.isEmpty()) {
                workbook.close();
                return unreadable("中没有工作表", "has no sheet");
            }
            List<String> otherLists = new ArrayList<>();
            Optional<WorkbookReader.Sheet> named = source.sheet().flatMap(name -> sheets.stream()
                    .filter(s -> s.name().equals(name)).findFirst());
            if (source.sheet().isPresent() && named.isEmpty()) {
                workbook.close();
                return noSheetNamed(source.sheet().get(), sheets.stream().map(WorkbookReader.Sheet::name).toList());
            }
            WorkbookReader.Sheet sheet = named.isPresent() ? named.get()
                    : listSheet(sheets, OTHER_SHEETS, headerScore, otherLists);
            List<SheetMarkup.Range> merged = sheet.mergedRegions().stream()
                    .map(r -> new SheetMarkup.Range(r.firstRow(), r.lastRow(), r.firstColumn(), r.lastColumn()))
                    .sorted(Comparator.comparingInt(SheetMarkup.Range::firstRow)).toList();
            SheetMarkup.Filler filler = merged.isEmpty() ? null : new SheetMarkup.Filler(merged);
            Iterator<WorkbookReader.Row> it = sheet.rows();
            AtomicReference<RowProblem> broken = new AtomicReference<>();
            Iterator<SheetRow> rows = new RowsUntilBroken(broken) {
                private long last;

                /** The next row, or null at the end of the sheet or where a damaged record breaks it off (noted). */
                @Override
                SheetRow read() {
                    WorkbookReader.Row row;
                    List<String> cells;
                    try {
                        if (!it.hasNext()) {
                            return null;
                        }
                        row = it.next();
                        cells = cellsOf(row);
                    } catch (RuntimeException e) {
                        rethrowIfInterrupted(e);
                        broken.set(brokenFrom(last + 1));
                        return null;
                    }
                    if (filler != null) {
                        filler.fill(row.number(), cells);
                    }
                    last = row.number();
                    return new SheetRow(row.number(), cells, row.hidden());
                }
            };
            SheetReader reader = new SheetReader(workbook, rows, null, headerScore, broken);
            reader.sheetName = sheet.name();
            reader.otherLists = List.copyOf(otherLists);
            return reader;
        } catch (IOException | RuntimeException e) {
            workbook.close();
            if (e instanceof RuntimeException runtime) {
                // A damaged record met while the sheets are listed or a sheet's merged cells read.
                rethrowIfInterrupted(runtime);
                return unreadable("无法作为工作簿读取（文件已损坏或不完整）", "cannot be read as a workbook (it is damaged or cut short)");
            }
            throw e;
        }
    }

    /**
     * A workbook's rows, read one ahead, until the sheet ends or a row cannot be read: {@link #read()} then notes
     * the sheet's problem in {@code broken} and returns null, and no row is read after it.
     */
    private abstract static class RowsUntilBroken implements Iterator<SheetRow> {
        private final AtomicReference<RowProblem> broken;
        private SheetRow next;

        RowsUntilBroken(AtomicReference<RowProblem> broken) {
            this.broken = broken;
        }

        /** The next row, or null at the end of the sheet or where it breaks off (noted in {@code broken}). */
        abstract SheetRow read();

        @Override
        public boolean hasNext() {
            if (next == null && broken.get() == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = next;
            next = null;
            return row;
        }
    }

    /** Lets an interrupt through: a read that stopped because its thread was interrupted is no damaged file. */
    private static void rethrowIfInterrupted(RuntimeException e) {
        if (e instanceof UncheckedIOException && (e.getCause() instanceof InterruptedIOException
                || e.getCause() instanceof ClosedByInterruptException)) {
            throw e;
        }
    }

    /** The problem of a sheet that cannot be read from a row on (the file damaged or cut short); no row after it was read. */
    private static RowProblem brokenFrom(long row) {
        return new RowProblem(row, "", "", RowProblem.Kind.LAYOUT,
                "从这一行起工作表无法读取（文件已损坏或不完整），本行及以后各行都未读入：请在Excel或WPS中打开并另存后再导入",
                "the sheet cannot be read from this row on (the file is damaged or cut short), so neither this "
                        + "row nor any after it was read: open it in Excel or WPS, save it again and import it again");
    }

    /** What choosing the list needs of a kind of workbook's sheets. */
    private interface SheetView<S> {
        String name(S sheet);

        boolean isVisible(S sheet);

        /** The sheet's rows from the top, as text; the caller closes the stream. */
        Stream<List<String>> rows(S sheet) throws IOException;
    }

    private static final SheetView<Sheet> XLSX_SHEETS = new SheetView<>() {
        @Override
        public String name(Sheet sheet) {
            return sheet.getName();
        }

        @Override
        public boolean isVisible(Sheet sheet) {
            return sheet.getVisibility() == SheetVisibility.VISIBLE;
        }

        @Override
        public Stream<List<String>> rows(Sheet sheet) throws IOException {
            return sheet.openStream().map(row -> cellsOf(row, false));
        }
    };

    private static final SheetView<WorkbookReader.Sheet> OTHER_SHEETS = new SheetView<>() {
        @Override
        public String name(WorkbookReader.Sheet sheet) {
            return sheet.name();
        }

        @Override
        public boolean isVisible(WorkbookReader.Sheet sheet) {
            return sheet.isVisible();
        }

        @Override
        public Stream<List<String>> rows(WorkbookReader.Sheet sheet) {
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(sheet.rows(), Spliterator.ORDERED), false)
                    .map(SheetReader::cellsOf);
        }
    };

    /**
     * The sheet that holds the list, when the caller names none: of the visible sheets, the first whose top rows
     * name the most columns, so that a sheet of instructions (填表说明) in front of the list is passed over; the
     * first sheet if no sheet names any.
     */
    private static <S> S listSheet(List<S> sheets, SheetView<S> view, ToIntFunction<List<String>> headerScore,
            List<String> otherLists) throws IOException {
        S best = sheets.get(0);
        if (sheets.size() < 2) {
            return best;
        }
        Map<S, Integer> scores = scores(sheets, view, headerScore);
        int bestScore = 0;
        for (Map.Entry<S, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        for (Map.Entry<S, Integer> e : scores.entrySet()) {
            if (e.getKey() != best && e.getValue() >= LIST_SCORE) {
                otherLists.add(view.name(e.getKey()));
            }
        }
        return best;
    }

    /** The visible sheets in workbook order, each with how many columns its top rows name at most. */
    private static <S> Map<S, Integer> scores(List<S> sheets, SheetView<S> view, ToIntFunction<List<String>> headerScore)
            throws IOException {
        Map<S, Integer> scores = new LinkedHashMap<>();
        for (S candidate : sheets) {
            if (!view.isVisible(candidate)) {
                continue;
            }
            int score = 0;
            try (Stream<List<String>> rows = view.rows(candidate)) {
                Iterator<List<String>> it = rows.iterator();
                for (int seen = 0; seen < HEADER_SEARCH_ROWS && it.hasNext(); ) {
                    List<String> cells = it.next();
                    if (!new SheetRow(0, cells).isBlank()) {
                        seen++;
                        score = Math.max(score, headerScore.applyAsInt(cells));
                    }
                }
            }
            scores.put(candidate, score);
        }
        return scores;
    }

    /** The names of the sheets that hold a list, in workbook order. */
    private static <S> List<String> lists(List<S> sheets, SheetView<S> view, ToIntFunction<List<String>> headerScore)
            throws IOException {
        List<String> names = new ArrayList<>();
        scores(sheets, view, headerScore).forEach((sheet, score) -> {
            if (score >= LIST_SCORE) {
                names.add(view.name(sheet));
            }
        });
        return names;
    }

    /**
     * Returns the names of a workbook's visible sheets that hold a list: whose top rows name at least {@value
     * #LIST_SCORE} of the sheet's columns, in workbook order. A sheet of instructions names fewer.
     *
     * @param source the workbook; a CSV source, or a file that is no workbook or cannot be read as one, holds
     *     none (its import says why)
     * @param headerScore how many of a sheet's columns a row names
     * @return the names, not null
     * @throws UncheckedIOException if the source cannot be opened
     */
    public static List<String> listSheets(SheetSource source, ToIntFunction<List<String>> headerScore) {
        Optional<WorkbookReader> other;
        try {
            other = WorkbookServices.reading(head(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (other.isPresent()) {
            try {
                Optional<SheetSource> plain = decrypted(source, other.get());
                if (plain.isPresent()) {
                    return listSheets(plain.get(), headerScore);
                }
                try (WorkbookReader.Workbook workbook = other.get().open(source)) {
                    return lists(workbook.sheets(), OTHER_SHEETS, headerScore);
                }
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        if (source.format() != SheetFormat.XLSX) {
            return List.of();
        }
        Optional<Path> file = inPlace(source);
        ReadingOptions options = new ReadingOptions(true, false);
        try (ReadableWorkbook workbook = file.isPresent() ? new ReadableWorkbook(file.get().toFile(), options)
                : new ReadableWorkbook(source.open(), options)) {
            return lists(workbook.getSheets().toList(), XLSX_SHEETS, headerScore);
        } catch (IOException | RuntimeException e) {
            // ExcelReaderException, or what a damaged part of the file makes the reader throw.
            return List.of();
        }
    }

    /**
     * Returns the problem of a sheet chosen from several that hold a list, when no sheet was named: the others
     * are not read, and the import must say so.
     *
     * @return the problem, or empty if the sheet was named or is the workbook's only list
     */
    public Optional<RowProblem> otherListsNotRead() {
        if (otherLists.isEmpty()) {
            return Optional.empty();
        }
        String others = String.join("、", otherLists);
        return Optional.of(new RowProblem(0, "", "", RowProblem.Kind.LAYOUT,
                "工作簿中除「" + sheetName + "」外，另有" + otherLists.size() + "个工作表也是名单（" + others + "），本次只读取了「"
                        + sheetName + "」：请把各工作表分别导入，或合并到一个工作表后再导入",
                "besides '" + sheetName + "', " + otherLists.size() + " more sheets of the workbook hold a list (" + others
                        + "), and only '" + sheetName + "' was read: import each by its name (Exchange.listsIn gives "
                        + "a source for each), or put them on one sheet"));
    }


    /** A row's cells as text, in a list the merged-cell filler may change. */
    private static List<String> cellsOf(Row row, boolean date1904) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i), date1904));
        }
        return cells;
    }

    private static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        switch (cell.getType()) {
            case NUMBER:
                if (!isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                    return numberText(cell.asNumber());
                }
                return date1904 ? serialText1904(cell.asNumber()) : dateText(cell.asDate());
            case EMPTY:
                return null;
            case FORMULA:
                // A formula's date result comes as its serial, which the date fields read in the 1900 system.
                if (date1904 && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                    try {
                        return serialText1904(new BigDecimal(cell.getRawValue()));
                    } catch (NumberFormatException | NullPointerException notANumber) {
                        return cell.getText();
                    }
                }
                return cell.getText();
            default:
                return cell.getText();
        }
    }

    /**
     * A date cell's serial as the date it stands for in the workbook's date system: days since 1904-01-01 in the
     * 1904 system (Excel for Mac's, "use 1904 date system"), which fastexcel 0.19 reads only when the workbook
     * says {@code date1904="true"}, not {@code "1"} as Excel writes it. A serial past 9999-12-31 is given as a
     * number, which a date field refuses.
     */
    private static String serialText1904(BigDecimal serial) {
        if (serial.signum() < 0 || serial.compareTo(LAST_1904_SERIAL) > 0) {
            return numberText(serial);
        }
        long days = serial.longValue();
        long millis = serial.subtract(BigDecimal.valueOf(days)).multiply(MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_UP)
                .longValue();
        return dateText(EPOCH_1904.plusDays(days).plus(millis, ChronoUnit.MILLIS));
    }

    /** A row's cells as text, by the rules of XLSX cells. */
    private static List<String> cellsOf(WorkbookReader.Row row) {
        List<String> cells = new ArrayList<>(row.cells().size());
        for (WorkbookReader.Cell cell : row.cells()) {
            cells.add(text(cell));
        }
        return cells;
    }

    private static String text(WorkbookReader.Cell cell) {
        if (cell.text() != null || cell.number() == null) {
            return cell.text();
        }
        if (cell.dateTime() != null && isDateFormat(cell.formatId(), cell.format())) {
            return dateText(cell.dateTime());
        }
        return numberText(BigDecimal.valueOf(cell.number()));
    }

    private static String dateText(LocalDateTime at) {
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
    }

    private static String numberText(BigDecimal n) {
        if (n.abs().compareTo(EXCEL_EXACT) >= 0) {
            // Excel kept fifteen digits of it: an identity number typed into a number cell. Given as Excel shows
            // it, so that the row is refused for what happened rather than a check digit.
            return n.round(new MathContext(15)).stripTrailingZeros().toString();
        }
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /**
     * Excel's built-in date formats are ids 14 to 22 and 45 to 47, and 27 to 36 and 50 to 58 in Chinese Excel;
     * custom ones spell a year or a day.
     */
    private static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("日");
    }

    /**
     * Returns the name of the workbook's sheet being read.
     *
     * @return the name; empty for CSV and for a file that is no sheet
     */
    public String sheetName() {
        return sheetName;
    }

    /**
     * Returns the header row's cells.
     *
     * @return the headers; empty for an empty sheet
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * Tells why the source is no sheet this reader reads (empty, an .xls workbook, a damaged .xlsx, binary),
     * as a problem for the report; such a reader has no header and no rows.
     *
     * @return the problem, or empty for a readable sheet
     */
    public Optional<RowProblem> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /**
     * Tells where a CSV file stops being CSV (a double quote without its pair), once its rows have been read to
     * their end: the rows before it were read, none after.
     *
     * @return the problem, naming the row where the file breaks; empty if it does not
     */
    public Optional<RowProblem> broken() {
        return Optional.ofNullable(broken.get());
    }

    /**
     * Returns the number of the header's row, as a spreadsheet program shows it.
     *
     * @return the row number; 0 for an empty sheet
     */
    public long headerRow() {
        return headerRow;
    }

    /**
     * Returns the non-blank rows above the header: a title, the office that filled the sheet in, notes.
     *
     * @return the rows, in order; empty if the header is the first non-blank row
     */
    public List<SheetRow> aboveHeader() {
        return aboveHeader;
    }

    /**
     * Returns the character set a CSV source was read in.
     *
     * @return the charset, or null for XLSX
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Passes over the rows after the header that a test finds are no records (see {@link
     * Columns.Layout#isNotARecord}), as blank rows are; set before the rows are read.
     *
     * @param test which rows to pass over
     */
    public void passOver(Predicate<List<String>> test) {
        this.passOver = test;
    }

    /**
     * Passes over the template's sample when it is the first row and records follow it: left in above an
     * office's own rows. A sample alone is read, as a trial of the template. Set before the rows are read.
     *
     * @param test which rows are the template's sample
     */
    public void passOverTheSample(Predicate<List<String>> test) {
        this.isSample = test;
    }

    /**
     * Returns the rows after the header, blank ones skipped, each prepared by a function on the reading
     * thread (see {@link ReadAhead}): an import validates a row there while the calling thread stores the
     * rows before. The function must not touch the registry, and what it reads must be set before this call.
     * Either this or the reader's own {@link #hasNext()} and {@link #next()} read the rows, once.
     *
     * @param prepare what to make of a row, on the reading thread
     * @param <R> what a row is made into
     * @return the prepared rows, in order
     * @throws IllegalStateException if the rows are read already
     */
    public <R> Iterator<R> prepared(Function<SheetRow, R> prepare) {
        if (ahead != null) {
            throw new IllegalStateException("the rows are read already");
        }
        ReadAhead<R> prepared = new ReadAhead<>(new Iterator<>() {
            private SheetRow next;
            private boolean first = true;
            /** The template's sample as the first row, held until a record after it shows it was left in. */
            private SheetRow sample;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    SheetRow candidate = source.next();
                    if (candidate.isBlank() || passOver.test(candidate.cells())) {
                        continue;
                    }
                    if (first && isSample.test(candidate.cells())) {
                        sample = candidate;
                    } else {
                        sample = null;
                        next = candidate;
                    }
                    first = false;
                }
                if (next == null && sample != null) {
                    // The sample alone: a trial of the template, imported as asked.
                    next = sample;
                    sample = null;
                }
                return next != null;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow row = next;
                next = null;
                return prepare.apply(row);
            }
        }, "talent-registry-sheet-reader");
        ahead = prepared;
        return prepared;
    }

    @Override
    public boolean hasNext() {
        if (rows == null) {
            rows = prepared(Function.identity());
        }
        return rows.hasNext();
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
        }
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
