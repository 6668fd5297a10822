package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talentregistry.exchange.RowProblem;

/** The problems of an import: the first ones kept, all of them counted, each row's told to the refused-rows sheet. */
final class Problems {
    private final int limit;
    private final RefusedRowsSheet refusedRows;
    private final List<RowProblem> kept = new ArrayList<>();
    private long count;
    /** Where the kept problems of the batch being read begin. */
    private int batchStart;

    Problems(int limit) {
        this(limit, RefusedRowsSheet.NONE);
    }

    Problems(int limit, RefusedRowsSheet refusedRows) {
        this.limit = limit;
        this.refusedRows = refusedRows;
    }

    void add(RowProblem problem) {
        refusedRows.note(problem);
        keep(problem);
    }

    void addAll(List<RowProblem> problems) {
        problems.forEach(this::add);
    }

    /**
     * Adds a problem of a batch as a whole, which names the batch's first row but is not that row's (votes the
     * registry refused in the batch): the row is not written back as refused.
     */
    void addOfBatch(RowProblem problem) {
        keep(problem);
    }

    private void keep(RowProblem problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    /**
     * Puts the kept problems of the batch just done in row order: a batch reports the problems of its rows'
     * values first and those found against the registry after, and batches come in row order.
     */
    void batchDone() {
        kept.subList(batchStart, kept.size()).sort(Comparator.comparingLong(RowProblem::row));
        batchStart = kept.size();
    }

    List<RowProblem> kept() {
        return kept;
    }

    long count() {
        return count;
    }
}
