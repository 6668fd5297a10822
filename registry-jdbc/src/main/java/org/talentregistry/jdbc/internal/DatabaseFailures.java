package org.talentregistry.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.talentregistry.RegistryException;
import org.talentregistry.jdbc.ConstraintViolationException;
import org.talentregistry.jdbc.Database;
import org.talentregistry.jdbc.DatabaseTimeoutException;
import org.talentregistry.jdbc.DatabaseUnavailableException;
import org.talentregistry.jdbc.TransactionConflictException;
import org.talentregistry.jdbc.UnableToAccessDatabaseException;

/**
 * The one place where failures of Jdbi and of the JDBC driver become the registry's own exceptions, by the
 * SQLState and vendor code of the first {@link SQLException} in the cause chain. Messages name the kind of
 * failure in Chinese and English, the database and the SQLState; the driver's own message, which may quote a
 * value, stays in the cause.
 */
public final class DatabaseFailures {
    /** PostgreSQL: the server is shutting down or restarting the session (admin_shutdown, crash_shutdown, cannot_connect_now). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    /** MySQL and MariaDB: connection killed (1927), server gone away (2006), connection lost in a query (2013), shutdown (1053). */
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(1927, 2006, 2013, 1053);
    /** PostgreSQL: query_canceled (statement timeout), lock_not_available. */
    private static final Set<String> TIMEOUT_STATES = Set.of("57014", "55P03");
    /** MySQL and MariaDB: lock wait timeout (1205), MySQL max_execution_time (3024), MariaDB max_statement_time (1969). */
    private static final Set<Integer> TIMEOUT_CODES = Set.of(1205, 3024, 1969);
    /** Serialization failure, PostgreSQL's deadlock_detected. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");
    /** MySQL and MariaDB: deadlock found (1213). */
    private static final int DEADLOCK = 1213;

    private DatabaseFailures() {
    }

    /**
     * Returns what a host is to catch for a failure that left a registry call: the registry's own
     * exceptions and the argument errors of its API unchanged, a failure of Jdbi or of the driver
     * translated.
     *
     * @param database the database the call ran on, or null if not known yet
     * @param failure what the call threw
     * @return the exception to throw instead, possibly {@code failure} itself
     */
    public static RuntimeException translate(Database database, RuntimeException failure) {
        if (failure instanceof RegistryException) {
            return failure;
        }
        SQLException sql = firstSqlException(failure);
        if (sql == null && !(failure instanceof JdbiException)) {
            return failure;
        }
        return translate(database, "a registry call", failure, sql);
    }

    /**
     * Translates an {@link SQLException} that the registry's own JDBC code caught.
     *
     * @param database the database
     * @param doing what the registry was doing, e.g. {@code "storing 500 votes of round 7"}
     * @param failure the exception
     * @return the registry's exception, not null
     */
    public static UnableToAccessDatabaseException translate(Database database, String doing, SQLException failure) {
        return translate(database, doing, failure, firstSqlException(failure));
    }

    private static UnableToAccessDatabaseException translate(Database database, String doing, Throwable failure,
            SQLException sql) {
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        String on = (database == null ? "the database" : database.toString())
                + (state.isEmpty() ? "" : ", SQLState " + state + (code == 0 ? "" : ", error " + code));
        if (sql == null) {
            return new UnableToAccessDatabaseException(message("数据访问层（Jdbi）出错",
                    "Jdbi failed (" + failure.getClass().getSimpleName() + ")", doing, on), null, failure);
        }
        String reported = state.isEmpty() ? null : state;
        if (isUnavailable(sql, state, code)) {
            return new DatabaseUnavailableException(message("数据库连接中断或无法建立，可重试",
                    "the connection to the database was lost or could not be opened", doing, on), reported, failure);
        }
        if (sql instanceof SQLTimeoutException || TIMEOUT_STATES.contains(state) || TIMEOUT_CODES.contains(code)) {
            return new DatabaseTimeoutException(message("数据库语句或锁等待超时，本次调用已回滚",
                    "a statement or lock wait timed out", doing, on), reported, failure);
        }
        if (sql instanceof SQLTransactionRollbackException || CONFLICT_STATES.contains(state) || code == DEADLOCK) {
            return new TransactionConflictException(message("与并发事务冲突，本次调用已回滚，可重试",
                    "a concurrent transaction conflicted; the call was rolled back", doing, on), reported, failure);
        }
        if (sql instanceof SQLIntegrityConstraintViolationException || state.startsWith("23")) {
            return new ConstraintViolationException(message("数据库因约束拒绝写入",
                    "the database refused a write for a constraint", doing, on), reported, failure);
        }
        return new UnableToAccessDatabaseException(message("数据库拒绝执行语句",
                "the database refused a statement", doing, on), reported, failure);
    }

    /** A message staff and logs can both read: Chinese first, then English, as the library's refusals are. */
    private static String message(String chinese, String english, String doing, String on) {
        return chinese + "（" + on + "）/ " + english + " while " + doing + " (" + on + ")";
    }

    private static boolean isUnavailable(SQLException sql, String state, int code) {
        return sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException
                || state.startsWith("08")
                || UNAVAILABLE_STATES.contains(state)
                || UNAVAILABLE_CODES.contains(code);
    }

    private static SQLException firstSqlException(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
