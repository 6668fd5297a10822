package org.talentregistry.privacy;

import org.talentregistry.MessageCode;

/** The codes of refusals about consent; a host can switch on them. */
public enum ConsentRefusal implements MessageCode {
    /** {@link ConsentRequiredException}. Arguments: the purpose, the date, the names joined. */
    CONSENT_REQUIRED,
    /** {@link ConsentRefusedException}: consent already given. Arguments: the artisan id, the purpose, since, the evidence. */
    ALREADY_GIVEN,
    /** {@link ConsentRefusedException}: nothing to withdraw. Arguments: the artisan id, the purpose. */
    NOTHING_TO_WITHDRAW
}
