package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.talentregistry.benchmarks.Options.Database;

/**
 * One raw-JDBC way of doing the active-honor lookup the priority check needs: which of the given artisans
 * hold an honor of program A, tier {@code gold}, active on the check date (named on or before it, and not
 * revoked, or revoked only from a later day). Each path reads the library's own {@code tr_honor} rows, takes
 * a connection from the same pool as the library, and returns nothing but the artisan ids; several paths are
 * measured per database and the fastest is "the best raw lookup", which the library's honor policy is held to.
 * One more path per database, the reference, also reads every birth date: the library's honor and age policy
 * is held to it.
 */
abstract class PriorityRawLookup {
    /** The active-honor condition, parameters: tenant, program, tier, check date twice. */
    private static final String ACTIVE = "h.tenant_id = ? AND h.program_id = ? AND h.tier_code = ? AND h.decision_date <= ?"
            + " AND (h.revoked_effective_on IS NULL OR h.revoked_effective_on > ?)";

    /**
     * What is looked up.
     *
     * @param programId program A
     * @param tierCode the tier that counts
     * @param asOf the check date
     */
    record Question(long programId, String tierCode, LocalDate asOf) {
    }

    private final String label;
    private final boolean reference;

    private PriorityRawLookup(String label, boolean reference) {
        this.label = label;
        this.reference = reference;
    }

    /**
     * Returns the paths measured on a database, the one the issue measured first.
     *
     * @param database the database
     * @return the paths
     */
    static List<PriorityRawLookup> forDatabase(Database database) {
        return switch (database) {
            case POSTGRESQL -> List.of(
                    new OneStatement("= ANY(?::bigint[]), one array of all ids",
                            "SELECT h.artisan_id FROM tr_honor h WHERE h.artisan_id = ANY(?::bigint[]) AND " + ACTIVE,
                            Integer.MAX_VALUE, PriorityRawLookup::bindPgArray),
                    new OneStatement("JOIN unnest(?::bigint[]), one array of all ids",
                            "SELECT h.artisan_id FROM unnest(?::bigint[]) AS u(id) JOIN tr_honor h ON h.artisan_id = u.id WHERE "
                                    + ACTIVE, Integer.MAX_VALUE, PriorityRawLookup::bindPgArray),
                    new WithBirthDates("unnest(?::bigint[])", "unnest(?::bigint[]) AS u(id)", Integer.MAX_VALUE,
                            PriorityRawLookup::bindPgArray));
            case MARIADB -> List.of(
                    new OneStatement("IN (SELECT .. JSON_TABLE(?)), one JSON array of all ids",
                            "SELECT h.artisan_id FROM tr_honor h WHERE h.artisan_id IN (SELECT j.id FROM JSON_TABLE(?, '$[*]'"
                                    + " COLUMNS (id BIGINT PATH '$')) AS j) AND " + ACTIVE, Integer.MAX_VALUE,
                            PriorityRawLookup::bindJson),
                    new OneStatement("JOIN JSON_TABLE(?), one JSON array of all ids",
                            "SELECT h.artisan_id FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS j"
                                    + " JOIN tr_honor h ON h.artisan_id = j.id WHERE " + ACTIVE, Integer.MAX_VALUE,
                            PriorityRawLookup::bindJson),
                    new InLists(1_000),
                    new WithBirthDates("JSON_TABLE(?)", "JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS u",
                            Integer.MAX_VALUE, PriorityRawLookup::bindJson));
            // H2 does not take an index for h.artisan_id = ANY(?): that form took 4-9 s in a trial, and is left out.
            case H2 -> List.of(
                    new InLists(1_000),
                    new OneStatement("JOIN TABLE(id BIGINT = ?), arrays of 50,000",
                            "SELECT h.artisan_id FROM TABLE(id BIGINT = ?) AS t JOIN tr_honor h ON h.artisan_id = t.id WHERE "
                                    + ACTIVE, 50_000, PriorityRawLookup::bindBoxedArray),
                    new WithBirthDates("TABLE(id BIGINT = ?), arrays of 50,000", "TABLE(id BIGINT = ?) AS u", 50_000,
                            PriorityRawLookup::bindBoxedArray));
        };
    }

    /** @return how the path is named in the report */
    final String label() {
        return label;
    }

    /**
     * Tells whether this path is the reference that reads what the honor and age policy needs (birth dates
     * too), rather than a way of doing the active-honor lookup alone; it does not compete for "best raw lookup".
     *
     * @return true for the reference
     */
    final boolean isReference() {
        return reference;
    }

    /**
     * Looks the artisans up.
     *
     * @param c a connection
     * @param ids the artisans, distinct
     * @param q what to look up
     * @param found receives the id of every artisan holding an active honor
     * @return the rows read (an artisan with two active honors counts twice)
     * @throws SQLException if the database refuses
     */
    abstract int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException;

    private static int bindActive(PreparedStatement s, int first, Question q) throws SQLException {
        s.setString(first, RawJdbc.TENANT);
        s.setLong(first + 1, q.programId());
        s.setString(first + 2, q.tierCode());
        s.setObject(first + 3, q.asOf());
        s.setObject(first + 4, q.asOf());
        return first + 5;
    }

    private static int read(PreparedStatement s, BitSet found) throws SQLException {
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.set(Math.toIntExact(rs.getLong(1)));
                rows++;
            }
        }
        return rows;
    }

    /** Binds a slice of ids as one parameter. */
    private interface IdBinder {
        void bind(PreparedStatement s, int index, long[] ids, int from, int to) throws SQLException;
    }

    private static void bindPgArray(PreparedStatement s, int index, long[] ids, int from, int to) throws SQLException {
        // pgJDBC sends a primitive long[] as an int8[] without boxing every id.
        s.setObject(index, from == 0 && to == ids.length ? ids : Arrays.copyOfRange(ids, from, to));
    }

    private static void bindBoxedArray(PreparedStatement s, int index, long[] ids, int from, int to) throws SQLException {
        Long[] values = new Long[to - from];
        for (int i = from; i < to; i++) {
            values[i - from] = ids[i];
        }
        s.setArray(index, s.getConnection().createArrayOf("BIGINT", values));
    }

    private static void bindJson(PreparedStatement s, int index, long[] ids, int from, int to) throws SQLException {
        StringBuilder json = new StringBuilder((to - from) * 8 + 2).append('[');
        for (int i = from; i < to; i++) {
            if (i > from) {
                json.append(',');
            }
            json.append(ids[i]);
        }
        s.setString(index, json.append(']').toString());
    }

    /** One statement per chunk of ids, the chunk bound as one parameter. */
    private static final class OneStatement extends PriorityRawLookup {
        private final String sql;
        private final int chunk;
        private final IdBinder binder;

        OneStatement(String label, String sql, int chunk, IdBinder binder) {
            super(label, false);
            this.sql = sql;
            this.chunk = chunk;
            this.binder = binder;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            int rows = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int from = 0; from < ids.length; from += chunk) {
                    int to = (int) Math.min(ids.length, (long) from + chunk);
                    binder.bind(s, 1, ids, from, to);
                    bindActive(s, 2, q);
                    rows += read(s, found);
                }
            }
            return rows;
        }
    }

    /**
     * The reference: what the honor and age policy ({@code zibo-chief} version 2) needs, read as plain JDBC
     * would read it, in one statement per chunk: each artisan's birth date (for "aged 45 or under") joined to
     * its active honors. The library's check under that policy is held to it, since it must do the same
     * database work that the active-honor lookup alone does not do.
     */
    private static final class WithBirthDates extends PriorityRawLookup {
        private final String sql;
        private final int chunk;
        private final IdBinder binder;

        WithBirthDates(String form, String ids, int chunk, IdBinder binder) {
            super("reference: birth dates LEFT JOIN active honors, " + form, true);
            this.sql = "SELECT a.id, a.birth_date, h.artisan_id FROM " + ids + " JOIN tr_artisan a ON a.id = u.id"
                    + " LEFT JOIN tr_honor h ON h.artisan_id = a.id AND " + ACTIVE + " WHERE a.tenant_id = ?";
            this.chunk = chunk;
            this.binder = binder;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            int rows = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int from = 0; from < ids.length; from += chunk) {
                    int to = (int) Math.min(ids.length, (long) from + chunk);
                    binder.bind(s, 1, ids, from, to);
                    s.setString(bindActive(s, 2, q), RawJdbc.TENANT);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                            if (rs.getObject(2, LocalDate.class) == null) {
                                throw new IllegalStateException("artisan " + rs.getLong(1) + " has no birth date");
                            }
                            long honored = rs.getLong(3);
                            if (!rs.wasNull()) {
                                found.set(Math.toIntExact(honored));
                            }
                            rows++;
                        }
                    }
                }
            }
            return rows;
        }
    }

    /** One statement per chunk of ids, each id a parameter of an {@code IN} list. */
    private static final class InLists extends PriorityRawLookup {
        private final int size;

        InLists(int size) {
            super(String.format(Locale.ROOT, "IN-lists of %,d ids, one statement each", size), false);
            this.size = size;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            int rows = 0;
            PreparedStatement full = null;
            try {
                for (int from = 0; from < ids.length; from += size) {
                    int to = Math.min(ids.length, from + size);
                    PreparedStatement s;
                    if (to - from == size) {
                        if (full == null) {
                            full = c.prepareStatement(sql(size));
                        }
                        s = full;
                    } else {
                        s = c.prepareStatement(sql(to - from));
                    }
                    try {
                        for (int i = from; i < to; i++) {
                            s.setLong(i - from + 1, ids[i]);
                        }
                        bindActive(s, to - from + 1, q);
                        rows += read(s, found);
                    } finally {
                        if (s != full) {
                            s.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return rows;
        }

        private static String sql(int n) {
            return "SELECT h.artisan_id FROM tr_honor h WHERE h.artisan_id IN (" + "?, ".repeat(n - 1) + "?) AND " + ACTIVE;
        }
    }
}
