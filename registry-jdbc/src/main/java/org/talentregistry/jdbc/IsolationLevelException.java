package org.talentregistry.jdbc;

import java.sql.Connection;
import org.talentregistry.RegistryException;

/**
 * Thrown when a registry call that writes joins a host's transaction whose isolation level lets it decide on
 * stale or uncommitted data, and nothing is written. At repeatable read (MySQL's and MariaDB's default) the
 * host's transaction reads from a snapshot taken at its first read: a selection made in it would not see an
 * award another transaction committed since, and could select a person past the title's per-person limit. At
 * read uncommitted it would count what another transaction may still roll back.
 *
 * <p>Run the host's transaction at read committed (or serializable): {@code @Transactional(isolation =
 * Isolation.READ_COMMITTED)}, or the pool's default, e.g. HikariCP {@code transactionIsolation=
 * TRANSACTION_READ_COMMITTED} ({@code spring.datasource.hikari.transaction-isolation}). Reads are not
 * refused: they join the host's transaction and see its snapshot. Calls outside a host's transaction are
 * the registry's own, at read committed whatever the pool's level.
 */
public class IsolationLevelException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final int isolationLevel;

    /**
     * Creates the exception.
     *
     * @param isolationLevel the host transaction's level, one of {@link Connection}'s {@code TRANSACTION_} constants
     */
    public IsolationLevelException(int isolationLevel) {
        super("主机事务的隔离级别为" + chinese(isolationLevel) + "（" + nameOf(isolationLevel) + "），登记簿不在其中写入："
                + "该级别下的决定可能依据过时或未提交的数据（例如超过每人入选次数上限），本次调用未写入任何内容。"
                + "请以读已提交（READ COMMITTED）或可串行化（SERIALIZABLE）开启该事务。"
                + " / The host's transaction is at " + nameOf(isolationLevel) + ", where a registry write could decide on"
                + " data other transactions have changed or may roll back (a person selected past a per-person"
                + " limit): the call is refused and nothing was written. Run the transaction at READ COMMITTED or"
                + " SERIALIZABLE: @Transactional(isolation = Isolation.READ_COMMITTED), or the pool's"
                + " transactionIsolation=TRANSACTION_READ_COMMITTED.");
        this.isolationLevel = isolationLevel;
    }

    /**
     * Tells whether a call that writes is refused in a host's transaction at a level: at repeatable read, and
     * at read uncommitted except on PostgreSQL, which runs it as read committed.
     *
     * @param isolationLevel one of {@link Connection}'s {@code TRANSACTION_} constants
     * @param database the database, not null
     * @return true if such a call is refused
     */
    public static boolean refuses(int isolationLevel, Database database) {
        return !(isolationLevel == Connection.TRANSACTION_READ_COMMITTED || isolationLevel == Connection.TRANSACTION_SERIALIZABLE
                || isolationLevel == Connection.TRANSACTION_READ_UNCOMMITTED && database == Database.POSTGRESQL);
    }

    /**
     * Returns the isolation level of the host's transaction.
     *
     * @return one of {@link Connection}'s {@code TRANSACTION_} constants, or a driver's own level
     */
    public int getIsolationLevel() {
        return isolationLevel;
    }

    /**
     * Names an isolation level as SQL does.
     *
     * @param level one of {@link Connection}'s {@code TRANSACTION_} constants, or a driver's own level
     * @return e.g. {@code REPEATABLE READ}, not null
     */
    public static String nameOf(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "isolation level " + level;
        };
    }

    private static String chinese(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "读未提交";
            case Connection.TRANSACTION_READ_COMMITTED -> "读已提交";
            case Connection.TRANSACTION_REPEATABLE_READ -> "可重复读";
            case Connection.TRANSACTION_SERIALIZABLE -> "可串行化";
            default -> "级别 " + level;
        };
    }
}
