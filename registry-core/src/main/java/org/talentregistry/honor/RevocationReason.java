package org.talentregistry.honor;

/** Why an honor is revoked (撤销称号). */
public enum RevocationReason {
    /** The honoree received a criminal punishment. */
    CRIMINAL_PUNISHMENT,
    /** The honor was obtained by fraud. */
    FRAUD,
    /** The honoree is responsible for a serious accident. */
    SERIOUS_ACCIDENT,
    /** Serious moral failings. */
    MORAL_FAILING
}
