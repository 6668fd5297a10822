package org.talentregistry.pool;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/**
 * Thrown when a business rule of the talent pool refuses a call; nothing is written. {@link #getRule()}
 * names the rule.
 */
public class PoolRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule that refused, not null
     * @param message what was refused and why, not null
     */
    public PoolRefusedException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /**
     * Creates the exception from a {@link PoolRefusal} code and its arguments, said in Chinese and English.
     *
     * @param rule the rule that refused, not null
     * @param message what was refused and why, not null
     */
    public PoolRefusedException(Rule rule, Message message) {
        super(message);
        this.rule = rule;
    }

    /**
     * Returns the rule that refused the call.
     *
     * @return the rule, not null
     */
    public Rule getRule() {
        return rule;
    }

    /** The pool's rules. */
    public enum Rule {
        /** The artisan already holds an open membership added by the bureau. */
        ALREADY_MEMBER,
        /** The artisan is not in the pool on the date the call concerns. */
        NOT_A_MEMBER,
        /** A correction named a revision that is no longer the engagement's latest. */
        STALE_ENGAGEMENT,
        /** The engagement was not found in this tenant. */
        NO_SUCH_ENGAGEMENT
    }
}
