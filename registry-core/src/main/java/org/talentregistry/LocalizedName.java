package org.talentregistry;

import java.util.List;
import java.util.Locale;
import org.talentregistry.internal.Catalog;

/**
 * A constant with a name in Chinese and English and no arguments: a stage, an outcome, a reason. Its texts
 * live under its {@link MessageCode#key()} like any other code's.
 */
public interface LocalizedName extends MessageCode, Localizable {
    @Override
    default String render(Locale locale) {
        return Catalog.format(this, locale, List.of());
    }
}
