package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentregistry.exchange.ImportMode;
import org.talentregistry.exchange.ImportOptions;
import org.talentregistry.exchange.ImportProgress;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetKind;
import org.talentregistry.exchange.SheetSource;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

/**
 * Runs an import of a kind of rows batch by batch, in either mode: a new kind plugs in a {@link Batches}
 * that checks (and, when writing, writes) one batch.
 */
public final class RowImport {
    /** What one kind does with a batch of rows. */
    public interface Batches {
        /**
         * Checks a batch and, when writing, writes its good rows.
         *
         * @param rows the rows
         * @param layout the sheet's columns
         * @param writing whether to write
         * @param tally where to count and report
         */
        void batch(List<SheetRow> rows, Layout layout, boolean writing, Tally tally);

        /**
         * Starts a pass over the file: an all-or-nothing import reads it twice, checking and then writing, and
         * a kind that remembers the file's earlier rows forgets them here.
         *
         * @param writing whether the pass writes
         */
        default void startPass(boolean writing) {
        }
    }

    /** The counts and problems of one pass. */
    public static final class Tally {
        final Problems problems;
        String sheet = "";
        long headerRow;
        long read;
        long created;
        long updated;
        long unchanged;
        long refused;

        Tally(int maxProblems, RefusedRowsSheet refusedRows) {
            this.problems = new Problems(maxProblems, refusedRows);
        }

        /** Counts a created record. */
        public void created() {
            created++;
        }

        /**
         * Counts created records.
         *
         * @param n how many
         */
        public void created(long n) {
            created += n;
        }

        /** Counts an updated record. */
        public void updated() {
            updated++;
        }

        /** Counts an unchanged row. */
        public void unchanged() {
            unchanged++;
        }

        /**
         * Counts unchanged rows.
         *
         * @param n how many
         */
        public void unchanged(long n) {
            unchanged += n;
        }

        /**
         * Refuses a row for its problems.
         *
         * @param rowProblems the row's problems, at least one
         */
        public void refuse(List<RowProblem> rowProblems) {
            problems.addAll(rowProblems);
            refused++;
        }

        /**
         * Reports a problem with no row of its own, e.g. votes the registry refused in a batch.
         *
         * @param problem the problem
         * @param rows how many rows it refuses
         */
        public void refuseRows(RowProblem problem, long rows) {
            problems.addOfBatch(problem);
            refused += rows;
        }
    }

    private final SheetKind kind;
    private final Columns columns;
    private final ImportOptions options;
    private final Batches batches;

    /**
     * Creates an import.
     *
     * @param kind the kind
     * @param options the options
     * @param batches what the kind does with a batch
     */
    public RowImport(SheetKind kind, ImportOptions options, Batches batches) {
        this.kind = kind;
        this.columns = Columns.of(kind);
        this.options = options;
        this.batches = batches;
    }

    /**
     * Runs the import.
     *
     * @param source the sheet
     * @return the report
     */
    public ImportReport run(SheetSource source) {
        try (RefusedRowsSheet refusedRows = RefusedRowsSheet.of(options)) {
            if (options.mode() == ImportMode.ALL_OR_NOTHING) {
                Tally check = new Tally(options.maxProblems(), refusedRows);
                boolean cancelled = pass(source, false, true, check, refusedRows);
                if (check.problems.count() > 0 || cancelled) {
                    return new ImportReport(kind, check.sheet, check.headerRow, check.read, 0, 0, 0, check.refused,
                            cancelled, false, check.problems.kept(), check.problems.count());
                }
            }
            Tally tally = new Tally(options.maxProblems(), refusedRows);
            boolean cancelled = pass(source, true, options.mode() == ImportMode.GOOD_ROWS, tally, refusedRows);
            return new ImportReport(kind, tally.sheet, tally.headerRow, tally.read, tally.created, tally.updated,
                    tally.unchanged, tally.refused, cancelled, tally.created + tally.updated > 0, tally.problems.kept(),
                    tally.problems.count());
        }
    }

    private boolean pass(SheetSource source, boolean writing, boolean cancellable, Tally tally,
            RefusedRowsSheet refusedRows) {
        try (SheetReader reader = SheetReader.open(source, cells -> columns.recognized(cells, options.columns()))) {
            tally.headerRow = reader.headerRow();
            tally.sheet = reader.sheetName();
            List<RowProblem> layoutProblems = new ArrayList<>();
            Layout layout = columns.layout(reader, options.columns(), layoutProblems).with(options.yearMonthDates());
            refusedRows.start(reader, layout);
            if (!layoutProblems.isEmpty()) {
                tally.problems.addAll(layoutProblems);
                return false;
            }
            reader.otherListsNotRead().ifPresent(tally.problems::add);
            reader.passOver(layout::isNotARecord);
            reader.passOverTheSample(layout::isTheTemplatesSample);
            batches.startPass(writing);
            // The rows read, and of them those the kind checks: all but the ones the sheet hides, unless read.
            List<SheetRow> read = new ArrayList<>(options.batchSize());
            List<SheetRow> batch = new ArrayList<>(options.batchSize());
            while (reader.hasNext()) {
                SheetRow row = reader.next();
                read.add(row);
                if (!row.hidden() || options.readsHiddenRows()) {
                    batch.add(row);
                }
                if (read.size() == options.batchSize() || !reader.hasNext()) {
                    tally.read += read.size();
                    if (batch.size() < read.size()) {
                        read.stream().filter(SheetRow::hidden).forEach(r -> tally.refuse(List.of(RowFields.hidden(r))));
                    }
                    if (!batch.isEmpty()) {
                        batches.batch(batch, layout, writing, tally);
                    }
                    refusedRows.batchDone(read);
                    tally.problems.batchDone();
                    read.clear();
                    batch.clear();
                    options.progress().accept(new ImportProgress(tally.read,
                            tally.read - tally.refused, tally.refused));
                    if (cancellable && reader.hasNext() && options.cancelled().getAsBoolean()) {
                        return true;
                    }
                }
            }
            reader.broken().ifPresent(tally.problems::add);
            return false;
        }
    }
}
