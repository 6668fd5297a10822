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
    /** An honor program the tenant does not have. Argument: the program's id. */
    NO_SUCH_PROGRAM,
    /** A technician title the tenant has not defined. Argument: the title's code quoted. */
    NO_SUCH_TITLE_DEFINED,
    /** A tier code no version of a program has. Arguments: the code quoted, the program's id, its tier codes. */
    NOT_A_TIER_OF_PROGRAM,
    /** A value required by another that was given. Argument: the other field's name. */
    REQUIRED_WITH,
    /** A certificate number twice among one artisan's certificates. Argument: the number quoted. */
    CERTIFICATE_LISTED_TWICE,
    /** A resident identity number twice in one batch. Argument: the number masked. */
    RESIDENT_ID_LISTED_TWICE,
    /** An update without the identity number of an artisan whose number is on record. No arguments. */
    RESIDENT_ID_ERASED_BY_UPDATE,
    /** An update changing the birth date of an artisan whose number was erased, without a number. No arguments. */
    BIRTH_DATE_WITHOUT_RESIDENT_ID,
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
    /** Not a city's or a province's division code. Argument: the value quoted. */
    NOT_A_CITY_OR_PROVINCE_CODE,
    /** Not a six-digit division code. Argument: the value quoted. */
    NOT_A_DIVISION_CODE,
    /** Not a six-digit region code. Argument: the value quoted. */
    NOT_A_REGION_CODE,
    /** A city quota without a four-digit prefix or a positive quota. Arguments: the prefix quoted, the quota. */
    NOT_A_CITY_QUOTA,
    /** A negative number where zero is allowed. Argument: the value quoted. */
    NOT_ZERO_OR_POSITIVE,
    /** Too few characters to complete a code. Arguments: the length needed, the length given or "none". */
    TOO_SHORT_TO_COMPLETE,
    /** A program ending after the last accepted year. Arguments: that year, the years, the first year. */
    ENDS_TOO_LATE,
    /** A negative period. Argument: the period. */
    NEGATIVE_PERIOD,
    /** A period above its bound. Arguments: the bound in years, in months, in days, the period. */
    PERIOD_TOO_LONG,
    /** A program with a public vote in a registry without a vote secret. Argument: the program's name quoted. */
    NO_VOTE_SECRET_FOR_PROGRAM,
    /** A vote in a registry without a vote secret. No arguments. */
    NO_VOTE_SECRET,
    /** A vote secret too short. Arguments: the fewest bytes, the bytes given. */
    SECRET_TOO_SHORT,
    /**
     * A vote into a round whose voters are keyed under a secret the registry was not given. Arguments: the
     * round, the secret's id.
     */
    VOTE_SECRET_OF_ROUND_NOT_GIVEN,
    /** A list holding null. No arguments. */
    CONTAINS_NULL,
    /** An expert shortlist without the public vote after expert review. Argument: the vote's timing. */
    SHORTLIST_NEEDS_VOTE_AFTER,
    /** Not an IP address. No arguments. */
    NOT_AN_IP_ADDRESS,
    /** An account id of the wrong length. Arguments: the most characters, the characters given. */
    ACCOUNT_ID_LENGTH,
    /** An account id with white space or unprintable characters. No arguments. */
    ACCOUNT_ID_CHARACTERS,
    /** An export asked to show personal data without the consent purpose that would allow it. No arguments. */
    REVEALS_WITHOUT_PURPOSE,
    /** Public disclosure given as the purpose to show personal data for, which it never allows. No arguments. */
    PUBLIC_NOTICE_REVEALS_NOTHING,
    /** A text to be published (a merit summary on the 公示 list) holding an identity or mobile number. No arguments. */
    PUBLISHED_TEXT_HOLDS_A_NUMBER,
    /** A workbook's password given empty. No arguments. */
    PASSWORD_EMPTY,
    /** A password for an export in a format that cannot carry one. Argument: the format. */
    PASSWORD_NEEDS_XLSX,
    /** A password for an export where no module on the class path writes locked workbooks. No arguments. */
    PASSWORD_NEEDS_MODULE,
    /** A sheet to write in XLSX wider than a worksheet's columns. Arguments: the columns, the most a worksheet has. */
    TOO_WIDE_FOR_XLSX,
    /** An old 15-digit identity number. No arguments. */
    OLD_15_DIGIT_NUMBER,
    /** What was given as an old identity number is not 15 digits. No arguments. */
    NOT_AN_OLD_15_DIGIT_NUMBER,
    /** An identity number whose first 17 characters are not all digits. No arguments. */
    FIRST_17_NOT_DIGITS,
    /** An identity number whose 18th character is neither a digit nor X. No arguments. */
    CHECK_CHARACTER_NOT_DIGIT_OR_X,
    /** An identity number whose first two characters are no province's. No arguments. */
    NOT_A_PROVINCE_PREFIX,
    /** An identity number whose characters 3-6 are 0000. No arguments. */
    REGION_CODE_ZEROS,
    /** An identity number's birth year too early. Argument: the earliest year. */
    BIRTH_YEAR_TOO_EARLY,
    /** An identity number's birth date that is no calendar date. No arguments. */
    BIRTH_DATE_NOT_A_DATE,
    /** A skill level's rank out of range. Arguments: the highest rank, the rank. */
    RANK_OUT_OF_RANGE,
    /** Not an occupation code. Argument: the value quoted. */
    NOT_AN_OCCUPATION_CODE,
    /** A credit code character never used (I, O, S, V, Z). Arguments: the character quoted, its position. */
    CHARACTER_NEVER_USED,
    /** A credit code character outside its alphabet. Arguments: the character quoted, its position. */
    CHARACTER_NOT_ALLOWED,
    /** A certificate issued before its holder's birth date. Argument: the certificate's number. */
    CERTIFICATE_BEFORE_BIRTH,
    /** A certificate issued after today. Arguments: the certificate's number, today. */
    CERTIFICATE_AFTER_TODAY,
    /** Scoring weights that are negative or do not sum to 1. Arguments: the expert weight, the vote weight. */
    WEIGHTS_NOT_SUMMING_TO_ONE,
    /** A conflict of interest to explain that was never recorded. Arguments: the reviewer's id, the nomination's. */
    NO_CONFLICT,
    /** A sequence that is not one of the tenant's audit events. Argument: the sequence. */
    NOT_AN_AUDIT_EVENT,
    /** A problem the registry words in English only. Argument: the English problem. */
    OTHER
}
