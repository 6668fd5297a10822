package org.talentregistry.honor;

import org.talentregistry.LocalizedName;

/** Why an honor is revoked (撤销称号), named in Chinese and English. */
public enum RevocationReason implements LocalizedName {
    /** The honoree received a criminal punishment. */
    CRIMINAL_PUNISHMENT,
    /** The honor was obtained by fraud. */
    FRAUD,
    /** The honoree is responsible for a serious accident. */
    SERIOUS_ACCIDENT,
    /** Serious moral failings. */
    MORAL_FAILING;

}
