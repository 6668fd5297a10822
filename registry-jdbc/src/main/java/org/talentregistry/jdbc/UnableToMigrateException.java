package org.talentregistry.jdbc;

import org.talentregistry.RegistryException;

/**
 * Thrown when the registry's schema cannot be brought up to date: a script failed, or a script already
 * applied to the database differs from the one in this jar.
 */
public class UnableToMigrateException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String script;

    /**
     * Creates the exception.
     *
     * @param script the script concerned, e.g. {@code V001__create_artisans.sql}, not null
     * @param message what went wrong, not null
     * @param cause the underlying error, may be null
     */
    public UnableToMigrateException(String script, String message, Throwable cause) {
        super(script + ": " + message, cause);
        this.script = script;
    }

    /**
     * Returns the script concerned.
     *
     * @return the script's file name, not null
     */
    public String getScript() {
        return script;
    }
}
