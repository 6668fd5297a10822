package org.talentregistry.selection;

import org.talentregistry.Message;
import org.talentregistry.RegistryException;

/**
 * Thrown when a selection operation breaks a business rule other than the stage: a second round for a
 * year, a nomination through a channel the program does not accept, a reviewer with a conflict of
 * interest, naming beyond a quota. {@link #getRule()} names the rule; {@link #message()} gives the code and
 * arguments of the sentence, which {@link #getMessage(java.util.Locale)} renders in Chinese or English.
 * Nothing is written.
 */
public class SelectionRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule that refused
     * @param message the explanation
     */
    public SelectionRefusedException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    /**
     * Creates the exception with a text in Chinese and English; {@link #getMessage()} is the English.
     *
     * @param rule the rule that refused, not null
     * @param message the code and arguments, not null
     */
    public SelectionRefusedException(Rule rule, Message message) {
        super(message);
        this.rule = rule;
    }

    /** @return the rule that refused */
    public Rule getRule() {
        return rule;
    }

    /** The rules a selection operation can break. */
    public enum Rule {
        /** The year lies outside the program's years. */
        YEAR_OUTSIDE_PROGRAM,
        /** The program already has a round for the year. */
        ROUND_EXISTS_FOR_YEAR,
        /** The program does not accept the nomination channel. */
        CHANNEL_NOT_ACCEPTED,
        /** The artisan is already nominated in the round. */
        ALREADY_NOMINATED,
        /** The artisan already holds this program's honor and the program allows no repeats. */
        ALREADY_HONORED,
        /** The nomination is withdrawn, removed or otherwise not in a state for the operation. */
        NOMINATION_NOT_ACTIVE,
        /** A flag cannot be cleared: the criterion is not flagged, or is already cleared. */
        NO_SUCH_FLAG,
        /** A nomination still has an open flag. */
        OPEN_FLAGS,
        /** The reviewer has a conflict of interest with the candidate. */
        CONFLICT_OF_INTEREST,
        /** A score does not fit the scale, or misses an item. */
        SCORE_OUT_OF_SCALE,
        /** A nominee has fewer expert scores than the scheme requires. */
        TOO_FEW_REVIEWS,
        /** The public notice has not ended. */
        NOTICE_NOT_OVER,
        /** An objection is pending. */
        OBJECTION_PENDING,
        /** The objection was already decided, or was filed outside the notice. */
        OBJECTION_NOT_OPEN,
        /** Naming would exceed a tier's annual quota, counted over every decision of the round. */
        QUOTA_EXCEEDED,
        /** The program's cap over all its rounds and decisions is used up: nothing more can be named. */
        PROGRAM_CAP_REACHED,
        /** The nominee is already named in the round. */
        ALREADY_NAMED,
        /** The nominee is not in the selection (on the waitlist, or out of the running). */
        NOT_SELECTED,
        /** Nobody selected is left to name. */
        NOTHING_TO_NAME,
        /** Only a deferred nominee can be dropped. */
        NOT_DEFERRED,
        /** A nominee promoted from the waitlist needs a public notice of its own, or it is not over. */
        PROMOTED_NOTICE,
        /** Selected nominees still wait for their site visit. */
        SITE_VISIT_PENDING,
        /** The naming decision's number is already used. */
        DECISION_NUMBER_TAKEN,
        /** The honor is already revoked. */
        ALREADY_REVOKED
    }
}
