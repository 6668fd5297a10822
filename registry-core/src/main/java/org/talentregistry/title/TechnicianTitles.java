package org.talentregistry.title;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;

/**
 * Technician titles, their priority policies, rounds and awards for one tenant, reached through {@link
 * org.talentregistry.TalentRegistry#titles()}.
 */
public interface TechnicianTitles {

    /**
     * Defines a title, or replaces the definition of one with the same code (rounds already selected keep
     * their awards).
     *
     * @param actor who defines it, not null
     * @param title the title, not null
     * @return the title as stored
     */
    TechnicianTitle define(Actor actor, TechnicianTitle title);

    /**
     * Returns a title.
     *
     * @param code the title's code, not null
     * @return the title
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}
     */
    TechnicianTitle get(String code);

    /**
     * Stores a version of a priority policy. Versions coexist; each decision uses the one in force on its date.
     *
     * @param actor who defines it, not null
     * @param policy the policy, for a defined title, not null
     * @return the policy
     * @throws TitleRefusedException {@code NO_SUCH_TITLE} or {@code POLICY_VERSION_EXISTS}
     */
    PriorityPolicy definePolicy(Actor actor, PriorityPolicy policy);

    /**
     * Returns the priority policy of a title in force on a date (the latest version among those in force).
     *
     * @param titleCode the title, not null
     * @param date the date, not null
     * @return the policy
     * @throws TitleRefusedException {@code NO_POLICY_IN_FORCE}
     * @throws org.talentregistry.InvalidFieldException naming {@code date} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    PriorityPolicy policyInForce(String titleCode, LocalDate date);

    /**
     * Opens a round of a title for a year, evaluated on a round date.
     *
     * @param actor who opens it, not null
     * @param titleCode the title, not null
     * @param year the year
     * @param roundDate the date eligibility and priority are evaluated on, not null
     * @return the round
     * @throws TitleRefusedException {@code NO_SUCH_TITLE} or {@code ROUND_EXISTS_FOR_YEAR}
     * @throws org.talentregistry.InvalidFieldException naming {@code year} if it is outside {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_YEAR}-{@link org.talentregistry.AcceptedValues#LATEST_YEAR},
     *     {@code roundDate} if it is outside {@link org.talentregistry.AcceptedValues#EARLIEST_DATE}-{@link
     *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}

     */
    TitleRound openRound(Actor actor, String titleCode, int year, LocalDate roundDate);

    /**
     * Records an application with the bureau's evaluation score.
     *
     * @param actor who records it, not null
     * @param roundId the round, not null
     * @param artisanId the applicant, registered, not null
     * @param score the bureau's score, not null, at most 3 decimal places, below 1,000,000
     * @param declarations what the applicant declares, not null
     * @return the application
     * @throws TitleRefusedException {@code ALREADY_APPLIED} or {@code ROUND_SELECTED}
     * @throws org.talentregistry.InvalidFieldException naming {@code score} if it has more decimals or digits
     */
    TitleApplication apply(Actor actor, TitleRoundId roundId, ArtisanId artisanId, BigDecimal score,
            Declarations declarations);

    /**
     * Ranks a round's applicants on its round date, with eligibility and priority explained.
     *
     * @param roundId the round, not null
     * @return the ranking
     */
    TitleRanking ranking(TitleRoundId roundId);

    /**
     * Makes the selection: awards the title to the applicants the ranking selects, from the round date, for
     * the title's term.
     *
     * @param actor who selects, not null
     * @param roundId the round, not null
     * @return the awards, in rank order
     * @throws TitleRefusedException {@code ROUND_SELECTED}
     */
    List<TitleAward> select(Actor actor, TitleRoundId roundId);

    /**
     * Lists an artisan's title awards, lapsed ones included.
     *
     * @param artisanId the artisan, not null
     * @return the awards
     */
    List<TitleAward> awardsOf(ArtisanId artisanId);

    /**
     * Lists the titles an artisan holds on a date.
     *
     * @param artisanId the artisan, not null
     * @param date the date, not null
     * @return the awards active on that date
     * @throws org.talentregistry.InvalidFieldException naming {@code date} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    List<TitleAward> heldOn(ArtisanId artisanId, LocalDate date);
}
