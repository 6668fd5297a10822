package org.talentregistry;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.talentregistry.internal.Catalog;

/**
 * A code with its arguments: one sentence the registry says, in Chinese or English.
 *
 * <p>Arguments that are themselves {@link Localizable} (another message, an enum with Chinese and English
 * names) are rendered in the same language; others are formatted by {@link java.text.MessageFormat}.
 * {@link #toString()} is the English text, for logs. Personal data is never an argument unmasked.
 *
 * @param code the code, not null
 * @param args the arguments in the order of the pattern's placeholders, not null
 */
public record Message(MessageCode code, List<Object> args) implements Localizable {
    /**
     * Creates a message.
     *
     * @param code not null
     * @param args not null, no null element
     */
    public Message {
        requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /**
     * Creates a message from a code and its arguments.
     *
     * @param code not null
     * @param args the arguments, none null
     * @return the message, not null
     */
    public static Message of(MessageCode code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    @Override
    public String render(Locale locale) {
        requireNonNull(locale, "locale");
        return Catalog.format(code, locale, args);
    }

    @Override
    public String toString() {
        return en();
    }
}
