package org.talentregistry.jdbc;

/**
 * Thrown when the database refuses a write for a constraint (SQLState class 23) that the registry does not
 * turn into a business outcome of its own. It means the data or the schema is not what the registry
 * expects, e.g. a host wrote to the registry's tables or dropped a migration.
 */
public class ConstraintViolationException extends UnableToAccessDatabaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param sqlState the SQLState the driver reported, may be null
     * @param cause the underlying error, may be null
     */
    public ConstraintViolationException(String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
    }

    /**
     * {@inheritDoc}
     *
     * @return false
     */
    @Override
    public boolean isTransient() {
        return false;
    }
}
