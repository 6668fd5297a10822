package org.talentregistry.title;

import org.talentregistry.RegistryException;

/** Thrown when a title operation breaks a rule; {@link #getRule()} names it. Nothing is written. */
public class TitleRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule
     * @param message the explanation
     */
    public TitleRefusedException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** @return the rule that refused */
    public Rule getRule() {
        return rule;
    }

    /** The rules a title operation can break. */
    public enum Rule {
        /** No title of that code is defined. */
        NO_SUCH_TITLE,
        /** The title already has a round for the year. */
        ROUND_EXISTS_FOR_YEAR,
        /** No such round. */
        NO_SUCH_ROUND,
        /** The artisan already applied in the round. */
        ALREADY_APPLIED,
        /** The round's selection was already made. */
        ROUND_SELECTED,
        /** No priority policy of the title is in force on the date. */
        NO_POLICY_IN_FORCE,
        /** A policy of that id and version already exists. */
        POLICY_VERSION_EXISTS
    }
}
