package org.talentregistry.selection;

import org.talentregistry.MessageCode;

/**
 * The codes of what the selection area says: refusals of {@link SelectionRefusedException} and {@link
 * RoundStageException}, the lines of a {@link Ranking}'s explanation, tie-break reasons, why a nominee was
 * not selected. Texts in {@code Messages_zh.properties} / {@code Messages_en.properties} of this package.
 * The constants' names are stable: a host may switch on them.
 */
public enum SelectionMessage implements MessageCode {
    /** A stage refusal, naming the plan's next step: round, stage, operation, allowed stages, next step. */
    STAGE_REFUSED,
    /** Year outside the program: program, first year, last year, year. */
    YEAR_OUTSIDE_PROGRAM,
    /** Second round for a year: program, year. */
    ROUND_EXISTS_FOR_YEAR,
    /** Second round for a year, naming the holder: program, year, the round that holds the year. */
    ROUND_HOLDS_YEAR,
    /** Channel not accepted: program, channel code, channel's Chinese name, accepted channels. */
    CHANNEL_NOT_ACCEPTED,
    /** Artisan already nominated: artisan, round, nomination (or "?"). */
    ALREADY_NOMINATED,
    /** Artisan already honored: artisan, honor, program. */
    ALREADY_HONORED,
    /**
     * A nominee to be named already holds the program's honor from another round, which the program allows only
     * once: artisan, nomination, honor, program.
     */
    ALREADY_HONORED_AT_NAMING,
    /** Nomination not active: nomination, status. */
    NOMINATION_NOT_ACTIVE,
    /** Nomination not in the running for scoring: nomination, status, verdict. */
    NOT_IN_THE_RUNNING,
    /** No open flag: nomination, criterion. */
    NO_SUCH_FLAG,
    /** Open flags left: nominations. */
    OPEN_FLAGS,
    /** Conflict of interest: reviewer, nomination, reason, source. */
    CONFLICT_OF_INTEREST,
    /** Points with too many places or too large: item, item name, maximum, places, value. */
    SCORE_PLACES,
    /** Points outside the item's scale: item, item name, maximum, value. */
    SCORE_OUT_OF_SCALE,
    /** Items the scheme does not have: items. */
    SCORE_UNKNOWN_ITEMS,
    /** A row of a reviewer's score sheet refused, and with it the sheet: reviewer, nomination, the row's refusal. */
    SHEET_ROW,
    /** Too few expert scores: minimum, nominees short. */
    TOO_FEW_REVIEWS,
    /** Notice not over: notice end, today, decision date. */
    NOTICE_NOT_OVER,
    /** Objections pending: objections. */
    OBJECTION_PENDING,
    /** Objection outside the notice: notice start, notice end, today. */
    OBJECTION_OUTSIDE_NOTICE,
    /** Objection already decided: objection, status. */
    OBJECTION_DECIDED,
    /** A list of stages in brackets: the stages. */
    STAGE_LIST,
    /** Tier quota: tier code, tier name, quota, already named in the round. */
    TIER_QUOTA_EXCEEDED,
    /** Program cap reached: cap, honors granted, first year of the program. */
    PROGRAM_CAP_REACHED,
    /** Program cap binds within the round: cap, honors granted, first year, places left to the round. */
    PROGRAM_CAP_LEFT,
    /** Decision number of another round: number, round. */
    DECISION_NUMBER_TAKEN,
    /** Nominee named already: nomination, name, decision. */
    ALREADY_NAMED,
    /** Nominee not in the selection: nomination, name, why (a message) or its status. */
    NOT_SELECTED,
    /** Nothing left to name: round. */
    NOTHING_TO_NAME,
    /** Drop of a nominee that is not deferred: nomination, status. */
    NOT_DEFERRED,
    /** A promoted nominee has had no notice of its own: nomination, name. */
    PROMOTED_NOTICE_MISSING,
    /** A promoted nominee's own notice is not over: nomination, name, its last day. */
    PROMOTED_NOTICE_NOT_OVER,
    /** No promoted nominee waits for a notice: round. */
    NO_PROMOTED_NOMINEE,
    /** Site visits pending at the notice: nominees. */
    SITE_VISIT_PENDING,
    /** A site visit of a nominee not selected: nomination, name. */
    SITE_VISIT_NOT_SELECTED,

    /** A ranking line: position, name, expert weight, expert component, reviews, vote weight, vote component, votes text, composite, outcome text. */
    RANKED,
    /** Votes counted as received: votes. */
    VOTES,
    /** Brushed votes: received, counted. */
    VOTES_BRUSHED,
    /** Selected: tier. */
    SELECTED,
    /** On the waitlist: place. */
    WAITLISTED,
    /** On the waitlist: place, why not selected (a message). */
    WAITLISTED_BECAUSE,
    /** A tie broken: the line, the reason. */
    TIE_BROKEN,
    /** Tie broken by expert score: above, below. */
    TIE_HIGHER_EXPERT_SCORE,
    /** Tie broken by votes: above, below. */
    TIE_MORE_VOTES,
    /** Tie broken by submission time: above, below. */
    TIE_EARLIER_SUBMISSION,
    /** Tie broken by nomination id: above, below. */
    TIE_EARLIER_NOMINATION,
    /** Not selected because every tier's quota is filled: tier list. */
    TIER_QUOTAS_FILLED,
    /** One tier's fill in a list: tier name, quota. */
    TIER_FILL
}
