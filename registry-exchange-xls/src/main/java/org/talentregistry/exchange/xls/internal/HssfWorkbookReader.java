package org.talentregistry.exchange.xls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.talentregistry.exchange.spi.UnreadableWorkbookException;
import org.talentregistry.exchange.spi.WorkbookReader;

/**
 * Reads Excel 97-2003 workbooks ({@code .xls}, BIFF8) with Apache POI's HSSF. The format holds at most 65,536
 * rows a sheet, and HSSF reads the whole workbook into memory: a full sheet of 14 columns takes some tens of
 * megabytes while it is read. Other files in the same container format (an encrypted {@code .xlsx}, an Excel
 * 5.0/95 workbook, a Word document) are refused, each with its reason.
 */
public final class HssfWorkbookReader implements WorkbookReader {
    /** The first bytes of an OLE2 compound file, the container of {@code .xls} workbooks. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** The container's entry of a workbook of Excel 97 or later, as writers spell it. */
    private static final Set<String> WORKBOOK_ENTRIES = Set.of("Workbook", "WORKBOOK", "BOOK");

    /** Creates the reader; {@link java.util.ServiceLoader} does. */
    public HssfWorkbookReader() {
    }

    @Override
    public boolean recognizes(byte[] head) {
        return Arrays.equals(head, OLE2);
    }

    @Override
    public Workbook open(InputStream in) throws IOException {
        POIFSFileSystem container;
        try {
            container = new POIFSFileSystem(in);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
        try {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnreadableWorkbookException("是加了密码的工作簿，无法读取：请在Excel或WPS中取消密码并另存后再导入",
                        "is a workbook protected by a password, which cannot be read: remove the password in Excel or "
                                + "WPS, save it and import that", null);
            }
            if (root.getEntryNames().stream().noneMatch(WORKBOOK_ENTRIES::contains)) {
                throw new UnreadableWorkbookException("不是Excel工作簿（可能是Word文档等其他Office文件）",
                        "is no Excel workbook (perhaps a Word document or another Office file)", null);
            }
            HSSFWorkbook workbook = new HSSFWorkbook(root, true);
            return new OpenWorkbook(container, workbook);
        } catch (EncryptedDocumentException e) {
            container.close();
            throw new UnreadableWorkbookException("是加了密码的工作簿，无法读取：请在Excel或WPS中取消密码并另存后再导入",
                    "is a workbook protected by a password, which cannot be read: remove the password in Excel or "
                            + "WPS, save it and import that", e);
        } catch (OldExcelFormatException e) {
            container.close();
            throw new UnreadableWorkbookException("是Excel 5.0/95或更早的格式，无法读取：请在Excel或WPS中另存为.xlsx后再导入",
                    "is in the format of Excel 5.0/95 or earlier, which cannot be read: save it as .xlsx in Excel or "
                            + "WPS and import that", e);
        } catch (UnreadableWorkbookException e) {
            container.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            container.close();
            throw damaged(e);
        }
    }

    private static UnreadableWorkbookException damaged(Exception e) {
        return new UnreadableWorkbookException("不是有效的.xls工作簿（文件已损坏或不完整）",
                "is not a valid .xls workbook (it is damaged or cut short)", e);
    }

    /** A workbook read whole, and its container. */
    private static final class OpenWorkbook implements Workbook {
        private final POIFSFileSystem container;
        private final HSSFWorkbook workbook;
        private final List<Sheet> sheets;

        OpenWorkbook(POIFSFileSystem container, HSSFWorkbook workbook) {
            this.container = container;
            this.workbook = workbook;
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            List<Sheet> list = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                boolean visible = !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i);
                list.add(new HssfSheet(workbook.getSheetAt(i), visible, date1904));
            }
            this.sheets = List.copyOf(list);
        }

        @Override
        public List<Sheet> sheets() {
            return sheets;
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.close();
            } finally {
                container.close();
            }
        }
    }

    /** A sheet of the workbook. */
    private record HssfSheet(HSSFSheet sheet, boolean isVisible, boolean date1904) implements Sheet {
        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public List<Range> mergedRegions() {
            List<Range> ranges = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                ranges.add(new Range(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
            }
            return ranges;
        }

        @Override
        public Iterator<Row> rows() {
            Iterator<org.apache.poi.ss.usermodel.Row> rows = sheet.rowIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    HSSFRow row = (HSSFRow) rows.next();
                    try {
                        return new Row(row.getRowNum() + 1, cells(row), row.getZeroHeight());
                    } catch (RuntimeException e) {
                        throw new UncheckedIOException(new IOException("the sheet '" + sheet.getSheetName()
                                + "' cannot be read at row " + (row.getRowNum() + 1) + ": " + e.getMessage(), e));
                    }
                }
            };
        }

        private List<Cell> cells(HSSFRow row) {
            int last = Math.max(row.getLastCellNum(), 0);
            List<Cell> cells = new ArrayList<>(last);
            for (int c = 0; c < last; c++) {
                HSSFCell cell = row.getCell(c);
                cells.add(cell == null ? Cell.BLANK : cell(cell));
            }
            return cells;
        }

        private Cell cell(HSSFCell cell) {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case STRING:
                    return Cell.text(cell.getRichStringCellValue().getString());
                case NUMERIC:
                    double value = cell.getNumericCellValue();
                    LocalDateTime date = DateUtil.isValidExcelDate(value) ? DateUtil.getLocalDateTime(value, date1904)
                            : null;
                    return Cell.number(value, date, cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                case BOOLEAN:
                    return Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                case ERROR:
                    return Cell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
                default:
                    return Cell.BLANK;
            }
        }
    }
}
