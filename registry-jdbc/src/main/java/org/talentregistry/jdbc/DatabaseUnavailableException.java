package org.talentregistry.jdbc;

/**
 * Thrown when a connection to the database cannot be opened or is lost during a call (SQLState class
 * 08, a connection killed by the server, a pool that timed out). The call's writes are not kept, unless the
 * connection was lost during the commit itself, which no client can tell: an operation that must not be
 * applied twice is made idempotent by the registry (a re-sent vote batch counts once).
 */
public class DatabaseUnavailableException extends UnableToAccessDatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param sqlState the SQLState the driver reported, may be null
     * @param cause the underlying error, may be null
     */
    public DatabaseUnavailableException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }

    /**
     * {@inheritDoc}
     *
     * @return true
     */
    @Override
    public boolean isTransient() {
        return true;
    }
}
