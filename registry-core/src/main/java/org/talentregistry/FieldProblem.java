package org.talentregistry;

/**
 * What is wrong with a refused value, as a code a host can switch on: the problem part of an
 * {@link InvalidFieldException}, without the field's name.
 *
 * <p>The English texts are the problems {@link InvalidFieldException#getProblem()} has always returned; the
 * Chinese ones are for the staff who typed the value. Values that are personal data never appear in either.
 */
public enum FieldProblem implements MessageCode {
    /** No value, or a blank one. No arguments. */
    REQUIRED,
    /** Longer than allowed. Arguments: the most characters, the characters given. */
    TOO_LONG,
    /** A control character. Arguments: the character as {@code U+XXXX}, its position from 1. */
    CONTROL_CHARACTER,
    /** Half of a surrogate pair. Argument: its position from 1. */
    UNPAIRED_SURROGATE,
    /** Not of the expected form. Arguments: the form (a {@link FieldFormat}), the value quoted and cut short. */
    MALFORMED,
    /** A number outside its range. Arguments: the smallest and the largest accepted value, the value. */
    OUT_OF_RANGE,
    /** A number outside its range, said the other way. Arguments: smallest, largest, the value. */
    NOT_BETWEEN,
    /** A date outside the accepted dates. Arguments: the earliest and latest date, the value quoted. */
    DATE_OUT_OF_RANGE,
    /** A negative number. Argument: the value. */
    NEGATIVE,
    /** A number that must be positive. Argument: the value. */
    NOT_POSITIVE,
    /** A number below its least value. Arguments: the least value, the value. */
    TOO_SMALL,
    /** A decimal with too many integer digits. Arguments: the most digits, the value quoted. */
    TOO_LARGE,
    /** A decimal with too many places. Arguments: the most places, the value quoted. */
    TOO_MANY_DECIMALS,
    /** A date in the future. Argument: today. */
    AFTER_TODAY,
    /** A date in the future. Arguments: today, the date. */
    AFTER_TODAY_GOT,
    /** A code or number whose check character is wrong. Argument: the expected character. */
    WRONG_CHECK_CHARACTER,
    /** A code of the wrong length. Arguments: the length required, the length given. */
    WRONG_LENGTH,
    /** Not a skill level. No arguments. */
    NOT_A_SKILL_LEVEL,
    /** Not a phone number. No arguments. */
    NOT_A_PHONE_NUMBER,
    /** Not a voter key: 32 bytes, or 64 lower-case hex characters. No arguments: a key is never repeated. */
    NOT_A_VOTER_KEY,
    /** A date before the birth date. No arguments. */
    BEFORE_BIRTH_DATE,
    /** A number that must be more than zero. Argument: the value quoted. */
    NOT_ABOVE_ZERO,
    /** Not a web address. No arguments. */
    NOT_A_WEB_ADDRESS,
    /** A date before another field's. Arguments: the other field's name, its date, the date. */
    BEFORE_FIELD,
    /** A value before another field's, whose value is not repeated. Argument: the other field's name. */
    BEFORE_FIELD_NAMED,
    /** A date not after another field's. Arguments: the other field's name, its date, the date. */
    NOT_AFTER_FIELD,
    /** A date not after the start of a period. Arguments: the start, the date. */
    NOT_AFTER,
    /** A date before today. Arguments: today, the date. */
    BEFORE_TODAY,
    /** A withdrawal dated before its consent was given. Arguments: the day it was given, the date. */
    BEFORE_CONSENT_GIVEN,
    /** A pool leave's note left out where its reason is "another reason" (其他原因). No arguments. */
    REQUIRED_FOR_OTHER_REASON,
    /** A reviewer the registry does not have. Argument: the reviewer's id. */
    NO_REVIEWER,
    /** A score sheet with no score. No arguments. */
    NOTHING_SCORED,
    /** A nomination outside the round its reviewer scores. Argument: the nomination's id. */
    NOT_IN_REVIEWERS_ROUND,
    /** A nomination outside the round named. Arguments: the nomination's id, the round's id. */
    NOT_IN_ROUND,
    /** An objection the registry does not have. Argument: the objection's id. */
    NO_OBJECTION,
    /** A value required by another that was given. Argument: the other field's name. */
    REQUIRED_WITH,
    /** A certificate number twice among one artisan's certificates. Argument: the number quoted. */
    CERTIFICATE_LISTED_TWICE,
    /** A resident identity number twice in one batch. Argument: the number masked. */
    RESIDENT_ID_LISTED_TWICE,
    /** A tier code twice in a program. Argument: the code. */
    TIER_LISTED_TWICE,
    /** An eligibility criterion's id twice in a program. Argument: the id. */
    CRITERION_LISTED_TWICE,
    /** A review item's code twice in a scoring scheme. Argument: the code. */
    ITEM_LISTED_TWICE,
    /** A tie-break rule twice in a scoring scheme. Argument: the rules as listed. */
    TIE_BREAK_LISTED_TWICE,
    /** A priority condition's id twice in a policy. Argument: the id. */
    CONDITION_LISTED_TWICE,
    /** A program without an organizer. No arguments. */
    NO_ORGANIZER,
    /** A program without a tier. No arguments. */
    NO_TIER,
    /** A program without a nomination channel. No arguments. */
    NO_CHANNEL,
    /** A scoring scheme without a review item. No arguments. */
    NO_REVIEW_ITEM,
    /** A naming without a nominee. No arguments. */
    NO_NOMINEE,
    /** A vote policy the registry was not given. Arguments: the name quoted, the names it was given. */
    UNKNOWN_VOTE_POLICY,
    /** A vote policy the registry does not know. Argument: the name. */
    UNKNOWN_VOTE_POLICY_NAMED,
    /** A pool list sorted by engagements without a period to count them in. No arguments. */
    SORT_NEEDS_PERIOD,
    /** A pool leave for a revoked honor, which revoking the honor records. No arguments. */
    LEAVE_BY_REVOCATION_ONLY,
    /** A problem the registry words in English only. Argument: the English problem. */
    OTHER
}
