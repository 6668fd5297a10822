package org.talentregistry.jdbc;

/**
 * Thrown when the database aborts the call's transaction because a concurrent one conflicts with it: a
 * serialization failure (SQLState 40001) or a deadlock (40P01, MySQL and MariaDB error 1213). The call's
 * writes are rolled back; making the call again usually succeeds.
 */
public class TransactionConflictException extends UnableToAccessDatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param sqlState the SQLState the driver reported, may be null
     * @param cause the underlying error, may be null
     */
    public TransactionConflictException(String message, String sqlState, Throwable cause) {
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
