package org.talentregistry.honor;

import java.util.List;
import java.util.Locale;
import org.talentregistry.Localizable;
import org.talentregistry.MessageCode;
import org.talentregistry.internal.Catalog;

/** Why an honor is revoked (撤销称号), named in Chinese and English. */
public enum RevocationReason implements MessageCode, Localizable {
    /** The honoree received a criminal punishment. */
    CRIMINAL_PUNISHMENT,
    /** The honor was obtained by fraud. */
    FRAUD,
    /** The honoree is responsible for a serious accident. */
    SERIOUS_ACCIDENT,
    /** Serious moral failings. */
    MORAL_FAILING;

    @Override
    public String render(Locale locale) {
        return Catalog.format(this, locale, List.of());
    }
}
