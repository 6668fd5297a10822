package org.talentregistry;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The root of every exception the registry throws.
 *
 * <p>Unchecked, like Jdbi's {@code JdbiException}: a host that wants to catch everything the registry
 * refuses catches this one type. Specific subclasses carry the offending values as getters.
 *
 * <p>{@link #getMessage()} is English, for logs. A refusal made from a {@link Message} also says itself in
 * Chinese: {@link #getMessage(Locale)} gives the text for the person who reads it, and {@link #message()} the
 * code and arguments for a host that words it its own way.
 */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message text;

    /**
     * Creates an exception with an English message and no localized form.
     *
     * @param message the message, not null
     */
    public RegistryException(String message) {
        super(message);
        this.text = null;
    }

    /**
     * Creates an exception with an English message, no localized form, and a cause.
     *
     * @param message the message, not null
     * @param cause the cause, may be null
     */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
        this.text = null;
    }

    /**
     * Creates an exception that says itself in Chinese and English; {@link #getMessage()} is the English.
     *
     * @param message the code and arguments, not null
     */
    public RegistryException(Message message) {
        this(message, null);
    }

    /**
     * Creates an exception that says itself in Chinese and English, with a cause.
     *
     * @param message the code and arguments, not null
     * @param cause the cause, may be null
     */
    public RegistryException(Message message, Throwable cause) {
        super(requireNonNull(message, "message").en(), cause);
        this.text = message;
    }

    /**
     * Returns the code and arguments of this refusal, when it was made from one.
     *
     * @return the message, or empty for an exception with English text only
     */
    public Optional<Message> message() {
        return Optional.ofNullable(text);
    }

    /**
     * Returns this exception's text in a language: Chinese for any {@code zh} locale, English otherwise.
     * An exception made without a {@link Message} answers with its English message.
     *
     * @param locale the reader's locale, not null
     * @return the text, not null
     */
    public String getMessage(Locale locale) {
        requireNonNull(locale, "locale");
        return text == null ? getMessage() : text.render(locale);
    }
}
