package org.talentregistry.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.honor.Revocation;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRanking;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;
import org.talentregistry.title.TitleVersion;

/** Stores technician titles, their priority policies, rounds, applications and awards for the session's tenant. */
public interface TitleStore {

    /**
     * Inserts or replaces a title's definition by code.
     *
     * @param title the title, not null
     */
    void saveTitle(TechnicianTitle title);

    /**
     * Reads a title by the rules of its latest version.
     *
     * @param code the code, not null
     * @return the title, or empty
     */
    default Optional<TechnicianTitle> title(String code) {
        return title(code, false);
    }

    /**
     * Reads a title, optionally locking it: versions of a title are defined one at a time under its lock.
     *
     * @param code the code, not null
     * @param forUpdate true to lock the title until the transaction ends
     * @return the title, or empty
     */
    Optional<TechnicianTitle> title(String code, boolean forUpdate);

    /**
     * Inserts or replaces a version of a title's rules by title code and version number. The title is saved first.
     *
     * @param version the version, not null
     */
    void saveVersion(TitleVersion version);

    /**
     * Lists every version of a title's rules.
     *
     * @param titleCode the title, not null
     * @return the versions by number, not null
     */
    List<TitleVersion> versions(String titleCode);

    /**
     * Inserts a policy version.
     *
     * @param policy the policy, not null
     * @throws org.talentregistry.title.TitleRefusedException {@code POLICY_VERSION_EXISTS} if the id and
     *     version exist, even when inserted concurrently
     */
    void insertPolicy(PriorityPolicy policy);

    /**
     * Lists a title's policies, every version.
     *
     * @param titleCode the title, not null
     * @return the policies, not null
     */
    List<PriorityPolicy> policies(String titleCode);

    /**
     * Inserts a round.
     *
     * @param titleCode the title, not null
     * @param region the region holding the round, not null
     * @param year the year
     * @param roundDate the round date, not null
     * @param at when, not null
     * @return the round's id
     * @throws org.talentregistry.title.TitleRefusedException {@code ROUND_EXISTS_FOR_YEAR} for a second round of
     *     the title, region and year that is not cancelled, even concurrently
     */
    TitleRoundId insertRound(String titleCode, IssuingRegion region, int year, LocalDate roundDate, Instant at);

    /**
     * Lists a title's rounds, of every region and year.
     *
     * @param titleCode the title, not null
     * @return the rounds by id, not null
     */
    List<TitleRound> rounds(String titleCode);

    /**
     * Reads a round.
     *
     * @param id the round, not null
     * @param forUpdate true to lock it until the transaction ends
     * @return the round, or empty
     */
    Optional<TitleRound> round(TitleRoundId id, boolean forUpdate);

    /**
     * Marks a round's selection as made.
     *
     * @param id the round, not null
     */
    void markSelected(TitleRoundId id);

    /**
     * Keeps the ranking a round's selection is made on, in the selection's transaction, for {@link
     * #recordedRanking} to give back as it stood: the rules version and the policy it was ranked under, and each
     * applicant's line (order, position, name, selection and reason), eligibility results and priority results
     * with the honors they cite.
     *
     * @param ranking the ranking of a round of the tenant, naming each of its applications once, not null
     * @throws IllegalStateException if the tenant has no such round, or no application of an applicant ranked
     */
    void recordRanking(TitleRanking ranking);

    /**
     * Reads back the ranking kept for a round by {@link #recordRanking}, with the rules version and the policy
     * it names among the title's ({@link #versions}, {@link #policies}).
     *
     * @param round the round, not null
     * @return the ranking as kept, in its order; empty if none was kept for the round (a round not selected, or
     *     selected before rankings were kept)
     */
    Optional<TitleRanking> recordedRanking(TitleRound round);

    /**
     * Marks a round cancelled, on a day and for a reason, and takes it out of the one round per title, region
     * and year: {@link #insertRound} then accepts a new round of them.
     *
     * @param id the round, not null
     * @param on the day, not null
     * @param reason why, not null
     * @throws IllegalStateException if the tenant has no such round
     */
    void markCancelled(TitleRoundId id, LocalDate on, String reason);

    /**
     * Inserts an application.
     *
     * @param application the application, not null
     * @throws org.talentregistry.title.TitleRefusedException {@code ALREADY_APPLIED}, even concurrently
     */
    void insertApplication(TitleApplication application);

    /**
     * Deletes an artisan's application in a round, declarations and all.
     *
     * @param roundId the round, not null
     * @param artisanId the applicant, not null
     * @return the application deleted, or empty if there was none
     */
    Optional<TitleApplication> deleteApplication(TitleRoundId roundId, ArtisanId artisanId);

    /**
     * Lists a round's applications in the order they were recorded.
     *
     * @param roundId the round, not null
     * @return the applications, not null
     */
    List<TitleApplication> applications(TitleRoundId roundId);

    /**
     * Lists an artisan's applications in every round, in the order they were recorded.
     *
     * @param artisanId the artisan, not null
     * @return the applications, not null
     */
    List<TitleApplication> applicationsOf(ArtisanId artisanId);

    /**
     * Inserts an award; the given id is ignored.
     *
     * @param award the award, not null
     * @return the award's id
     */
    TitleAwardId insertAward(TitleAward award);

    /**
     * Reads an award.
     *
     * @param id the award, not null
     * @param forUpdate true to lock it until the transaction ends
     * @return the award, or empty
     */
    Optional<TitleAward> award(TitleAwardId id, boolean forUpdate);

    /**
     * Records an award's revocation; the row stays.
     *
     * @param id the award, not null
     * @param revocation the revocation, not null
     * @throws IllegalStateException if the tenant has no such award, or it is revoked already
     */
    void revokeAward(TitleAwardId id, Revocation revocation);

    /**
     * Lists the awards of many artisans, for checks in bulk, in one query per chunk of ids.
     *
     * @param artisanIds the artisans, not null
     * @return the awards, not null
     */
    List<TitleAward> awardsOf(List<ArtisanId> artisanIds);
}
