package org.talentregistry.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.argument.Argument;

/**
 * Binds and reads dates and instants without the JVM's or the session's time zone getting involved.
 *
 * <p>Instants are stored as UTC wall-clock values in a column without zone, and dates as plain dates,
 * both through the JDBC 4.2 {@code java.time} mappings. Neither {@code java.sql.Timestamp} nor {@code
 * java.sql.Date} is used: both shift values by the JVM's default zone.
 */
public final class SqlValues {
    /**
     * The name of a handle attribute which, set to true, binds instants as text in a fixed pattern instead:
     * see {@link Dialect#bindsInstantsAsText()}.
     */
    public static final String INSTANTS_AS_TEXT = "org.talentregistry.jdbc.instantsAsText";

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private SqlValues() {
    }

    /**
     * Returns an argument for an instant.
     *
     * @param instant the instant, or null
     * @return the argument
     */
    public static Argument instant(Instant instant) {
        return (position, statement, ctx) -> setInstant(statement, position, instant,
                Boolean.TRUE.equals(ctx.getAttribute(INSTANTS_AS_TEXT)));
    }

    /**
     * Sets an instant on a statement of the registry's own JDBC code (its bulk writes), as
     * {@link #instant(Instant)} binds it.
     *
     * @param statement the statement
     * @param position the parameter's position
     * @param instant the instant, or null
     * @param asText whether the dialect binds instants as text ({@link Dialect#bindsInstantsAsText()})
     * @throws SQLException if the driver refuses the value
     */
    public static void setInstant(PreparedStatement statement, int position, Instant instant, boolean asText)
            throws SQLException {
        if (instant == null) {
            statement.setNull(position, Types.TIMESTAMP);
            return;
        }
        LocalDateTime utc = utc(instant);
        if (asText) {
            statement.setString(position, TEXT.format(utc));
        } else {
            statement.setObject(position, utc);
        }
    }

    /**
     * Returns the UTC date and time of an instant, as the registry stores it: to the microsecond, what is finer
     * dropped. Every database keeps microseconds, but given nanoseconds PostgreSQL and H2 round them (a time
     * at 23:59:59.9999996 was kept as the next day's midnight) where MariaDB and MySQL truncate; dropping them here
     * keeps the same time on all. By the epoch second: {@code LocalDateTime.ofInstant(instant, UTC)} makes a
     * {@code ZoneRules} per call, and an import binds a few times per row.
     */
    static LocalDateTime utc(Instant instant) {
        int nanos = instant.getNano();
        return utc(instant.getEpochSecond(), nanos - nanos % 1_000);
    }

    /** Returns the UTC date and time of a second since 1970-01-01T00:00Z and the nanoseconds into it. */
    static LocalDateTime utc(long epochSecond, int nanos) {
        return LocalDateTime.ofEpochSecond(epochSecond, nanos, ZoneOffset.UTC);
    }

    /**
     * Returns an argument for a date.
     *
     * @param date the date, or null
     * @return the argument
     */
    public static Argument date(LocalDate date) {
        return (position, statement, ctx) -> setDate(statement, position, date);
    }

    /**
     * Sets a date on a statement of the registry's own JDBC code, as {@link #date(LocalDate)} binds it.
     *
     * @param statement the statement
     * @param position the parameter's position
     * @param date the date, or null
     * @throws SQLException if the driver refuses the value
     */
    public static void setDate(PreparedStatement statement, int position, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(position, Types.DATE);
        } else {
            statement.setObject(position, date);
        }
    }

    /**
     * Reads an instant written by {@link #instant(Instant)}.
     *
     * @param rs the result set
     * @param column the column label
     * @return the instant, or null
     * @throws SQLException if the column cannot be read
     */
    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads a date.
     *
     * @param rs the result set
     * @param column the column label
     * @return the date, or null
     * @throws SQLException if the column cannot be read
     */
    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * Reads an instant stored as UTC, by the column's position: a label costs MariaDB's driver a lower-casing
     * and a look-up on every read, which a row of 40 columns read 100,000 times makes measurable.
     *
     * @param rs the result set
     * @param column the column's position, from 1
     * @return the instant, or null
     * @throws SQLException if the column cannot be read
     */
    public static Instant getInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads a date by the column's position.
     *
     * @param rs the result set
     * @param column the column's position, from 1
     * @return the date, or null
     * @throws SQLException if the column cannot be read
     */
    public static LocalDate getDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * Finds a column's position in a select list, by its expression ({@code a.id}) or its alias ({@code
     * c_position} in {@code c.position AS c_position}).
     *
     * @param selectList the columns, separated by commas
     * @param column the expression or alias
     * @return the position, from 1
     * @throws IllegalArgumentException if the list does not name the column
     */
    public static int position(String selectList, String column) {
        String[] columns = selectList.split(",");
        for (int i = 0; i < columns.length; i++) {
            String[] parts = columns[i].trim().split(" AS ");
            if (parts[0].equals(column) || parts.length == 2 && parts[1].equals(column)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + selectList);
    }

    /**
     * Counts the columns of a select list.
     *
     * @param selectList the columns, separated by commas
     * @return how many
     */
    public static int count(String selectList) {
        return selectList.split(",").length;
    }
}
