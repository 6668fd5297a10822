package org.talentregistry.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGStatement;
import org.talentregistry.benchmarks.Options.Database;

/**
 * One raw-JDBC way of doing the active-honor lookup the priority check needs: which of the given artisans
 * hold an honor of program A, tier {@code gold}, active on the check date (named on or before it, and not
 * revoked, or revoked only from a later day). Each path reads the library's own {@code tr_honor} rows, takes
 * a connection from the same pool as the library, and returns nothing but the artisan ids; several paths are
 * measured per database and the fastest is "the best raw lookup", which the library's honor policy is held to.
 * Two more paths per database, the references, also read every birth date, one in a single statement and one
 * in two: the library's honor and age policy is held to the faster of them, "the best reference".
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
    private final boolean peer;

    private PriorityRawLookup(String label, boolean reference) {
        this(label, reference, false);
    }

    private PriorityRawLookup(String label, boolean reference, boolean peer) {
        this.label = label;
        this.reference = reference;
        this.peer = peer;
    }

    /**
     * Returns the paths measured on a database, the one the issue measured first, the references last.
     *
     * @param database the database
     * @return the paths
     */
    static List<PriorityRawLookup> forDatabase(Database database) {
        return switch (database) {
            case POSTGRESQL -> {
                PriorityRawLookup unnest = new OneStatement("JOIN unnest(?::bigint[]), one array of all ids",
                        "SELECT h.artisan_id FROM unnest(?::bigint[]) AS u(id) JOIN tr_honor h ON h.artisan_id = u.id"
                                + " WHERE " + ACTIVE, Integer.MAX_VALUE, PriorityRawLookup::bindPgArray);
                yield List.of(
                        new OrmStyle(1_000),
                        new EveryActiveHonor(),
                        new OneStatement("= ANY(?::bigint[]), one array of all ids",
                                "SELECT h.artisan_id FROM tr_honor h WHERE h.artisan_id = ANY(?::bigint[]) AND " + ACTIVE,
                                Integer.MAX_VALUE, PriorityRawLookup::bindPgArray),
                        unnest,
                        new WithBirthDates("unnest(?::bigint[])", "unnest(?::bigint[]) AS u(id)", Integer.MAX_VALUE,
                                PriorityRawLookup::bindPgArray),
                        // The scalar subquery hides the array from the planner, which then probes the covering index
                        // once per id in every plan (72-75 ms for 100,000 ids); shown the array, it plans a sequential
                        // scan of the table (130 ms). The honors follow by unnest: once pgJDBC prepares it on the
                        // server, = ANY gets a generic plan that probes an index per id (110 ms, where unnest keeps
                        // 55-60 ms).
                        new TwoStatements("= ANY((SELECT ?::bigint[])), then " + unnest.label(),
                                "SELECT a.id, a.birth_date FROM tr_artisan a WHERE a.id = ANY(CAST((SELECT ?::bigint[])"
                                        + " AS bigint[])) AND a.tenant_id = ?", Integer.MAX_VALUE,
                                PriorityRawLookup::bindPgArray, unnest));
            }
            // The MySQL path's driver against the same server: these statements are MySQL 8.0 grammar too.
            case MARIADB, MYSQL -> {
                PriorityRawLookup join = new OneStatement("JOIN JSON_TABLE(?), one JSON array of all ids",
                        "SELECT h.artisan_id FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS j"
                                + " JOIN tr_honor h ON h.artisan_id = j.id WHERE " + ACTIVE, Integer.MAX_VALUE,
                        PriorityRawLookup::bindJson);
                yield List.of(
                        new OrmStyle(1_000),
                        new EveryActiveHonor(),
                        new OneStatement("IN (SELECT .. JSON_TABLE(?)), one JSON array of all ids",
                                "SELECT h.artisan_id FROM tr_honor h WHERE h.artisan_id IN (SELECT j.id FROM JSON_TABLE(?,"
                                        + " '$[*]' COLUMNS (id BIGINT PATH '$')) AS j) AND " + ACTIVE, Integer.MAX_VALUE,
                                PriorityRawLookup::bindJson),
                        join,
                        new Sorted(join),
                        new InLists(1_000),
                        new WithBirthDates("JSON_TABLE(?)", "JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS u",
                                Integer.MAX_VALUE, PriorityRawLookup::bindJson),
                        // Left to itself, MariaDB reads the artisans' whole rows through the primary key.
                        new Sorted(new TwoStatements("IN (SELECT .. JSON_TABLE(?)) FORCE INDEX, then " + join.label(),
                                "SELECT a.id, a.birth_date FROM tr_artisan a FORCE INDEX (ix_tr_artisan_birth_date)"
                                        + " WHERE a.id IN (SELECT j.id FROM JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH"
                                        + " '$')) AS j) AND a.tenant_id = ?", Integer.MAX_VALUE,
                                PriorityRawLookup::bindJson, join)));
            }
            // H2 does not take an index for h.artisan_id = ANY(?): that form took 4-9 s in a trial, and is left out.
            // It caps arrays at 65,536 elements, hence arrays of 50,000.
            case H2 -> {
                PriorityRawLookup join = new OneStatement("JOIN TABLE(id BIGINT = ?), arrays of 50,000",
                        "SELECT h.artisan_id FROM TABLE(id BIGINT = ?) AS t JOIN tr_honor h ON h.artisan_id = t.id WHERE "
                                + ACTIVE, 50_000, PriorityRawLookup::bindBoxedArray);
                yield List.of(
                        new OrmStyle(1_000),
                        new EveryActiveHonor(),
                        new InLists(1_000),
                        join,
                        new Sorted(join),
                        new WithBirthDates("TABLE(id BIGINT = ?), arrays of 50,000", "TABLE(id BIGINT = ?) AS u", 50_000,
                                PriorityRawLookup::bindBoxedArray),
                        new Sorted(new TwoStatements("JOIN TABLE(id BIGINT = ?) each, arrays of 50,000",
                                "SELECT a.id, a.birth_date FROM TABLE(id BIGINT = ?) AS u JOIN tr_artisan a ON a.id = u.id"
                                        + " WHERE a.tenant_id = ?", 50_000, PriorityRawLookup::bindBoxedArray, join)));
            }
        };
    }

    /** @return how the path is named in the report */
    final String label() {
        return label;
    }

    /**
     * Tells whether this path is a reference, one that reads what the honor and age policy needs (birth dates
     * too), rather than a way of doing the active-honor lookup alone; a reference does not compete for "best raw
     * lookup", but for "best reference".
     *
     * @return true for a reference
     */
    final boolean isReference() {
        return reference;
    }

    /**
     * Tells whether this path sends no ids, reading every active honor of the kind instead: unlike the lookups
     * the issues measured, each of which sends the ids.
     *
     * @return true for such a path
     */
    boolean sendsNoIds() {
        return false;
    }

    /**
     * Tells whether this path is the ORM peer, what a user who does not take the library writes with an ORM
     * ({@link OrmStyle}); it competes for nothing, and the library's honor policy is held to be five times
     * faster than it.
     *
     * @return true for the ORM peer
     */
    final boolean isPeer() {
        return peer;
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

    /**
     * Prepares a statement as a careful raw implementation would on PostgreSQL: planned at every run for the
     * array bound to it. Left to its defaults, pgJDBC prepares a statement on the server after five runs,
     * PostgreSQL then settles on a generic plan made for an array of unknown size, and these lookups slow
     * down two- to fourfold (in one run: {@code = ANY} from 58 to 118 ms, {@code JOIN unnest} to 223 ms,
     * the one-statement reference from 153 to 518 ms). The library plans its honor read per run too.
     */
    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        if (s.isWrapperFor(PGStatement.class)) {
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return s;
    }

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

    /** Reads the rows of one run of a statement whose ids are bound. */
    private interface ChunkReader {
        int read(PreparedStatement s) throws SQLException;
    }

    /** A path that runs one statement per chunk of ids, the chunk bound as its first parameter. */
    private abstract static class Chunked extends PriorityRawLookup {
        private final String sql;
        private final int chunk;
        private final IdBinder binder;

        Chunked(String label, boolean reference, String sql, int chunk, IdBinder binder) {
            super(label, reference);
            this.sql = sql;
            this.chunk = chunk;
            this.binder = binder;
        }

        /**
         * Runs the statement for every chunk of the ids.
         *
         * @param reader binds the other parameters and reads the rows of one run
         * @return the rows read, over all chunks
         */
        final int eachChunk(Connection c, long[] ids, ChunkReader reader) throws SQLException {
            int rows = 0;
            try (PreparedStatement s = prepare(c, sql)) {
                for (int from = 0; from < ids.length; from += chunk) {
                    int to = (int) Math.min(ids.length, (long) from + chunk);
                    binder.bind(s, 1, ids, from, to);
                    rows += reader.read(s);
                }
            }
            return rows;
        }
    }

    /** Reads an artisan's id and birth date from columns 1 and 2, which must hold a birth date. */
    private static void requireBirthDate(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        if (rs.getObject(2, LocalDate.class) == null) {
            throw new IllegalStateException("artisan " + id + " has no birth date");
        }
    }

    /** One statement per chunk of ids, the chunk bound as one parameter. */
    private static final class OneStatement extends Chunked {
        OneStatement(String label, String sql, int chunk, IdBinder binder) {
            super(label, false, sql, chunk, binder);
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            return eachChunk(c, ids, s -> {
                bindActive(s, 2, q);
                return read(s, found);
            });
        }
    }

    /**
     * No ids sent: every active honor of the kind, the holders kept in a bitmap, then each given id looked up
     * in it. What the library does where the honors are few beside the ids; as fast as a lookup gets when
     * the ids cover most of the artisans. Its rows are the given ids that hold one.
     */
    private static final class EveryActiveHonor extends PriorityRawLookup {
        EveryActiveHonor() {
            super("every active honor of the kind, no ids sent, the ids looked up in a BitSet", false);
        }

        @Override
        boolean sendsNoIds() {
            return true;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            BitSet holders = new BitSet();
            try (PreparedStatement s = prepare(c, "SELECT h.artisan_id FROM tr_honor h WHERE " + ACTIVE)) {
                bindActive(s, 1, q);
                read(s, holders);
            }
            int rows = 0;
            for (long id : ids) {
                if (holders.get(Math.toIntExact(id))) {
                    found.set(Math.toIntExact(id));
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * A reference: what the honor and age policy ({@code zibo-chief} version 2) needs, read in one statement
     * per chunk: each artisan's birth date (for "aged 45 or under") joined to its active honors. The library's
     * check under that policy is held to the faster of this and {@link TwoStatements}, since it must do the
     * same database work that the active-honor lookup alone does not do. The join can be the slower: MariaDB
     * reads the artisans' whole rows through the primary key for it.
     */
    private static final class WithBirthDates extends Chunked {
        WithBirthDates(String form, String ids, int chunk, IdBinder binder) {
            super("reference: birth dates LEFT JOIN active honors, " + form, true,
                    "SELECT a.id, a.birth_date, h.artisan_id FROM " + ids + " JOIN tr_artisan a ON a.id = u.id"
                            + " LEFT JOIN tr_honor h ON h.artisan_id = a.id AND " + ACTIVE + " WHERE a.tenant_id = ?",
                    chunk, binder);
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            return eachChunk(c, ids, s -> {
                s.setString(bindActive(s, 2, q), RawJdbc.TENANT);
                int rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        requireBirthDate(rs);
                        long honored = rs.getLong(3);
                        if (!rs.wasNull()) {
                            found.set(Math.toIntExact(honored));
                        }
                        rows++;
                    }
                }
                return rows;
            });
        }
    }

    /**
     * A reference: what the honor and age policy needs, read as plain JDBC written with care would read it, in
     * two statements on one connection: first every artisan's birth date, through the covering index {@code
     * ix_tr_artisan_birth_date (id, tenant_id, birth_date)}, so that no artisan's whole row is read; then the
     * active honors, by the database's fastest active-honor lookup. The library's check under that policy is
     * held to the faster of this and {@link WithBirthDates}.
     */
    private static final class TwoStatements extends Chunked {
        private final PriorityRawLookup honors;

        /**
         * @param form how the ids are passed, for the label
         * @param sql the birth dates of a chunk of ids, parameters: the ids, the tenant
         * @param chunk the most ids bound at once
         * @param binder binds a chunk of ids
         * @param honors the active-honor lookup that follows
         */
        TwoStatements(String form, String sql, int chunk, IdBinder binder, PriorityRawLookup honors) {
            super("reference: birth dates, then active honors, two statements, " + form, true, sql, chunk, binder);
            this.honors = honors;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            int artisans = eachChunk(c, ids, s -> {
                s.setString(2, RawJdbc.TENANT);
                int rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        requireBirthDate(rs);
                        rows++;
                    }
                }
                return rows;
            });
            if (artisans != ids.length) {
                throw new IllegalStateException(artisans + " artisans found of " + ids.length + " ids");
            }
            return artisans + honors.lookup(c, ids, q, found);
        }
    }

    /**
     * Another path, run on the ids sorted first, the sorting on the clock: H2 and MariaDB look a bound id set up
     * in the order given, and sorted ids walk the index in key order (on MariaDB's honors, 148 ms instead of
     * 197; on H2, 135 instead of 320, in a scratch measurement). The library sorts its ids on those two
     * databases too.
     */
    private static final class Sorted extends PriorityRawLookup {
        private final PriorityRawLookup path;

        Sorted(PriorityRawLookup path) {
            super(path.label() + ", ids sorted first", path.isReference());
            this.path = path;
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            long[] sorted = ids.clone();
            Arrays.sort(sorted);
            return path.lookup(c, sorted, q, found);
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
                            full = prepare(c, sql(size));
                        }
                        s = full;
                    } else {
                        s = prepare(c, sql(to - from));
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

    /**
     * The ORM peer: what a user writes with JPA and no library, {@code SELECT h FROM Honor h WHERE h.artisanId IN
     * :ids AND h.programId = :program AND h.tierCode = :tier}, which an ORM sends as {@code IN} lists of 1,000
     * ids (Hibernate's default batch, Oracle's limit) selecting every column, and maps each row to an entity;
     * the user then keeps the honors active on the date in Java. No ORM is on the class path: the rows are
     * mapped to a plain object by hand, which is what an ORM's hydration does at least, so the peer is if
     * anything faster than Hibernate's.
     */
    private static final class OrmStyle extends PriorityRawLookup {
        private static final String SELECT = "SELECT h.id, h.program_id, h.program_name, h.tier_code, h.tier_name,"
                + " h.honor_year, h.round_id, h.artisan_id, h.decision_number, h.decision_date, h.issuing_body,"
                + " h.certificate_number, h.revoked_reason, h.revoked_detail, h.revoked_effective_on,"
                + " h.revoked_approved_by, h.revoked_by_id, h.revoked_by_name FROM tr_honor h WHERE h.artisan_id IN (";
        private final int size;

        OrmStyle(int size) {
            super(String.format(Locale.ROOT, "ORM peer: IN-lists of %,d ids, whole honor rows as entities, active"
                    + " filtered in Java", size), false, true);
            this.size = size;
        }

        /** An honor as an ORM hydrates it: every column, none of the library's types. */
        private record HonorEntity(long id, long programId, String programName, String tierCode, String tierName,
                int year, long roundId, long artisanId, String decisionNumber, LocalDate decisionDate,
                String issuingBody, String certificateNumber, String revokedReason, String revokedDetail,
                LocalDate revokedEffectiveOn, String revokedApprovedBy, String revokedById, String revokedByName) {
            boolean isActiveOn(LocalDate date) {
                return !decisionDate.isAfter(date) && (revokedEffectiveOn == null || date.isBefore(revokedEffectiveOn));
            }
        }

        @Override
        int lookup(Connection c, long[] ids, Question q, BitSet found) throws SQLException {
            List<HonorEntity> entities = new ArrayList<>();
            for (int from = 0; from < ids.length; from += size) {
                int to = Math.min(ids.length, from + size);
                try (PreparedStatement s = c.prepareStatement(SELECT + "?, ".repeat(to - from - 1)
                        + "?) AND h.tenant_id = ? AND h.program_id = ? AND h.tier_code = ?")) {
                    int p = 1;
                    for (int i = from; i < to; i++) {
                        s.setLong(p++, ids[i]);
                    }
                    s.setString(p++, RawJdbc.TENANT);
                    s.setLong(p++, q.programId());
                    s.setString(p, q.tierCode());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            entities.add(new HonorEntity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getString(9),
                                    rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                                    rs.getString(13), rs.getString(14), rs.getObject(15, LocalDate.class),
                                    rs.getString(16), rs.getString(17), rs.getString(18)));
                        }
                    }
                }
            }
            int rows = 0;
            for (HonorEntity h : entities) {
                if (h.isActiveOn(q.asOf())) {
                    found.set(Math.toIntExact(h.artisanId()));
                    rows++;
                }
            }
            return rows;
        }
    }
}
