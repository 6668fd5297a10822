package org.talentregistry.eligibility;

import java.util.List;
import java.util.Locale;
import org.talentregistry.Localizable;
import org.talentregistry.MessageCode;
import org.talentregistry.internal.Catalog;

/** The result of one criterion for one candidate, named in Chinese and English. */
public enum Outcome implements MessageCode, Localizable {
    /** The criterion holds. */
    MET,
    /** A hard criterion does not hold: the candidate is ineligible. */
    NOT_MET,
    /** A soft criterion does not hold, or a fact is unknown: a person must decide. */
    FLAGGED;

    @Override
    public String render(Locale locale) {
        return Catalog.format(this, locale, List.of());
    }
}
