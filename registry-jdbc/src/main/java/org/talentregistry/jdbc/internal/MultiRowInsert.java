package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes rows as {@code INSERT ... VALUES (...), (...), ...}, a chunk of rows per statement: on every
 * database for rows that give nothing back, and for rows whose keys come back where the database returns them
 * from such a statement ({@link Dialect#insertsManyRowsPerStatement}). A JDBC batch of single-row inserts
 * costs the server one execution per row, and MariaDB Connector/J sends them one by one when the generated
 * keys are wanted: an import's batch of 1,000 artisans, their certificates and their audit events cost
 * 3,000 executions; in chunks of {@value #CHUNK}, 12.
 */
final class MultiRowInsert {
    /** Rows per statement: 17 parameters a row make 3,400, far inside PostgreSQL's 32,767 and MariaDB's 65,535. */
    static final int CHUNK = 200;

    private MultiRowInsert() {
    }

    /** Binds one row's values from a parameter position on. */
    interface Binder<T> {
        void bind(PreparedStatement statement, int offset, T row) throws SQLException;
    }

    /** Reads the rows a {@code RETURNING} clause gives back. */
    interface Returned {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Inserts rows in chunks.
     *
     * @param connection the connection
     * @param dialect the database's dialect, which says how a statement gives back what it wrote
     * @param head {@code INSERT INTO table (columns)}
     * @param columns how many columns a row binds
     * @param returning the columns to give back, comma-separated ({@link Dialect#returning}), or empty
     * @param rows the rows
     * @param binder binds a row
     * @param returned reads what {@code returning} gives back, or null if it is empty
     * @param <T> the row type
     * @throws SQLException if the database refuses
     */
    static <T> void write(Connection connection, Dialect dialect, String head, int columns, String returning,
            List<T> rows, Binder<T> binder, Returned returned) throws SQLException {
        int full = rows.size() / CHUNK;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(dialect, head, columns, CHUNK, returning))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    execute(statement, rows.subList(chunk * CHUNK, (chunk + 1) * CHUNK), columns, binder, returned);
                }
            }
        }
        int rest = rows.size() - full * CHUNK;
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(dialect, head, columns, rest, returning))) {
                execute(statement, rows.subList(full * CHUNK, rows.size()), columns, binder, returned);
            }
        }
    }

    private static <T> void execute(PreparedStatement statement, List<T> rows, int columns, Binder<T> binder,
            Returned returned) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            binder.bind(statement, i * columns, rows.get(i));
        }
        if (returned == null) {
            statement.executeUpdate();
            return;
        }
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                returned.read(rs);
            }
        }
    }

    private static String sql(Dialect dialect, String head, int columns, int rows, String returning) {
        StringBuilder row = new StringBuilder(columns * 3).append('(');
        for (int c = 0; c < columns; c++) {
            row.append(c == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2)).append(head).append(" VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return returning.isEmpty() ? sql.toString() : dialect.returning(sql.toString(), returning);
    }
}
