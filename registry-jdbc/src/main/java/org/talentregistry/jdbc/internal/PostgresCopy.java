package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * pgJDBC's {@code COPY ... FROM STDIN}, kept in a class of its own: the only class of the store that names
 * the driver's types, loaded only once {@link #isAvailable()} found them. A host on PostgreSQL through
 * another driver, or whose connections a proxy hides from {@code unwrap}, never loads it.
 */
final class PostgresCopy {
    private static final boolean DRIVER_PRESENT = driverPresent();

    private PostgresCopy() {
    }

    /**
     * Tells whether pgJDBC is there and the connection unwraps to one of its connections.
     *
     * @param connection the connection
     * @return true if {@link #copyIn} can run on it
     * @throws SQLException if the connection fails
     */
    static boolean isAvailable(Connection connection) throws SQLException {
        return DRIVER_PRESENT && Loaded.unwraps(connection);
    }

    /**
     * Copies text-format rows into a table.
     *
     * @param connection a connection for which {@link #isAvailable} said yes
     * @param sql the {@code COPY ... FROM STDIN} statement
     * @param rows the rows, in COPY's text format
     * @param length how many bytes of {@code rows} to send
     * @return the rows copied
     * @throws SQLException if the database refuses
     */
    static long copyIn(Connection connection, String sql, byte[] rows, int length) throws SQLException {
        return Loaded.copyIn(connection, sql, rows, length);
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** What names pgJDBC's types, linked only when the driver is present. */
    private static final class Loaded {
        static boolean unwraps(Connection connection) throws SQLException {
            return connection.isWrapperFor(PGConnection.class);
        }

        static long copyIn(Connection connection, String sql, byte[] rows, int length) throws SQLException {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(rows, 0, length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }
}
