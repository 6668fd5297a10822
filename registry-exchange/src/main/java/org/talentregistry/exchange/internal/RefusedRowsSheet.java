package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

/**
 * The rows an import refuses, written back as a sheet for the office to mend and import again (see {@link
 * ImportOptions.RefusedRows}): the sheet's title and header, then each refused row as read, with its reasons in
 * two more columns. A batch's problems are collected as they are reported and its refused rows written once
 * the batch is done, in row order, so that the sheet holds one batch's rows at a time. An import without a
 * target gets {@link #NONE}, which does nothing.
 */
final class RefusedRowsSheet implements AutoCloseable {
    /** The sheet for an import that writes no refused rows. */
    static final RefusedRowsSheet NONE = new RefusedRowsSheet(null, false);

    private static final List<String> REASON_HEADERS = List.of("问题说明", "Problems");

    private final SheetWriter writer;
    private final boolean reveal;
    private final Map<Long, List<RowProblem>> byRow = new HashMap<>();
    private final List<RowProblem> ofTheFile = new ArrayList<>();
    private Layout layout;
    private int width;
    private boolean started;

    private RefusedRowsSheet(SheetWriter writer, boolean reveal) {
        this.writer = writer;
        this.reveal = reveal;
    }

    /**
     * Opens the sheet an import's options ask for.
     *
     * @param options the options
     * @return the sheet, or {@link #NONE}
     */
    static RefusedRowsSheet of(ImportOptions options) {
        return options.refusedRows()
                .map(r -> new RefusedRowsSheet(SheetWriter.open(r.format(), r.out(), "未导入的行", r.personalData(), false),
                        r.revealsPersonalData()))
                .orElse(NONE);
    }

    /**
     * Writes what stands above the rows, once: an all-or-nothing import reads its file twice.
     *
     * @param reader the sheet read, positioned after its header
     * @param layout its columns, or null for a file that is no sheet
     */
    void start(SheetReader reader, Layout layout) {
        if (writer == null || started) {
            return;
        }
        started = true;
        this.layout = layout;
        for (SheetRow above : reader.aboveHeader()) {
            writer.row(strayMasked(above.cells()));
        }
        List<String> header = new ArrayList<>(strayMasked(reader.headers()));
        width = header.size();
        header.addAll(REASON_HEADERS);
        writer.header(header);
        ofTheFile.forEach(this::writeReasonsOnly);
        ofTheFile.clear();
    }

    /**
     * Takes note of a problem: one of a row is written with the row once its batch is done; one of the whole
     * file (row 0) at once, as a row of reasons only.
     *
     * @param problem the problem
     */
    void note(RowProblem problem) {
        if (writer == null) {
            return;
        }
        if (problem.row() > 0) {
            byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>(1)).add(problem);
        } else if (started) {
            writeReasonsOnly(problem);
        } else {
            ofTheFile.add(problem);
        }
    }

    /**
     * Writes a finished batch's refused rows, in row order.
     *
     * @param rows the batch's rows
     */
    void batchDone(List<SheetRow> rows) {
        batchDone(rows, Function.identity());
    }

    /**
     * Writes a finished batch's refused rows, in row order, from what an import holds for each.
     *
     * @param <T> what the import holds per row
     * @param rows the batch, in row order
     * @param sheetRow each one's row as read
     */
    <T> void batchDone(List<T> rows, Function<T, SheetRow> sheetRow) {
        if (writer == null || byRow.isEmpty()) {
            return;
        }
        for (T held : rows) {
            SheetRow row = sheetRow.apply(held);
            List<RowProblem> problems = byRow.remove(row.number());
            if (problems != null) {
                List<Object> cells = new ArrayList<>(shown(row.cells()));
                // The reasons go under their headers: blank cells past the header are dropped, missing ones added.
                while (cells.size() > width && isBlank(cells.get(cells.size() - 1))) {
                    cells.remove(cells.size() - 1);
                }
                while (cells.size() < width) {
                    cells.add(null);
                }
                cells.add(String.join("；", problems.stream().map(RowProblem::reasonZh).toList()));
                cells.add(String.join("; ", problems.stream().map(RowProblem::reasonEn).toList()));
                writer.row(cells);
            }
        }
    }

    /** Writes the problems of rows no batch held (a CSV that breaks off), then finishes the sheet. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        if (!started) {
            writer.header(REASON_HEADERS);
            started = true;
        }
        new TreeMap<>(byRow).values().forEach(problems -> problems.forEach(this::writeReasonsOnly));
        ofTheFile.forEach(this::writeReasonsOnly);
        writer.close();
    }

    /** A title, a note or the header: no column of the sheet's, so only what looks like a number is masked. */
    private List<String> strayMasked(List<String> cells) {
        return reveal ? cells : RowFields.maskStray(cells);
    }

    private static boolean isBlank(Object cell) {
        return cell == null || cell.toString().isBlank();
    }

    private void writeReasonsOnly(RowProblem problem) {
        List<Object> cells = new ArrayList<>(width + 2);
        for (int i = 0; i < width; i++) {
            cells.add(null);
        }
        cells.add(problem.reasonZh());
        cells.add(problem.reasonEn());
        writer.row(cells);
    }

    /** A row's cells as the sheet shows them: whole when revealing, else personal columns and stray numbers masked. */
    private List<String> shown(List<String> cells) {
        if (reveal) {
            return cells;
        }
        List<String> shown = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            String field = layout == null ? null : layout.personalFieldAt(i);
            shown.add(v == null || v.isEmpty() ? v : field != null ? RowFields.mask(field, CellText.clean(v, true))
                    : RowFields.maskStray(v));
        }
        return shown;
    }
}
