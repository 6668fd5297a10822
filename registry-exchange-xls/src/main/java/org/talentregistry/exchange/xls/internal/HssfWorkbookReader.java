package org.talentregistry.exchange.xls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.spi.UnreadableWorkbookException;
import org.talentregistry.exchange.spi.WorkbookReader;

/**
 * Reads Excel 97-2003 workbooks ({@code .xls}, BIFF8) with Apache POI's record reader, a sheet's rows as they
 * come, without building POI's model of the workbook: what it holds is the file's bytes, the workbook's shared
 * strings and formats, and one block of rows (Excel writes rows in blocks of 32). A first pass over the records
 * learns the sheets, their merged cells, the strings and the formats; each sheet's rows are a second pass. A
 * file is read where it lies. A workbook saved with a password is read with the source's.
 * An {@code .xlsx} encrypted with a password comes in the same container format; it is decrypted for the
 * exchange to read. Other files in that format (an Excel 5.0/95 workbook, a Word document) are refused, each
 * with its reason.
 */
public final class HssfWorkbookReader implements WorkbookReader {
    /** The first bytes of an OLE2 compound file, the container of {@code .xls} workbooks. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** The container's entry of a workbook of Excel 97 or later, as writers spell it. */
    private static final Set<String> WORKBOOK_ENTRIES = Set.of("Workbook", "WORKBOOK");
    /** The entry of an Excel 5.0/95 workbook (BIFF5). */
    private static final String OLD_WORKBOOK_ENTRY = "Book";
    /** BIFF8, the format of Excel 97 to 2003, in a BOF record. */
    private static final int BIFF8 = 0x0600;

    /** Creates the reader; {@link java.util.ServiceLoader} does. */
    public HssfWorkbookReader() {
    }

    @Override
    public boolean recognizes(byte[] head) {
        return Arrays.equals(head, OLE2);
    }

    @Override
    public Workbook open(SheetSource source) throws IOException {
        POIFSFileSystem container = container(source);
        try {
            DirectoryNode root = container.getRoot();
            if (isEncryptedPackage(root)) {
                // With a password, the exchange decrypts the .xlsx inside (decrypt) and never opens it here.
                throw source.password().isPresent() ? new UnreadableWorkbookException("是加了密码的.xlsx工作簿，不能按.xls读取",
                        "is an .xlsx workbook protected by a password, which is decrypted, not read as an .xls", null)
                        : needsPassword(null);
            }
            String entry = root.getEntryNames().stream().filter(WORKBOOK_ENTRIES::contains).findFirst().orElse(null);
            if (entry == null) {
                throw root.hasEntry(OLD_WORKBOOK_ENTRY) ? tooOld() : new UnreadableWorkbookException(
                        "不是Excel工作簿（可能是Word文档等其他Office文件）",
                        "is no Excel workbook (perhaps a Word document or another Office file)", null);
            }
            return Globals.read(new Records(container, entry, source.password().orElse(null)));
        } catch (UnreadableWorkbookException e) {
            container.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            container.close();
            throw damaged(e);
        }
    }

    /**
     * Decrypts an {@code .xlsx} that Excel or WPS encrypted with a password (an OLE2 container holding the
     * encryption's parameters and the encrypted ZIP archive), with the source's password.
     */
    @Override
    public Optional<byte[]> decrypt(SheetSource source) throws IOException {
        try (POIFSFileSystem container = container(source)) {
            if (!isEncryptedPackage(container.getRoot())) {
                return Optional.empty();
            }
            try {
                Decryptor decryptor = new EncryptionInfo(container).getDecryptor();
                if (!decryptor.verifyPassword(source.password().orElse(Decryptor.DEFAULT_PASSWORD))) {
                    throw source.password().isPresent() ? wrongPassword(null) : needsPassword(null);
                }
                try (InputStream plain = decryptor.getDataStream(container)) {
                    return Optional.of(plain.readAllBytes());
                }
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                throw e instanceof UnreadableWorkbookException u ? u : new UnreadableWorkbookException(
                        "是加了密码的工作簿，但无法解密（文件已损坏，或加密方式不受支持）",
                        "is a workbook protected by a password that cannot be decrypted (it is damaged, or its "
                                + "encryption is of a kind not supported)", e);
            }
        }
    }

    /** The OLE2 container: a file where it lies, through POI's random access to it, or else the bytes. */
    private static POIFSFileSystem container(SheetSource source) throws IOException {
        Optional<Path> file = source.file().filter(f -> f.getFileSystem() == FileSystems.getDefault());
        try {
            if (file.isPresent()) {
                return new POIFSFileSystem(file.get().toFile(), true);
            }
            try (InputStream in = source.open()) {
                return new POIFSFileSystem(in);
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static boolean isEncryptedPackage(DirectoryNode root) {
        return root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage");
    }

    static UnreadableWorkbookException needsPassword(Exception e) {
        return new UnreadableWorkbookException("是加了密码的工作簿：请凭发件单位告知的密码导入，或在Excel或WPS中取消密码并另存后再导入",
                "is a workbook protected by a password: import it with the password its sender gave, or remove the "
                        + "password in Excel or WPS, save it and import that", e);
    }

    static UnreadableWorkbookException wrongPassword(Exception e) {
        return new UnreadableWorkbookException("是加了密码的工作簿，所给密码不正确：请向发件单位核对密码",
                "is a workbook protected by a password, and the password given does not open it: check it with the "
                        + "sender", e);
    }

    private static UnreadableWorkbookException tooOld() {
        return new UnreadableWorkbookException("是Excel 5.0/95或更早的格式，无法读取：请在Excel或WPS中另存为.xlsx后再导入",
                "is in the format of Excel 5.0/95 or earlier, which cannot be read: save it as .xlsx in Excel or WPS "
                        + "and import that", null);
    }

    static UnreadableWorkbookException damaged(Exception e) {
        return new UnreadableWorkbookException("不是有效的.xls工作簿（文件已损坏或不完整）",
                "is not a valid .xls workbook (it is damaged or cut short)", e);
    }

    /**
     * Where a workbook's records are read from: its stream in the container, decrypted with the password if
     * the workbook was saved with one (without one, with Excel's default password, which a workbook that is
     * only write-protected is encrypted with). Shows no password.
     */
    static final class Records {
        private final POIFSFileSystem container;
        private final String entry;
        private final String password;

        Records(POIFSFileSystem container, String entry, String password) {
            this.container = container;
            this.entry = entry;
            this.password = password;
        }

        /** Reads the records from the start of the stream. */
        RecordFactoryInputStream open() throws IOException {
            InputStream in = container.getRoot().createDocumentInputStream(entry);
            // POI reads the password for a workbook's encryption from a thread's own slot, when the stream is
            // opened: it is set for that moment only, and what was there before put back.
            String before = Biff8EncryptionKey.getCurrentUserPassword();
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                return new RecordFactoryInputStream(in, false);
            } catch (EncryptedDocumentException e) {
                in.close();
                throw password == null ? needsPassword(e) : wrongPassword(e);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(before);
            }
        }

        void close() throws IOException {
            container.close();
        }

        @Override
        public String toString() {
            return "Records{" + entry + "}";
        }
    }

    /**
     * What the first pass learns: the sheets in tab order, each with its merged cells and the place of its
     * records among the workbook's sheets; the shared strings; the cell formats; the date system.
     */
    private record Globals(Records workbook, List<Sheet> sheets) implements Workbook {
        static Globals read(Records workbook) throws IOException {
            List<BoundSheetRecord> bound = new ArrayList<>();
            List<List<Range>> merged = new ArrayList<>();
            Cells cells = new Cells();
            RecordFactoryInputStream records = workbook.open();
            int depth = 0;
            boolean first = true;
            for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
                if (r instanceof BOFRecord bof) {
                    if (first && bof.getVersion() != BIFF8) {
                        throw tooOld();
                    }
                    if (!first && depth == 0) {
                        merged.add(new ArrayList<>());
                    }
                    first = false;
                    depth++;
                } else if (r instanceof EOFRecord) {
                    depth--;
                } else if (r instanceof BoundSheetRecord sheet) {
                    bound.add(sheet);
                } else if (r instanceof SSTRecord sst) {
                    // As plain strings: POI's record keeps each with its formatting runs and in a map by value.
                    cells.strings = new String[sst.getNumUniqueStrings()];
                    for (int i = 0; i < cells.strings.length; i++) {
                        cells.strings[i] = sst.getString(i).getString();
                    }
                } else if (r instanceof FormatRecord format) {
                    cells.formats.put(format.getIndexCode(), format.getFormatString());
                } else if (r instanceof ExtendedFormatRecord xf) {
                    cells.formatOfXf.add((int) xf.getFormatIndex());
                } else if (r instanceof DateWindow1904Record window) {
                    cells.date1904 = window.getWindowing() == 1;
                } else if (r instanceof MergeCellsRecord m && depth == 1 && !merged.isEmpty()) {
                    for (int i = 0; i < m.getNumAreas(); i++) {
                        CellRangeAddress a = m.getAreaAt(i);
                        merged.get(merged.size() - 1).add(new Range(a.getFirstRow() + 1, a.getLastRow() + 1,
                                a.getFirstColumn(), a.getLastColumn()));
                    }
                }
            }
            if (first) {
                throw damaged(null);
            }
            // The sheets' records come in the order of their positions in the stream, which is mostly the tabs'.
            List<BoundSheetRecord> inStream = List.of(BoundSheetRecord.orderByBofPosition(bound));
            List<Sheet> sheets = new ArrayList<>();
            for (BoundSheetRecord b : bound) {
                int index = inStream.indexOf(b);
                sheets.add(new HssfSheet(workbook, b.getSheetname(), !b.isHidden() && !b.isVeryHidden(), index,
                        index < merged.size() ? List.copyOf(merged.get(index)) : List.of(), cells));
            }
            return new Globals(workbook, List.copyOf(sheets));
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** The workbook's shared strings and formats, by which a cell record becomes a cell. */
    static final class Cells {
        String[] strings = new String[0];
        final Map<Integer, String> formats = new HashMap<>();
        final List<Integer> formatOfXf = new ArrayList<>();
        boolean date1904;
    }

    /** A sheet; its rows are read from the workbook's stream each time they are asked for. */
    private record HssfSheet(Records workbook, String name, boolean isVisible, int index, List<Range> mergedRegions,
            Cells cells) implements Sheet {
        @Override
        public Iterator<Row> rows() {
            try {
                return new SheetRows(workbook.open(), index, cells, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
