package org.talentregistry;

import java.util.Locale;

/**
 * Something the registry can say in Chinese or in English.
 *
 * <p>A locale whose language is {@code zh} gets Chinese; any other locale gets English. The JVM's default
 * locale is never consulted: a server in China asked for English answers in English.
 */
public interface Localizable {
    /**
     * Renders this in a language.
     *
     * @param locale the reader's locale, not null
     * @return the text, not null
     */
    String render(Locale locale);

    /**
     * Renders this in Chinese, the default for the staff who read it.
     *
     * @return the Chinese text, not null
     */
    default String zh() {
        return render(Locale.CHINESE);
    }

    /**
     * Renders this in English, the language of logs.
     *
     * @return the English text, not null
     */
    default String en() {
        return render(Locale.ENGLISH);
    }
}
