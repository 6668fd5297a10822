package org.talentregistry.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.title.PriorityPolicy;
import org.talentregistry.title.TechnicianTitle;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;
import org.talentregistry.title.TitleAwardId;
import org.talentregistry.title.TitleRound;
import org.talentregistry.title.TitleRoundId;

/** Stores technician titles, their priority policies, rounds, applications and awards for the session's tenant. */
public interface TitleStore {

    /**
     * Inserts or replaces a title's definition by code.
     *
     * @param title the title, not null
     */
    void saveTitle(TechnicianTitle title);

    /**
     * Reads a title.
     *
     * @param code the code, not null
     * @return the title, or empty
     */
    Optional<TechnicianTitle> title(String code);

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
     * @param year the year
     * @param roundDate the round date, not null
     * @param at when, not null
     * @return the round's id
     * @throws org.talentregistry.title.TitleRefusedException {@code ROUND_EXISTS_FOR_YEAR}, even concurrently
     */
    TitleRoundId insertRound(String titleCode, int year, LocalDate roundDate, Instant at);

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
     * Inserts an application.
     *
     * @param application the application, not null
     * @throws org.talentregistry.title.TitleRefusedException {@code ALREADY_APPLIED}, even concurrently
     */
    void insertApplication(TitleApplication application);

    /**
     * Lists a round's applications in the order they were recorded.
     *
     * @param roundId the round, not null
     * @return the applications, not null
     */
    List<TitleApplication> applications(TitleRoundId roundId);

    /**
     * Inserts an award; the given id is ignored.
     *
     * @param award the award, not null
     * @return the award's id
     */
    TitleAwardId insertAward(TitleAward award);

    /**
     * Lists the awards of many artisans, for checks in bulk, in one query per chunk of ids.
     *
     * @param artisanIds the artisans, not null
     * @return the awards, not null
     */
    List<TitleAward> awardsOf(List<ArtisanId> artisanIds);
}
