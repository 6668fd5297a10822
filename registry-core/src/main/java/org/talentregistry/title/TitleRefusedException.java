package org.talentregistry.title;

import org.talentregistry.Message;
import org.talentregistry.MessageCode;
import org.talentregistry.RegistryException;

/**
 * Thrown when a title operation breaks a rule; {@link #getRule()} names it, {@link #getMessage(java.util.Locale)}
 * says it in Chinese or English, {@link #getMessage()} in English for logs. Nothing is written.
 */
public class TitleRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    /**
     * Creates the exception from its rule and the arguments of the rule's text.
     *
     * @param rule the rule, also the message's code, not null
     * @param args the arguments of the rule's text, none null
     */
    public TitleRefusedException(Rule rule, Object... args) {
        super(Message.of(rule, args));
        this.rule = rule;
    }

    /** @return the rule that refused */
    public Rule getRule() {
        return rule;
    }

    /**
     * The rules a title operation can break. Each is a message code (key {@code Rule.NAME} in the title
     * package's bundles); the arguments are listed per rule.
     */
    public enum Rule implements MessageCode {
        /** No title of that code is defined. Arguments: the code. */
        NO_SUCH_TITLE,
        /** The title already has a round of the region for the year. Arguments: title, region, year. */
        ROUND_EXISTS_FOR_YEAR,
        /** No such round. Arguments: the round id. */
        NO_SUCH_ROUND,
        /** The artisan already applied in the round. Arguments: artisan id, round id. */
        ALREADY_APPLIED,
        /** The artisan has no application in the round. Arguments: artisan id, round id. */
        NOT_APPLIED,
        /** The round's selection was already made. Arguments: the round id. */
        ROUND_SELECTED,
        /** The round was cancelled. Arguments: the round id, the day it was cancelled, the reason. */
        ROUND_CANCELLED,
        /** No such title award. Arguments: the award id. */
        NO_SUCH_AWARD,
        /** The title award was revoked already. Arguments: the award id, the revocation's effective day. */
        ALREADY_REVOKED,
        /** No priority policy of the title is in force on the date. Arguments: title, date. */
        NO_POLICY_IN_FORCE,
        /** A policy of that id and version already exists. Arguments: policy id, version. */
        POLICY_VERSION_EXISTS,
        /**
         * A new priority policy would be the one in force on the date of a round already selected under another.
         * Arguments: policy id, version, its first day, round id, round date.
         */
        POLICY_COVERS_DECIDED_ROUND,
        /**
         * A new priority policy would take effect on the day another policy of the title does, so that which one
         * decides could not be told. Arguments: policy id, version, the other's id, its version, the day.
         */
        POLICY_SAME_DAY,
        /** No version of the title's rules is in force on the date. Arguments: title, date. */
        NO_RULES_IN_FORCE,
        /**
         * A new version of a title's rules would be in force on days another version is. Arguments: title, the
         * field ({@code validFrom} or {@code validUntil}), its value, the version it overlaps.
         */
        VERSION_OVERLAPS,
        /**
         * A new version of a title's rules would take effect on or before the date of a round already decided
         * under another version. Arguments: title, the new version's first day, round id, round date, the version
         * the round was decided under.
         */
        VERSION_COVERS_DECIDED_ROUND,
        /**
         * {@code define} would replace the rules of a version a round was already decided under. Arguments:
         * title, the version, round id, round date.
         */
        RULES_DECIDED_A_ROUND,
        /**
         * The applicant's registered region lies outside the round's region. Arguments: artisan id, the
         * artisan's region code, the round's region.
         */
        OUTSIDE_REGION
    }
}
