package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentregistry.exchange.RowProblem;

/** The problems of an import: the first ones kept, all of them counted. */
final class Problems {
    private final int limit;
    private final List<RowProblem> kept = new ArrayList<>();
    private long count;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(RowProblem problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    void addAll(List<RowProblem> problems) {
        problems.forEach(this::add);
    }

    List<RowProblem> kept() {
        return kept;
    }

    long count() {
        return count;
    }
}
