package org.talentregistry.jdbc;

/**
 * Thrown when a statement or a lock wait exceeds the database's or the driver's time limit. The call's
 * writes are rolled back.
 */
public class DatabaseTimeoutException extends UnableToAccessDatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param sqlState the SQLState the driver reported, may be null
     * @param cause the underlying error, may be null
     */
    public DatabaseTimeoutException(String message, String sqlState, Throwable cause) {
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
