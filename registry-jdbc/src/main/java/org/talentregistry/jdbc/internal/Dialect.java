package org.talentregistry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;
import org.talentregistry.jdbc.Database;

/**
 * What differs between the supported databases: column types for the migrations, how a unique-key
 * violation is reported, how migrations are serialised between processes, how votes are written (see
 * {@link VoteWriter}) and how many ids are looked up at once.
 */
public abstract class Dialect {
    private static final String MIGRATION_LOCK = "talent_registry_migrations";
    /** Rows a streamed read fetches per round trip. */
    private static final int STREAM_BLOCK = 1000;

    /**
     * Returns the dialect of a database.
     *
     * @param database the database
     * @return its dialect
     */
    public static Dialect of(Database database) {
        return switch (database) {
            case H2 -> new H2();
            case POSTGRESQL -> new Postgres();
            case MARIADB -> new MariaDb();
            case MYSQL -> new MySql();
        };
    }

    /**
     * Returns the database.
     *
     * @return the database
     */
    public abstract Database database();

    /**
     * Returns the values of the migration placeholders.
     *
     * @return placeholder name to SQL text
     */
    public abstract Map<String, String> placeholders();

    /**
     * Takes the lock that serialises migrations between processes, on the handle's connection.
     *
     * @param handle the handle migrations run on
     */
    public abstract void lockMigrations(Handle handle);

    /**
     * Releases the lock taken by {@link #lockMigrations}.
     *
     * @param handle the same handle
     */
    public abstract void unlockMigrations(Handle handle);

    /**
     * Tells whether an error, or any of its causes, is a unique-key violation.
     *
     * @param error the error
     * @return true for a duplicate key
     */
    public boolean isUniqueViolation(Throwable error) {
        return anySqlCause(error, sql -> isUniqueViolation(sql));
    }

    /**
     * Tells whether a SQL error is a unique-key violation.
     *
     * @param error the error
     * @return true for a duplicate key
     */
    protected boolean isUniqueViolation(SQLException error) {
        return "23505".equals(error.getSQLState());
    }

    /**
     * Tells whether an error, or any of its causes, is a NULL written into a NOT NULL column.
     *
     * @param error the error
     * @return true for a NOT NULL violation
     */
    public boolean isNotNullViolation(Throwable error) {
        return anySqlCause(error, sql -> isNotNullViolation(sql));
    }

    /**
     * Tells whether an error, or any of its causes, says a table does not exist: SQLState 42S02 (H2, MariaDB,
     * MySQL) or 42P01 (PostgreSQL).
     *
     * @param error the error
     * @return true for a missing table
     */
    public boolean isMissingTable(Throwable error) {
        return anySqlCause(error, sql -> "42S02".equals(sql.getSQLState()) || "42P01".equals(sql.getSQLState()));
    }

    /** Whether the error or one of its causes is a SQL error that passes a test. */
    private static boolean anySqlCause(Throwable error, Predicate<SQLException> test) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a SQL error is a NULL written into a NOT NULL column.
     *
     * @param error the error
     * @return true for a NOT NULL violation
     */
    protected boolean isNotNullViolation(SQLException error) {
        return "23502".equals(error.getSQLState());
    }

    /**
     * Returns a statement that inserts a row, or updates the row of the same key, in one atomic step.
     * Concurrent writers of one key then queue on its row lock instead of colliding: an insert that
     * collides keeps a shared lock on the key in MariaDB, and two such losers deadlock once both update.
     *
     * @param table the table
     * @param keys the key's columns
     * @param values the other columns, set on insert and on update
     * @return the statement, with one named parameter per column, named as the column
     */
    public abstract String upsert(String table, List<String> keys, List<String> values);

    private static String columns(List<String> keys, List<String> values) {
        return String.join(", ", Stream.concat(keys.stream(), values.stream()).toList());
    }

    private static String parameters(List<String> keys, List<String> values) {
        return Stream.concat(keys.stream(), values.stream()).map(c -> ":" + c).collect(Collectors.joining(", "));
    }

    /**
     * Returns how this database stores votes and keeps their tallies; one writer per store, which
     * remembers what the database refused.
     *
     * @return the writer
     */
    abstract VoteWriter voteWriter();

    /**
     * Returns how many ids one bulk look-up binds at most; a longer list is read in chunks of this size,
     * one query each.
     *
     * @return the chunk size, positive
     */
    public abstract int idSetChunkSize();

    /**
     * Returns how many ids a chunk must hold for a {@link IdSetAccess#JOIN} read to join them; a smaller chunk
     * is read as {@link IdSetAccess#SCAN} reads it. Only PostgreSQL tells the two apart by size.
     *
     * @return the least number of ids that a read joins, 0 where a join read always joins
     */
    public int joinsIdSetsFrom() {
        return 0;
    }

    /**
     * Returns how many holders of a kind a priority screen reads whole at most, instead of the holders among
     * its ids, given the screen's own bound (twice its ids): as many on PostgreSQL and MariaDB, where the
     * benchmark read 95,000 holders in 45-63 ms against 70-163 ms for the holders among 100,000 ids.
     *
     * @param atMost the screen's bound, positive
     * @return the bound this database reads to, at most {@code atMost}
     */
    public long everyHolderReadBound(long atMost) {
        return atMost;
    }

    /**
     * Tells whether a screen counts the kind's honors before reading every holder, rather than reading up to
     * the bound and giving up past it: where a read given up costs as much as the read by ids it gives way to.
     *
     * @return true to count first
     */
    public boolean countsHoldersFirst() {
        return false;
    }

    /**
     * Tells whether a screen's age condition may read every artisan of the tenant young enough, rather than the
     * birth dates of its ids: on PostgreSQL and MariaDB, where the birth-date index holds the id, the tenant and
     * the date, and a read of 100,001 of them costs 35-60 ms beside 180-300 ms for the birth dates of 100,000 ids.
     *
     * @return true to read them
     */
    public boolean readsEveryYoungArtisan() {
        return true;
    }

    /**
     * Tells whether the database looks a bound id set up in the order given, so that sorted ids walk its
     * index in key order: H2 and MariaDB. Sorted, 100,000 ids read the honors in 148 ms instead of 197 and the
     * birth dates in 132 ms instead of 216 on MariaDB; the active honors in 135 ms instead of 320 on H2
     * (measured on the benchmark's data). PostgreSQL sorts an {@code = ANY} array for an index itself, or
     * hashes it for a scan.
     *
     * @return true if bulk reads should bind their ids sorted
     */
    public boolean looksIdsUpInOrder() {
        return true;
    }

    /**
     * Tells whether the database reads a bound id set as a set, so that a repeated id finds its rows once and
     * the ids need neither dropping repeats nor sorting: PostgreSQL's {@code = ANY}. On H2 a repeated id in
     * {@code TABLE(...)} repeats its rows.
     *
     * @return true if ids may be bound as given
     */
    public boolean readsIdSetsAsSets() {
        return false;
    }

    /**
     * Tells whether inserts of many rows go as multi-row {@code INSERT ... VALUES (...), (...)} statements,
     * giving back generated ids through {@link #returning} where they are wanted ({@link MultiRowInsert}):
     * PostgreSQL, MariaDB and H2. H2 runs in the JVM, where a batch costs no round trips, but it runs each
     * row of a batch as a command of its own, with a result of generated keys per row; in chunks the
     * library's import spent 7-10% less CPU on H2 (issue 12). MySQL has no {@code RETURNING}, and
     * Connector/J rewrites a batch into multi-row statements itself ({@code rewriteBatchedStatements}).
     *
     * @return true to write many rows per statement
     */
    public boolean insertsManyRowsPerStatement() {
        return false;
    }

    /**
     * Whether a tenant's whole-list read with pool memberships joins each membership's honor for its name,
     * rather than reading the name by a subquery per membership. On PostgreSQL the joined honors were hashed,
     * the memberships' order lost and the rows sorted on disk (300 ms of a 100,000-member read that takes 80
     * without the join); MariaDB's pool export kept 0.84× its baseline with the join and fell to 0.79× with the
     * subquery (issue 12, idle machine).
     *
     * @return true to join the honors
     */
    boolean joinsHonorNames() {
        return false;
    }

    /**
     * The {@code ORDER BY} of a tenant's rows in id order, read through the table's {@code (tenant_id, id)}
     * index with the tenant bound: by id.
     *
     * @param alias the table's alias
     * @return the clause, with its leading space
     */
    String tenantIdOrder(String alias) {
        return " ORDER BY " + alias + ".id";
    }

    /**
     * A multi-row insert as a statement that also gives back columns of the rows it wrote, in no promised
     * order: {@code INSERT ... RETURNING columns} where the database has it.
     *
     * @param insert the {@code INSERT ... VALUES ...} statement
     * @param columns the columns to give back, comma-separated
     * @return the statement, to run as a query
     */
    String returning(String insert, String columns) {
        return insert + " RETURNING " + columns;
    }

    /**
     * The fetch size that makes the driver stream a long result a block of rows at a time inside a
     * transaction, while other statements may still run on the same connection (a streamed read's caller
     * reads the registry as it goes, and Jdbi gives nested calls the thread's open handle): pgJDBC and H2
     * take a block size (pgJDBC only with auto-commit off, which a transaction is).
     *
     * @param connection the connection the statement runs on
     * @return the fetch size, or 0 if the driver cannot stream so and the result should be read in pages
     * @throws SQLException if the connection cannot be asked
     */
    public int streamingFetchSize(Connection connection) throws SQLException {
        return STREAM_BLOCK;
    }

    /**
     * Runs a streamed read that joins all of a tenant's rows of several tables, with no nested-loop join where
     * the database could otherwise plan one: PostgreSQL estimates a tenant it has no statistics for (one
     * imported since the last {@code ANALYZE}, which a large table may not get for a long while) at one row,
     * and joined 100,000 artisans to their memberships and certificates in nested loops that rescanned the
     * tenant's rows for each artisan: an export of a freshly imported pool ran for over ten minutes. A
     * tenant's whole list is joined best by merging or hashing, which its indexes in id order serve. On
     * PostgreSQL the read also gets memory for its sorts and runs without JIT compilation; elsewhere it runs as
     * it is.
     *
     * @param handle the handle, in a transaction
     * @param read the read
     */
    void asWholeListRead(Handle handle, Runnable read) {
        read.run();
    }

    /**
     * Tells whether instants are bound as text ({@code 2018-06-01 01:00:00.123456}) rather than as {@code
     * LocalDateTime}: on MySQL, where Connector/J drops the fraction of a {@code java.time} value for a server
     * whose version reads below 5.6.4, as MariaDB's does to it ({@code 5.5.5-10.11...}). The server reads the
     * text into a {@code DATETIME(6)} exactly, whichever it is.
     *
     * @return true to bind instants as text
     */
    public boolean bindsInstantsAsText() {
        return false;
    }

    /**
     * Returns an expression for a date column's day number since 1970-01-01, as {@link
     * java.time.LocalDate#toEpochDay()} counts it: what bulk reads select instead of a date, so that the driver
     * hands an integer on rather than parsing a date's text for each of a million rows (pgJDBC made some 150
     * bytes of garbage of each date it parsed; issue 14). Null stays null.
     *
     * @param column the column, qualified as the statement needs
     * @return the SQL expression
     */
    public abstract String epochDay(String column);

    /**
     * How a bulk read should reach the rows of many ids.
     */
    public enum IdSetAccess {
        /**
         * Through an index, id by id: for ids that mostly have a row, in a table much larger than the id set
         * (artisans by id, their birth dates).
         */
        PROBE,
        /**
         * Free to scan the table when the ids are many: for ids of which few have a row, in a table not much
         * larger than the id set (the honors of 100,000 artisans, in a table of 200,000 honors).
         */
        SCAN,
        /**
         * As {@link #SCAN}, joined to the ids as bound: where ids are bound with repeats, a row may come once per
         * time its id is bound, and the caller drops repeated rows itself (the bulk priority check). On MariaDB and
         * MySQL {@code JOIN JSON_TABLE(...)} of the sorted ids, the benchmark's fastest raw lookup there. On H2
         * the same as {@link #SCAN}. On PostgreSQL the same as {@link #SCAN} below {@link #joinsIdSetsFrom()}
         * ids, {@code JOIN unnest(...)} from there on. For 100,000 ids the join was tried for the nine columns
         * of a citation and dropped (issue 14): the planner hashes the table's side of the join, which at 87
         * bytes a row outgrew {@code work_mem} (two batches), and the read took 1.5-3 times the {@code = ANY}
         * scan with the ids hashed. For a million ids {@code = ANY} costs more to plan than to run (see there).
         */
        JOIN
    }

    /**
     * Returns a {@code FROM} item that yields those rows of a table whose column holds one of the ids that
     * {@link #bindIdSet} binds, under an alias, in the form that looks ids up fastest on the database
     * (measured with 100,000 ids): on PostgreSQL one bound {@code bigint[]} compared with {@code = ANY}; on
     * MariaDB a bound JSON array read by {@code JSON_TABLE} in an {@code IN} subquery, which the optimizer
     * materialises once and probes the index with; on H2 a bound array as {@code TABLE(...)} joined to the
     * table, about three times as fast there as {@code IN} lists (H2 runs an {@code IN} subquery again for
     * every row, so it must be a join). The statement's text is the same for every chunk. The ids must be
     * distinct: on H2 a repeated id repeats its rows.
     *
     * <p>Only PostgreSQL tells the two accesses apart. For {@link IdSetAccess#PROBE} the array reaches
     * {@code = ANY} through a scalar subquery, which hides it from the planner: every plan, generic or made
     * for the run, probes the index once per id (100,000 birth dates: 72-75 ms), and planning does not
     * estimate the selectivity of 100,000 elements one by one (15-25 ms). Shown the array, the planner picks
     * a sequential scan of the artisans for 100,000 ids (130 ms). For {@link IdSetAccess#SCAN} the planner
     * sees the array, and {@link #planForItsIds} makes it plan each run for it: a scan of the honors with
     * the ids hashed (30-40 ms), where the generic plan probes the index per id (110-120 ms); {@link
     * IdSetAccess#JOIN} reads the same way.
     *
     * @param table the table
     * @param alias the alias its rows take, which the rest of the statement qualifies columns with
     * @param column the column holding the ids
     * @param parameter the parameter's name, without the colon
     * @param access how the rows are best reached
     * @return the {@code FROM} item, SQL
     */
    public abstract String rowsWithIdIn(String table, String alias, String column, String parameter, IdSetAccess access);

    /**
     * Returns a table's name with a hint that the database read it through an index, where the database
     * needs telling: MariaDB, whose optimizer looks ids up through the primary key even where a covering
     * index would spare it reading whole rows. Elsewhere the table's name alone.
     *
     * @param table the table
     * @param index the index
     * @return what to pass as the table to {@link #rowsWithIdIn}
     */
    public String throughIndex(String table, String index) {
        return table;
    }

    /**
     * Asks the database to plan a bulk read for the ids bound to it each time it runs, where it would
     * otherwise reuse a plan made for an id set of unknown size: for {@link IdSetAccess#SCAN} and {@link
     * IdSetAccess#JOIN} reads. On
     * PostgreSQL, pgJDBC prepares a statement on the server after its fifth run, and the server then settles
     * on a generic plan that expects a handful of ids: for the honors of 100,000 artisans it probes an index
     * 100,000 times (110 ms where a scan of the table takes 30-40 ms, measured on the benchmark's data).
     * Elsewhere nothing changes.
     *
     * @param query a statement made with {@link #rowsWithIdIn}
     * @return the statement
     */
    public Query planForItsIds(Query query) {
        return query;
    }

    /**
     * Binds the ids of a {@code FROM} item made by {@link #rowsWithIdIn}.
     *
     * @param statement the statement made with that item
     * @param parameter the parameter's name, as given to {@code rowsWithIdIn}
     * @param ids the ids, distinct, at most {@link #idSetChunkSize()}
     * @param <S> the statement type
     * @return the statement
     */
    public abstract <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, long[] ids);

    /** Binds ids as one {@code java.sql.Array} of {@code bigint}, made by the connection's driver. */
    private static <S extends SqlStatement<S>> S bindIdArray(S statement, String parameter, long[] ids) {
        Long[] values = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = ids[i];
        }
        return statement.bind(parameter, (position, prepared, ctx) ->
                prepared.setArray(position, prepared.getConnection().createArrayOf("bigint", values)));
    }

    private static final class H2 extends Dialect {
        private final VoteWriter votes = new H2VoteWriter(this);

        /**
         * A quarter of the screen's bound, half a holder per id: H2 reads each of a table's rows whole, and the
         * benchmark's 95,000 holders among 200,000 honors took 300 ms, as long as the holders among 100,000 ids.
         */
        @Override
        public long everyHolderReadBound(long atMost) {
            return Math.max(1, atMost / 4);
        }

        /** Counting by the program's index stops at the bound; reading rows that far would cost the read. */
        @Override
        public boolean countsHoldersFirst() {
            return true;
        }

        /**
         * Not on H2, which reads each row whole: in the benchmark a screen of 100,000 ids among a million
         * artisans read the young to 100,001 in some 670 ms, allocating 560 MB, and then the ids' birth dates in
         * 510 ms; the screen took 1.33 s against 0.66 s.
         */
        @Override
        public boolean readsEveryYoungArtisan() {
            return false;
        }

        @Override
        VoteWriter voteWriter() {
            return votes;
        }

        @Override
        public Database database() {
            return Database.H2;
        }

        @Override
        public Map<String, String> placeholders() {
            return Map.of("bigint_identity", "BIGINT GENERATED BY DEFAULT AS IDENTITY",
                    "timestamp", "TIMESTAMP(6)",
                    "text", "CHARACTER VARYING(1000000)",
                    "table_options", "");
        }

        @Override
        public String upsert(String table, List<String> keys, List<String> values) {
            return "MERGE INTO " + table + " (" + columns(keys, values) + ") KEY (" + String.join(", ", keys) + ")"
                    + " VALUES (" + parameters(keys, values) + ")";
        }

        @Override
        public String epochDay(String column) {
            return "DATEDIFF(DAY, DATE '1970-01-01', " + column + ")";
        }

        @Override
        String tenantIdOrder(String alias) {
            // H2 reads in an index's order only for an ORDER BY of its leading columns; for ORDER BY a.id it
            // took the resident-key index and sorted the whole join into a temporary file first: 7-9 s for the
            // 100,000-member pool export's read, 2 s in the (tenant_id, id) index's order (issue 12). The
            // tenant is bound, so the order is the same. (MariaDB sorted in a temporary table for this form.)
            return " ORDER BY " + alias + ".tenant_id, " + alias + ".id";
        }

        @Override
        public boolean insertsManyRowsPerStatement() {
            return true;
        }

        @Override
        String returning(String insert, String columns) {
            // H2 has no RETURNING; its data change delta table gives back the rows as inserted.
            return "SELECT " + columns + " FROM FINAL TABLE (" + insert + ")";
        }

        @Override
        public int idSetChunkSize() {
            // H2 refuses arrays of more than 65,536 elements; chunks of 1,000 to 65,536 ran equally fast.
            return 50_000;
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter, IdSetAccess access) {
            return "TABLE(set_id BIGINT = :" + parameter + ") AS " + alias + "_ids JOIN " + table + " AS " + alias
                    + " ON " + alias + "." + column + " = " + alias + "_ids.set_id";
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, long[] ids) {
            return bindIdArray(statement, parameter, ids);
        }

        @Override
        public void lockMigrations(Handle handle) {
            // An H2 file database is opened by one process at a time; MigrationRunner serialises threads.
        }

        @Override
        public void unlockMigrations(Handle handle) {
            // See lockMigrations.
        }
    }

    private static final class Postgres extends Dialect {
        /** The least {@code work_mem} a whole-list read runs with, in kB; see {@link #asWholeListRead}. */
        private static final long READ_WORK_MEM_KB = 64 * 1024;

        /**
         * Turns nested loops off for the read and gives its sorts and hashes at least 64 MB of {@code
         * work_mem}, in the transaction only ({@code SET LOCAL}), and sets both back to what they were after
         * it, so that a host's transaction the read joined plans the rest as before. With other tenants in the
         * tables the planner hashed the certificates and sorted the pool export's 100,000 rows on disk under
         * the default 4 MB: the export ran at 0.71-0.72 of its hand-written baseline, and at 0.75-0.80 with
         * the sort in memory (issue 12, idle machine; 256 MB measured no better than 64).
         *
         * <p>It also turns the server's JIT compilation off for the read: a list of 100,000 artisans with their
         * consent's sub-plan is estimated far past {@code jit_optimize_above_cost}, and compiling and optimising
         * its expressions took some 260 ms of a 385 ms statement ({@code EXPLAIN ANALYZE}, PostgreSQL 15), spent
         * before the first row, for a plan that runs once.
         */
        @Override
        void asWholeListRead(Handle handle, Runnable read) {
            String[] before = handle.createQuery("SELECT current_setting('enable_nestloop'), current_setting('work_mem'),"
                            + " (SELECT setting::bigint FROM pg_settings WHERE name = 'work_mem'), current_setting('jit', true)")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                    .one();
            boolean raiseMemory = Long.parseLong(before[2]) < READ_WORK_MEM_KB;
            set(handle, "off", raiseMemory ? READ_WORK_MEM_KB + "kB" : before[1], before[3] == null ? null : "off");
            Throwable failure = null;
            try {
                read.run();
            } catch (RuntimeException | Error e) {
                failure = e;
                throw e;
            } finally {
                try {
                    set(handle, "off".equals(before[0]) ? "off" : "on", before[1], before[3]);
                } catch (RuntimeException e) {
                    // A failed read may have aborted the transaction, whose end resets the settings anyway.
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        }

        /**
         * Sets the planner settings for the rest of the transaction, as {@code SET LOCAL} does; {@code jit} only
         * where the server has the setting (null: leave it).
         */
        private static void set(Handle handle, String nestedLoops, String workMem, String jit) {
            var query = handle.createQuery("SELECT set_config('enable_nestloop', :loops, true) || set_config('work_mem', :mem, true)"
                            + (jit == null ? "" : " || set_config('jit', :jit, true)"))
                    .bind("loops", nestedLoops)
                    .bind("mem", workMem);
            if (jit != null) {
                query.bind("jit", jit);
            }
            query.mapTo(String.class).one();
        }

        @Override
        public boolean insertsManyRowsPerStatement() {
            return true;
        }

        private final VoteWriter votes = new PostgresVoteWriter();

        @Override
        VoteWriter voteWriter() {
            return votes;
        }

        @Override
        public Database database() {
            return Database.POSTGRESQL;
        }

        @Override
        public Map<String, String> placeholders() {
            return Map.of("bigint_identity", "BIGINT GENERATED BY DEFAULT AS IDENTITY",
                    "timestamp", "TIMESTAMP(6)",
                    "text", "TEXT",
                    "table_options", "");
        }

        @Override
        public String upsert(String table, List<String> keys, List<String> values) {
            return "INSERT INTO " + table + " (" + columns(keys, values) + ") VALUES (" + parameters(keys, values) + ")"
                    + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                    + values.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        }

        @Override
        public String epochDay(String column) {
            return "(" + column + " - DATE '1970-01-01')";
        }

        @Override
        public int idSetChunkSize() {
            // A million ids make an int8[] of 12 MB, far below the server's 1 GB limit. A scan read runs once per
            // chunk: a million ids read in chunks of 100,000 scanned the honors ten times (issue 14).
            return 1_000_000;
        }

        @Override
        public int joinsIdSetsFrom() {
            // The planner estimates = ANY element by element: on a copy of the benchmark's honors (200,000, nine
            // columns read, scratch EXPLAIN ANALYZE, 2026-12-04) planning took 43-61 ms for 100,000 ids, 162 ms
            // for 300,000 and 525-534 ms for a million, against 4, 22-32 and 61-72 ms for JOIN unnest; running
            // took 65-75, 63-93 and 194-292 ms against 173-176, 219-257 and 658-678 ms. The two are even at about
            // 300,000 ids; for a million the join was 790-850 ms in all against 950-1,070.
            return 300_000;
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter, IdSetAccess access) {
            if (access == IdSetAccess.JOIN) {
                // Flattened by the planner like the = ANY form; a repeated id repeats its rows, as JOIN allows.
                return "(SELECT t.* FROM unnest(CAST(:" + parameter + " AS bigint[])) AS u(id) JOIN " + table
                        + " AS t ON t." + column + " = u.id) AS " + alias;
            }
            String ids = access == IdSetAccess.PROBE ? "CAST((SELECT :" + parameter + ") AS bigint[])" : ":" + parameter;
            // The planner flattens the subquery, so the outer statement's conditions reach the scan.
            return "(SELECT * FROM " + table + " WHERE " + column + " = ANY(" + ids + ")) AS " + alias;
        }

        @Override
        public boolean looksIdsUpInOrder() {
            return false;
        }

        @Override
        public boolean readsIdSetsAsSets() {
            return true;
        }

        @Override
        public Query planForItsIds(Query query) {
            return query.addCustomizer(new StatementCustomizer() {
                @Override
                public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
                    // Threshold 0: never a server-side prepared statement, so every run gets a plan of its own.
                    // A statement some proxy of the host's hides from unwrap keeps the driver's default.
                    if (statement.isWrapperFor(PGStatement.class)) {
                        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                    }
                }
            });
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, long[] ids) {
            // pgJDBC sends a primitive long[] as a binary int8[]; an array made by createArrayOf from boxed
            // values goes as text, which the server parses id by id.
            return statement.bind(parameter, (position, prepared, ctx) -> prepared.setObject(position, ids));
        }

        @Override
        public void lockMigrations(Handle handle) {
            handle.createQuery("SELECT 1 FROM (SELECT pg_advisory_lock(hashtext(:name))) AS locked")
                    .bind("name", MIGRATION_LOCK).mapTo(Integer.class).one();
        }

        @Override
        public void unlockMigrations(Handle handle) {
            handle.createQuery("SELECT pg_advisory_unlock(hashtext(:name))").bind("name", MIGRATION_LOCK)
                    .mapTo(Boolean.class).one();
        }
    }

    /**
     * What MariaDB and MySQL 8 share: column types, upserts, id sets through {@code JSON_TABLE}, index hints,
     * the migration lock and the duplicate-key error. Every statement here is in the grammar of both.
     */
    private abstract static class MySqlFamily extends Dialect {
        @Override
        boolean joinsHonorNames() {
            return true;
        }

        @Override
        public Map<String, String> placeholders() {
            return Map.of("bigint_identity", "BIGINT AUTO_INCREMENT",
                    "timestamp", "DATETIME(6)",
                    "text", "MEDIUMTEXT",
                    "table_options", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        }

        /**
         * {@inheritDoc} With {@code VALUES(column)}: MySQL deprecates it since 8.0.20 in favour of a row alias,
         * which MariaDB does not have; MySQL 8.0, 8.4 and 9 still take it, with a warning.
         */
        @Override
        public String upsert(String table, List<String> keys, List<String> values) {
            return "INSERT INTO " + table + " (" + columns(keys, values) + ") VALUES (" + parameters(keys, values) + ")"
                    + " ON DUPLICATE KEY UPDATE "
                    + values.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        }

        @Override
        public String epochDay(String column) {
            // TO_DAYS('1970-01-01') is 719528, in MariaDB and MySQL alike.
            return "(TO_DAYS(" + column + ") - 719528)";
        }

        @Override
        public int idSetChunkSize() {
            // 100,000 ids make a JSON text of about 700 kB, well within the default max_allowed_packet.
            return 100_000;
        }

        @Override
        public String throughIndex(String table, String index) {
            return table + " FORCE INDEX (" + index + ")";
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter, IdSetAccess access) {
            if (access == IdSetAccess.JOIN) {
                // The ids come sorted and without repeats here: the join walks the index in key order.
                return "JSON_TABLE(:" + parameter + ", '$[*]' COLUMNS (set_id BIGINT PATH '$')) AS " + alias + "_ids JOIN "
                        + table + " AS " + alias + " ON " + alias + "." + column + " = " + alias + "_ids.set_id";
            }
            // The optimizer merges the derived table into the statement and runs the IN as a semi-join.
            return "(SELECT * FROM " + table + " WHERE " + column + " IN (SELECT j.set_id FROM JSON_TABLE(:" + parameter
                    + ", '$[*]' COLUMNS (set_id BIGINT PATH '$')) AS j)) AS " + alias;
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, long[] ids) {
            StringBuilder json = new StringBuilder(ids.length * 8).append('[');
            for (int i = 0; i < ids.length; i++) {
                json.append(i == 0 ? "" : ",").append(ids[i]);
            }
            return statement.bind(parameter, json.append(']').toString());
        }

        /** The lock's name for the current database, within the 64 characters MySQL allows a lock's name. */
        abstract String migrationLockName();

        @Override
        public void lockMigrations(Handle handle) {
            Integer got = handle.createQuery("SELECT GET_LOCK(" + migrationLockName() + ", 300)")
                    .bind("name", MIGRATION_LOCK).mapTo(Integer.class).one();
            if (got == null || got != 1) {
                throw new IllegalStateException("could not take the migration lock within 300 s");
            }
        }

        @Override
        public void unlockMigrations(Handle handle) {
            handle.createQuery("SELECT RELEASE_LOCK(" + migrationLockName() + ")").bind("name", MIGRATION_LOCK)
                    .mapTo(Integer.class).one();
        }

        @Override
        protected boolean isUniqueViolation(SQLException error) {
            return error.getErrorCode() == 1062;
        }

        @Override
        protected boolean isNotNullViolation(SQLException error) {
            return error.getErrorCode() == 1048;
        }
    }

    private static final class MariaDb extends MySqlFamily {
        /**
         * {@inheritDoc} MariaDB Connector/J streams with a fetch size inside a transaction; a statement run by
         * the caller in the middle of the stream makes it read the rest of the result into memory first. It
         * measured slower than pages of 1,000 (issue 12's export at 50,000 rows: 0.67× of the baseline against
         * 0.98–1.00×) while a tenant's first rows were found by walking the primary key through every other
         * tenant's; since the reads in id order go through the (tenant_id, id) index, the pool export streamed
         * at 0.92× where pages of 1,000 in one joined statement each made 0.45–0.59× (100,000 rows, loaded
         * machine, BENCHMARKS.md).
         */
        @Override
        public int streamingFetchSize(Connection connection) {
            return STREAM_BLOCK;
        }

        @Override
        public boolean insertsManyRowsPerStatement() {
            return true;
        }

        private final VoteWriter votes = new MariaDbVoteWriter();

        @Override
        VoteWriter voteWriter() {
            return votes;
        }

        @Override
        public Database database() {
            return Database.MARIADB;
        }

        @Override
        String migrationLockName() {
            return "CONCAT(DATABASE(), '.', :name)";
        }
    }

    /**
     * MySQL 8.0 or later: MariaDB's SQL less what MySQL lacks ({@code RETURNING}, compound statements), see
     * {@link MySqlVoteWriter}.
     */
    private static final class MySql extends MySqlFamily {
        private final VoteWriter votes = new MySqlVoteWriter();

        @Override
        VoteWriter voteWriter() {
            return votes;
        }

        @Override
        public Database database() {
            return Database.MYSQL;
        }

        @Override
        public boolean bindsInstantsAsText() {
            return true;
        }

        /**
         * {@inheritDoc} MySQL Connector/J reads a whole result into memory whatever the fetch size, unless
         * the connection fetches through server-side cursors ({@code useCursorFetch=true} in its URL). Its
         * other way to stream ({@link Integer#MIN_VALUE}) refuses every other statement on the connection
         * until the result is read, the reads of the caller's own included: without cursors, pages.
         */
        @Override
        public int streamingFetchSize(Connection connection) throws SQLException {
            String url = connection.getMetaData().getURL();
            return url != null && url.toLowerCase(Locale.ROOT).contains("usecursorfetch=true") ? STREAM_BLOCK : 0;
        }

        @Override
        String migrationLockName() {
            // A database's name may take 64 characters and MySQL refuses longer lock names: a digest of it fits.
            return "CONCAT(:name, '.', LEFT(SHA2(DATABASE(), 256), 32))";
        }
    }
}
