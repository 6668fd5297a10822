package org.talentregistry.jdbc;

import org.talentregistry.RegistryException;

/**
 * Thrown when the database cannot be reached or answers with an error the registry cannot turn into a
 * business outcome.
 */
public class UnableToAccessDatabaseException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the registry was doing, not null
     * @param cause the underlying error, may be null
     */
    public UnableToAccessDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
