package org.talentregistry.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.selection.SelectionRound;

/** Stores selection rounds for the session's tenant. */
public interface RoundStore {

    /**
     * Inserts a round in stage {@link RoundStage#NOMINATIONS_OPEN}.
     *
     * @param programId the program, not null
     * @param programVersion the program version the round follows
     * @param year the year
     * @param at when, not null
     * @return the new round's id
     * @throws org.talentregistry.selection.SelectionRefusedException with rule {@code ROUND_EXISTS_FOR_YEAR}
     *     if the program has a round for the year, even one inserted concurrently
     */
    RoundId insert(HonorProgramId programId, int programVersion, int year, Instant at);

    /**
     * Reads a round.
     *
     * @param id the round, not null
     * @param forUpdate true to lock the round until the transaction ends
     * @return the round, or empty
     */
    Optional<SelectionRound> find(RoundId id, boolean forUpdate);

    /**
     * Finds the round of a program for a year.
     *
     * @param programId the program, not null
     * @param year the year
     * @return the round, or empty
     */
    Optional<SelectionRound> find(HonorProgramId programId, int year);

    /**
     * Lists a program's rounds by year.
     *
     * @param programId the program, not null
     * @return the rounds, not null
     */
    List<SelectionRound> list(HonorProgramId programId);

    /**
     * Moves a round to a stage.
     *
     * @param id the round, not null
     * @param stage the new stage, not null
     */
    void setStage(RoundId id, RoundStage stage);

    /**
     * Records when a round entered public voting; the caller also sets the stage. Votes cast before it are
     * refused.
     *
     * @param id the round, not null
     * @param at when, not null
     */
    void markVotingOpened(RoundId id, Instant at);

    /**
     * Returns when a round entered public voting.
     *
     * @param id the round, not null
     * @return when, or empty if it has not, or did before the time was kept (migration V030)
     */
    Optional<Instant> votingOpenedAt(RoundId id);

    /**
     * Records the public notice's first and last day.
     *
     * @param id the round, not null
     * @param start the first day, not null
     * @param end the last day, inclusive, not null
     */
    void setNotice(RoundId id, LocalDate start, LocalDate end);

    /**
     * Records why a round was cancelled; the caller also sets the stage.
     *
     * @param id the round, not null
     * @param reason the reason, not null
     */
    void setCancelReason(RoundId id, String reason);

    /**
     * Names the vote secret a round's voters are keyed under, unless one is named already: the first caller
     * names it, concurrent callers included, and every caller gets back the one named. A round keeps the
     * secret of its first vote, so that a registry given a new secret while the round takes votes does not
     * key a voter anew and count them twice.
     *
     * @param id the round, not null
     * @param secretId the id of the secret to name if none is, not null
     * @return the id of the secret the round's voters are keyed under, not null
     * @throws IllegalStateException if the tenant has no such round
     */
    String claimVoteSecret(RoundId id, String secretId);
}
