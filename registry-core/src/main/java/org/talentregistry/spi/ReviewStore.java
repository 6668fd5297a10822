package org.talentregistry.spi;

import java.util.List;
import java.util.Optional;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.selection.Conflict;
import org.talentregistry.selection.ExpertScore;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.Reviewer;
import org.talentregistry.selection.ReviewerId;
import org.talentregistry.selection.RoundId;

/** Stores reviewers, declared and dismissed conflicts, and expert scores for the session's tenant. */
public interface ReviewStore {

    /**
     * Inserts a reviewer.
     *
     * @param roundId the round, not null
     * @param name the name, not null
     * @param employer the employer's credit code, or null
     * @return the new reviewer's id
     */
    ReviewerId insertReviewer(RoundId roundId, String name, CreditCode employer);

    /**
     * Reads a reviewer.
     *
     * @param id the reviewer, not null
     * @return the reviewer, or empty
     */
    Optional<Reviewer> reviewer(ReviewerId id);

    /**
     * Lists a round's reviewers by id.
     *
     * @param roundId the round, not null
     * @return the reviewers, not null
     */
    List<Reviewer> reviewers(RoundId roundId);

    /**
     * Inserts or replaces a recorded conflict (a declared one, or a dismissal of a computed one).
     *
     * @param roundId the round, not null
     * @param conflict the conflict, not null
     */
    void saveConflict(RoundId roundId, Conflict conflict);

    /**
     * Lists the conflicts recorded for a round (declared ones and dismissals; computed ones that nobody
     * dismissed are not stored).
     *
     * @param roundId the round, not null
     * @return the conflicts, not null
     */
    List<Conflict> conflicts(RoundId roundId);

    /**
     * Inserts or replaces a reviewer's score for a nominee.
     *
     * @param roundId the round, not null
     * @param score the score, not null
     */
    void saveScore(RoundId roundId, ExpertScore score);

    /**
     * Lists a round's scores.
     *
     * @param roundId the round, not null
     * @return the scores, not null
     */
    List<ExpertScore> scores(RoundId roundId);

    /**
     * Lists the scores given to one nominee.
     *
     * @param nominationId the nominee, not null
     * @return the scores, not null
     */
    List<ExpertScore> scores(NominationId nominationId);
}
