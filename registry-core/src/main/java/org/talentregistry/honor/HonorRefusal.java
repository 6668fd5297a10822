package org.talentregistry.honor;

import org.talentregistry.MessageCode;

/** The codes of refusals about honors and programs; a host can switch on them. */
public enum HonorRefusal implements MessageCode {
    /** {@link HonorNotFoundException}: no such honor. Argument: the honor id. */
    HONOR_NOT_FOUND,
    /** {@link HonorNotFoundException}: no honor under a naming decision. Argument: the decision's number. */
    DECISION_NOT_FOUND,
    /** {@link ProgramNotFoundException}: no such program. Argument: the program id. */
    PROGRAM_NOT_FOUND,
    /** {@link ProgramNotFoundException}: no such version of a program. Arguments: the version, the program id. */
    PROGRAM_VERSION_NOT_FOUND,
    /**
     * {@link org.talentregistry.selection.SelectionRefusedException} with rule {@code ALREADY_REVOKED}: the honor
     * is already revoked. Arguments: the honor id, the date the revocation took effect.
     */
    ALREADY_REVOKED,
    /**
     * {@link org.talentregistry.selection.SelectionRefusedException} with rule {@code ALREADY_REVOKED}: every honor
     * of a naming decision is already revoked. Argument: the decision's number.
     */
    DECISION_ALREADY_REVOKED
}
