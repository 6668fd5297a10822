package org.talentregistry.privacy;

import org.talentregistry.MessageCode;

/** The codes of refusals about consent; a host can switch on them. */
public enum ConsentRefusal implements MessageCode {
    /** {@link ConsentRequiredException}. Arguments: the purpose, the date, the names joined. */
    CONSENT_REQUIRED,
    /** {@link ConsentRefusedException}: consent already given. Arguments: the artisan id, the purpose, since, the evidence. */
    ALREADY_GIVEN,
    /** {@link ConsentRefusedException}: nothing to withdraw. Arguments: the artisan id, the purpose. */
    NOTHING_TO_WITHDRAW,
    /**
     * {@link ConsentRefusedException}: a consent dated before a withdrawal of the same purpose took effect, which
     * would make it hold again over days it was withdrawn for. Arguments: the artisan id, the purpose, the date
     * given, the withdrawal's day.
     */
    GIVEN_BEFORE_WITHDRAWAL
}
