package org.talentregistry.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.talentregistry.honor.HonorProgramId;

/**
 * A selection round of a program for one year, pinned to the program version it was opened under.
 *
 * @param id the round's id
 * @param programId the program
 * @param programVersion the program version the round follows
 * @param year the year
 * @param stage the current stage
 * @param noticeStart the first day of the public notice, once it started
 * @param noticeEnd the last day of the public notice (inclusive), once it started
 * @param openedAt when the round was opened
 * @param cancelReason why the round was cancelled, if it was
 */
public record SelectionRound(RoundId id, HonorProgramId programId, int programVersion, int year, RoundStage stage,
        Optional<LocalDate> noticeStart, Optional<LocalDate> noticeEnd, Instant openedAt, Optional<String> cancelReason) {
    /**
     * Creates a round snapshot.
     *
     * @param id not null
     * @param programId not null
     * @param programVersion positive
     * @param year the year
     * @param stage not null
     * @param noticeStart not null (empty before the notice)
     * @param noticeEnd not null (empty before the notice)
     * @param openedAt not null
     * @param cancelReason not null (empty unless cancelled)
     */
    public SelectionRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(noticeStart, "noticeStart");
        Objects.requireNonNull(noticeEnd, "noticeEnd");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(cancelReason, "cancelReason");
    }
}
