package org.talentregistry.jdbc;

import org.talentregistry.RegistryException;

/**
 * Thrown when the database fails a registry call for a reason that is not a business outcome: the
 * connection is lost, a statement times out, a concurrent transaction wins, or the database refuses a
 * statement. The registry's writes of that call are rolled back.
 *
 * <p>The JDBC store translates every failure of Jdbi or of the driver into this exception or one of its
 * subclasses at one place, so that a host never catches a Jdbi or driver type. The cause is kept for the
 * host's logs; the message names what failed and the database's SQLState, never a bound value.
 *
 * <ul>
 *   <li>{@link DatabaseUnavailableException}: the connection could not be opened or was lost;</li>
 *   <li>{@link DatabaseTimeoutException}: a statement or a lock wait timed out;</li>
 *   <li>{@link TransactionConflictException}: a serialization failure or a deadlock;</li>
 *   <li>{@link ConstraintViolationException}: a constraint the registry did not turn into an outcome.</li>
 * </ul>
 * {@link #isTransient()} tells whether the same call may succeed if simply made again.
 */
public class UnableToAccessDatabaseException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param message what the registry was doing, not null
     * @param cause the underlying error, may be null
     */
    public UnableToAccessDatabaseException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * Creates the exception with the database's SQLState.
     *
     * @param message what failed, not null
     * @param sqlState the SQLState the driver reported, may be null
     * @param cause the underlying error, may be null
     */
    public UnableToAccessDatabaseException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * Returns the SQLState the driver reported, if it reported one.
     *
     * @return the five-character SQLState, or null
     */
    public String getSqlState() {
        return sqlState;
    }

    /**
     * Tells whether the call may succeed if made again unchanged, e.g. after a lost connection or a
     * serialization failure. The registry does not retry by itself.
     *
     * @return true if a retry may succeed
     */
    public boolean isTransient() {
        return false;
    }
}
