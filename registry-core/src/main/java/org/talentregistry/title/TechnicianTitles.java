package org.talentregistry.title;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.RevocationRequest;

/**
 * Technician titles, their priority policies, rounds and awards for one tenant, reached through {@link
 * org.talentregistry.TalentRegistry#titles()}.
 */
public interface TechnicianTitles {

    /**
     * Defines a title, or replaces the rules of its latest version. A title defined for the first time gets
     * version 1, in force from {@link org.talentregistry.AcceptedValues#EARLIEST_DATE} with no end; to change the
     * rules from a date on, keeping those of earlier rounds, use {@link #defineVersion}.
     *
     * @param actor who defines it, not null
     * @param title the title, not null
     * @return the title as stored
     * @throws TitleRefusedException {@code RULES_DECIDED_A_ROUND} if a round was selected under the latest
     *     version: its rules stay as they were decided under
     * @throws org.talentregistry.InvalidFieldException naming {@code criterion.titleCode} if a prerequisite names a
     *     title not defined, or {@code criterion.program} / {@code criterion.tierCodes} if an honor criterion names
     *     a program the tenant does not have or a tier it never had; nothing is written
     */
    TechnicianTitle define(Actor actor, TechnicianTitle title);

    /**
     * Defines a new version of a title's rules, in force from a date (淄博首席技师 by its 2023 rules). The
     * title's first version defines the title. A latest version without an end that starts before the new
     * one is ended on the new one's first day; any other overlap is refused. A version may not take effect on
     * or before the date of a round already decided under another version: that round's rules stay those of
     * its time.
     *
     * @param actor who defines it, not null
     * @param rules the rules, not null
     * @param validFrom the first day they are in force, not null
     * @param validUntil the first day they no longer are, or empty for no end, not null
     * @return the version as stored, with its number
     * @throws TitleRefusedException {@code VERSION_OVERLAPS} (naming the field and the version overlapped) or
     *     {@code VERSION_COVERS_DECIDED_ROUND}
     * @throws org.talentregistry.InvalidFieldException naming {@code validFrom} or {@code validUntil} if a date
     *     is out of range or the period is empty, or a criterion as {@link #define} does
     */
    TitleVersion defineVersion(Actor actor, TechnicianTitle rules, LocalDate validFrom, Optional<LocalDate> validUntil);

    /**
     * Returns a title by the rules of its latest version (the one that starts last).
     *
     * @param code the title's code, not null
     * @return the title
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}
     */
    TechnicianTitle get(String code);

    /**
     * Lists every version of a title's rules.
     *
     * @param code the title's code, not null
     * @return the versions, by number, not null
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}
     */
    List<TitleVersion> versions(String code);

    /**
     * Returns the version of a title's rules in force on a date: the rules an old round was decided under.
     *
     * @param code the title's code, not null
     * @param date the date, not null
     * @return the version
     * @throws TitleRefusedException {@code NO_SUCH_TITLE} or {@code NO_RULES_IN_FORCE}
     * @throws org.talentregistry.InvalidFieldException naming {@code date} if it is not from {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_DATE} to {@link org.talentregistry.AcceptedValues#LATEST_DATE}
     */
    TitleVersion rulesInForce(String code, LocalDate date);

    /**
     * Stores a version of a priority policy. Versions coexist; each decision uses the one in force on its date.
     * A policy that would be the one in force on the date of a round already selected under another is refused:
     * that round's priority stays what it was decided under. So is a policy taking effect on the day another policy
     * of the title does, and an honor condition that no honor could meet.
     *
     * @param actor who defines it, not null
     * @param policy the policy, for a defined title, not null
     * @return the policy
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}, {@code POLICY_VERSION_EXISTS}, {@code
     *     POLICY_COVERS_DECIDED_ROUND} or {@code POLICY_SAME_DAY}; nothing is written
     * @throws org.talentregistry.InvalidFieldException naming {@code condition.program} if an honor condition names
     *     a program the tenant does not have, or {@code condition.tierCodes} if it names a tier no version of the
     *     program has; nothing is written
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
     * Opens a round of a title held by a city or a province for a year, decided on a round date under the
     * version of the title's rules in force on that date. A provincial round takes applicants registered
     * anywhere in the province, applies the title's per-city quotas by each applicant's city, and checks
     * prerequisite titles awarded by any region of the province.
     *
     * @param actor who opens it, not null
     * @param titleCode the title, not null
     * @param region the city or province whose bureau holds the round, not null
     * @param year the year
     * @param roundDate the decision date: eligibility, priority and the rules version are those of this date, not null
     * @return the round
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}, {@code NO_RULES_IN_FORCE} or {@code ROUND_EXISTS_FOR_YEAR}
     *     (a round of the title, region and year exists that is not cancelled)
     * @throws org.talentregistry.InvalidFieldException naming {@code year} if it is outside {@link
     *     org.talentregistry.AcceptedValues#EARLIEST_YEAR}-{@link org.talentregistry.AcceptedValues#LATEST_YEAR},
     *     {@code roundDate} if it is outside {@link org.talentregistry.AcceptedValues#EARLIEST_DATE}-{@link
     *     org.talentregistry.AcceptedValues#LATEST_EVENT_DATE}
     */
    TitleRound openRound(Actor actor, String titleCode, IssuingRegion region, int year, LocalDate roundDate);

    /**
     * Returns a round.
     *
     * @param roundId the round, not null
     * @return the round
     * @throws TitleRefusedException {@code NO_SUCH_ROUND}
     */
    TitleRound round(TitleRoundId roundId);

    /**
     * Lists a title's rounds, of every region and year, cancelled ones included, in the order they were opened.
     *
     * @param titleCode the title, not null
     * @return the rounds, unmodifiable
     * @throws TitleRefusedException {@code NO_SUCH_TITLE}
     */
    List<TitleRound> rounds(String titleCode);

    /**
     * Cancels a round whose selection was not made, on the registry clock's day: it takes no more applications
     * and makes no selection, and its region and year take a new round. Its applications stay on record, with
     * the round's ranking; their personal data has served this purpose from the day of the cancellation, which
     * the retention purge counts its period from.
     *
     * @param actor who cancels, not null
     * @param roundId the round, not null
     * @param reason why, as the bureau's notice gives it, not blank, at most 500 characters
     * @return the cancelled round
     * @throws TitleRefusedException {@code NO_SUCH_ROUND}, {@code ROUND_SELECTED} (awards were made: they are
     *     the bureau's to revoke), or {@code ROUND_CANCELLED}
     * @throws org.talentregistry.InvalidFieldException naming {@code reason} if it is blank or too long
     */
    TitleRound cancelRound(Actor actor, TitleRoundId roundId, String reason);

    /**
     * Records an application with the bureau's evaluation score.
     *
     * @param actor who records it, not null
     * @param roundId the round, not null
     * @param artisanId the applicant, registered, not null
     * @param score the bureau's score, not null, at most 3 decimal places, below 1,000,000
     * @param declarations what the applicant declares, not null
     * @return the application
     * @throws TitleRefusedException {@code ALREADY_APPLIED}, {@code ROUND_SELECTED}, {@code ROUND_CANCELLED}, or
     *     {@code OUTSIDE_REGION} if the artisan is registered outside the round's region
     * @throws org.talentregistry.InvalidFieldException naming {@code score} if it has more decimals or digits
     */
    TitleApplication apply(Actor actor, TitleRoundId roundId, ArtisanId artisanId, BigDecimal score,
            Declarations declarations);

    /**
     * Withdraws an application before the round's selection, at the applicant's request or the bureau's: the
     * application and its declarations are deleted, and the withdrawal is audited with the reason. The round's
     * ranking and selection no longer see it, and the artisan may apply again while the round is open.
     *
     * @param actor who withdraws it, not null
     * @param roundId the round, not null
     * @param artisanId the applicant, not null
     * @param reason why, not blank, at most 500 characters
     * @return the application withdrawn
     * @throws TitleRefusedException {@code NO_SUCH_ROUND}, {@code NOT_APPLIED}, {@code ROUND_SELECTED} or {@code
     *     ROUND_CANCELLED}
     * @throws org.talentregistry.InvalidFieldException naming {@code reason} if it is blank or too long
     */
    TitleApplication withdrawApplication(Actor actor, TitleRoundId roundId, ArtisanId artisanId, String reason);

    /**
     * Ranks a round's applicants on its round date under the rules of that date, with eligibility and priority
     * explained; for an old round, the rules of its time. A round not yet selected is ranked from the facts on
     * record when asked, so that the bureau sees each correction before it selects. A selected round gives the
     * ranking its selection was made on, as it stood then: the names, the eligibility and priority results, the
     * honors cited and the reasons, whatever was corrected, revoked or renamed since. (A round selected before
     * rankings were kept, by a release before migration V023, is ranked again from the facts on record.)
     *
     * @param roundId the round, not null
     * @return the ranking
     */
    TitleRanking ranking(TitleRoundId roundId);

    /**
     * Makes the selection: awards the title to the applicants the ranking selects, from the round date, for
     * the term of the rules version in force on it; each award names the region and the version. The ranking
     * the selection was made on is kept with the round, in the same transaction: {@link #ranking} gives it back
     * from then on.
     *
     * @param actor who selects, not null
     * @param roundId the round, not null
     * @return the awards, in rank order
     * @throws TitleRefusedException {@code ROUND_SELECTED} or {@code ROUND_CANCELLED}
     */
    List<TitleAward> select(Actor actor, TitleRoundId roundId);

    /**
     * Revokes a title award (撤销称号) from a day, on one of the grounds an honor is revoked on: from that day the
     * title is no longer held, so {@link #heldOn}, a later round's prerequisites ({@code Criterion.HoldsTitle})
     * and the retention purge no longer count it. The award stays on record with its revocation, which its
     * text states; the selection it came from still counts towards a per-person limit.
     *
     * @param actor who records it, not null
     * @param awardId the award, not null
     * @param request the ground, the facts, the effective day and the approving body, not null
     * @return the revoked award
     * @throws TitleRefusedException {@code NO_SUCH_AWARD} or {@code ALREADY_REVOKED}
     * @throws org.talentregistry.InvalidFieldException naming {@code revocation.effectiveOn} if it is before the
     *     award's first day; nothing is written
     */
    TitleAward revokeAward(Actor actor, TitleAwardId awardId, RevocationRequest request);

    /**
     * Lists an artisan's title awards, lapsed and revoked ones included.
     *
     * @param artisanId the artisan, not null
     * @return the awards
     */
    List<TitleAward> awardsOf(ArtisanId artisanId);

    /**
     * Lists an artisan's applications standing in every title round of the tenant, in the order they were
     * recorded; a withdrawn application is no longer one (its withdrawal is in the round's audit trail).
     *
     * @param artisanId the artisan, not null
     * @return the applications, unmodifiable; empty for an artisan who never applied or is not the tenant's
     * @throws NullPointerException if the id is null
     */
    List<TitleApplication> applicationsOf(ArtisanId artisanId);

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
