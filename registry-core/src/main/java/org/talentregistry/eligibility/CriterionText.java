package org.talentregistry.eligibility;

import org.talentregistry.MessageCode;

/**
 * The sentences of criteria: the rule each states ({@code RULE_*}, the last argument its {@link Severity})
 * and the facts each found ({@code FACT_*}). Arguments are given in the order of each constant's text in
 * {@code Messages_en.properties}.
 */
public enum CriterionText implements MessageCode {
    /** Arguments: the level's Chinese name, the severity. */
    RULE_MINIMUM_LEVEL,
    /** Arguments: the years, the severity. */
    RULE_MINIMUM_YEARS,
    /** Arguments: the age, the severity. */
    RULE_MAXIMUM_AGE,
    /** Argument: the severity. */
    RULE_IN_SERVICE,
    /** Argument: the severity. */
    RULE_NO_RECORD,
    /** Arguments: the program id, the severity. */
    RULE_HOLDS_HONOR,
    /** Arguments: the program id, the tiers joined by '/', the severity. */
    RULE_HOLDS_HONOR_IN_TIERS,
    /** Arguments: the title's code, the severity. */
    RULE_HOLDS_TITLE,
    /** Arguments: the title's code, the most selections, the severity. */
    RULE_SELECTION_LIMIT,
    /** Argument: the date. */
    FACT_NO_CERTIFICATE,
    /** Arguments: the level's Chinese name, the certificate number, the date. */
    FACT_LEVEL_FROM_CERTIFICATE,
    /** Arguments: the full years, the date the artisan started in the trade. */
    FACT_YEARS_IN_TRADE,
    /** Arguments: the age, the date. */
    FACT_AGED,
    /** Argument: the date, before the artisan's birth. */
    FACT_BORN_AFTER,
    /** No arguments. */
    FACT_DECLARED_IN_SERVICE,
    /** No arguments. */
    FACT_DECLARED_NOT_IN_SERVICE,
    /** No arguments. */
    FACT_NOT_DECLARED,
    /** No arguments; the record itself is personal data and never shown. */
    FACT_RECORD_DECLARED,
    /** No arguments. */
    FACT_NO_RECORD_DECLARED,
    /**
     * Argument: the honor as {@link org.talentregistry.honor.Honor#citation()} gives it (a text in Chinese, as
     * {@link org.talentregistry.honor.Honor#describe()} gave it, in results kept before).
     */
    FACT_HOLDS_HONOR,
    /** Argument: the date. */
    FACT_NO_HONOR,
    /** Arguments: the title's name, its first day. */
    FACT_HOLDS_TITLE,
    /** Arguments: the title's name, its first day, the first day it is no longer held. */
    FACT_HOLDS_TITLE_UNTIL,
    /** Arguments: the title's code, the date. */
    FACT_NO_TITLE,
    /** Arguments: the count, the date. */
    FACT_SELECTED_BEFORE,
    /** Arguments: the count before the date, the date, the count of selections dated on or after it. */
    FACT_SELECTED_BEFORE_AND_SINCE,
    /** A text recorded as it is (a line written before verdicts were coded, or given by a host). Argument: the text. */
    RECORDED
}
