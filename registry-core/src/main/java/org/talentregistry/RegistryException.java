package org.talentregistry;

/**
 * The root of every exception the registry throws.
 *
 * <p>Unchecked, like Jdbi's {@code JdbiException}: a host that wants to catch everything the registry
 * refuses catches this one type. Specific subclasses carry the offending values as getters.
 */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message the message, not null
     */
    public RegistryException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the message, not null
     * @param cause the cause, may be null
     */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
