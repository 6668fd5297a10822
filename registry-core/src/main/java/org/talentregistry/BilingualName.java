package org.talentregistry;

import java.util.Locale;
import org.talentregistry.internal.Catalog;

/**
 * A constant that carries its own names in Chinese and English, as the documents it comes from write them:
 * a skill level, a kind of engagement, a consent's purpose, a tie-break rule. It renders as {@link
 * Localizable} says: Chinese for a locale whose language is {@code zh}, English for any other.
 */
public interface BilingualName extends Localizable {
    /**
     * Returns the name in Chinese.
     *
     * @return the name, not null
     */
    String chineseName();

    /**
     * Returns the name in English.
     *
     * @return the name, not null
     */
    String englishName();

    @Override
    default String render(Locale locale) {
        return Catalog.chinese(locale) ? chineseName() : englishName();
    }
}
