package org.talentregistry.exchange.xls.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.DBCellRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.talentregistry.exchange.spi.WorkbookReader.Cell;
import org.talentregistry.exchange.spi.WorkbookReader.Row;

/**
 * A sheet's rows, read from its records as they are asked for. Excel writes a sheet's rows in blocks: the
 * blocks' row records (which say whether a row is hidden), then their cells in row order, then an index
 * record; the rows of a block are handed on when the next block begins or the index comes, so no more than a
 * block is held.
 */
final class SheetRows implements Iterator<Row> {
    private final RecordFactoryInputStream records;
    private final int index;
    private final HssfWorkbookReader.Cells cells;
    private final String sheet;
    private final Map<Integer, List<Cell>> block = new TreeMap<>();
    private final BitSet hidden = new BitSet();
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private boolean started;
    private boolean ended;
    /** Substreams open within the sheet's: a chart's, whose records are not the sheet's cells. */
    private int depth;
    /** A formula with a text result, which the next STRING record holds; -1 if none. */
    private int formulaRow = -1;
    private int formulaColumn;
    private int lastRow;

    SheetRows(RecordFactoryInputStream records, int index, HssfWorkbookReader.Cells cells, String sheet) {
        this.records = records;
        this.index = index;
        this.cells = cells;
        this.sheet = sheet;
    }

    @Override
    public boolean hasNext() {
        try {
            if (!started) {
                start();
            }
            while (ready.isEmpty() && !ended) {
                step(records.nextRecord());
            }
        } catch (RuntimeException e) {
            ended = true;
            throw new UncheckedIOException(new IOException("the sheet '" + sheet + "' cannot be read after row "
                    + lastRow + ": " + e.getMessage(), e));
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = ready.poll();
        lastRow = row.number();
        return row;
    }

    /** Passes over the workbook's own records and the sheets before this one. */
    private void start() {
        started = true;
        int level = 0;
        int sheets = -1;
        for (Record r = records.nextRecord(); r != null; r = records.nextRecord()) {
            if (r instanceof BOFRecord) {
                if (level == 0 && sheets++ == index) {
                    depth = 1;
                    return;
                }
                level++;
            } else if (r instanceof EOFRecord) {
                level--;
            }
        }
        ended = true;
    }

    private void step(Record r) {
        if (r == null) {
            handOn();
            ended = true;
        } else if (r instanceof BOFRecord) {
            depth++;
        } else if (r instanceof EOFRecord) {
            if (--depth == 0) {
                handOn();
                ended = true;
            }
        } else if (depth > 1) {
            return;
        } else if (r instanceof RowRecord row) {
            if (!block.isEmpty()) {
                handOn();
            }
            hidden.set(row.getRowNumber(), row.getZeroHeight());
        } else if (r instanceof DBCellRecord) {
            handOn();
        } else {
            cell(r);
        }
    }

    private void cell(Record r) {
        if (r instanceof LabelSSTRecord label) {
            put(label.getRow(), label.getColumn(), Cell.text(cells.strings[label.getSSTIndex()]));
        } else if (r instanceof LabelRecord label) {
            put(label.getRow(), label.getColumn(), Cell.text(label.getValue()));
        } else if (r instanceof NumberRecord n) {
            put(n.getRow(), n.getColumn(), number(n.getValue(), n.getXFIndex()));
        } else if (r instanceof RKRecord rk) {
            put(rk.getRow(), rk.getColumn(), number(rk.getRKNumber(), rk.getXFIndex()));
        } else if (r instanceof MulRKRecord rks) {
            for (int i = 0; i < rks.getNumColumns(); i++) {
                put(rks.getRow(), rks.getFirstColumn() + i, number(rks.getRKNumberAt(i), rks.getXFAt(i)));
            }
        } else if (r instanceof BoolErrRecord b) {
            put(b.getRow(), b.getColumn(), b.isBoolean() ? bool(b.getBooleanValue()) : error(b.getErrorValue()));
        } else if (r instanceof FormulaRecord f) {
            formula(f);
        } else if (r instanceof StringRecord s && formulaRow >= 0) {
            put(formulaRow, formulaColumn, Cell.text(s.getString()));
            formulaRow = -1;
        }
    }

    /** A formula's cell is its cached result: what Excel showed when the file was saved. */
    private void formula(FormulaRecord f) {
        switch (f.getCachedResultTypeEnum()) {
            case NUMERIC -> put(f.getRow(), f.getColumn(), number(f.getValue(), f.getXFIndex()));
            case STRING -> {
                put(f.getRow(), f.getColumn(), Cell.text(""));
                formulaRow = f.getRow();
                formulaColumn = f.getColumn();
            }
            case BOOLEAN -> put(f.getRow(), f.getColumn(), bool(f.getCachedBooleanValue()));
            case ERROR -> put(f.getRow(), f.getColumn(), error(f.getCachedErrorValue()));
            default -> {
            }
        }
    }

    private static Cell bool(boolean value) {
        return Cell.text(value ? "TRUE" : "FALSE");
    }

    private static Cell error(int code) {
        return Cell.text(FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A");
    }

    private Cell number(double value, int xf) {
        int formatId = xf >= 0 && xf < cells.formatOfXf.size() ? cells.formatOfXf.get(xf) : -1;
        String format = formatId < 0 ? null : cells.formats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
        LocalDateTime date = DateUtil.isValidExcelDate(value) ? DateUtil.getLocalDateTime(value, cells.date1904) : null;
        return Cell.number(value, date, formatId, format);
    }

    private void put(int row, int column, Cell cell) {
        List<Cell> cellsOfRow = block.computeIfAbsent(row, r -> new ArrayList<>());
        while (cellsOfRow.size() <= column) {
            cellsOfRow.add(Cell.BLANK);
        }
        cellsOfRow.set(column, cell);
    }

    /** Hands on the block's rows, in order. */
    private void handOn() {
        for (Map.Entry<Integer, List<Cell>> e : block.entrySet()) {
            ready.add(new Row(e.getKey() + 1, e.getValue(), hidden.get(e.getKey())));
        }
        block.clear();
    }
}
