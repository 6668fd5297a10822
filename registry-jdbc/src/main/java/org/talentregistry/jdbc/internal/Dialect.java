package org.talentregistry.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.talentregistry.jdbc.Database;

/**
 * What differs between the supported databases: column types for the migrations, how a unique-key
 * violation is reported, how migrations are serialised between processes, how votes are taken in bulk
 * and how many ids are looked up at once.
 */
public abstract class Dialect {
    private static final String MIGRATION_LOCK = "talent_registry_migrations";

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
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
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
     * Returns how this database takes the votes of a batch, and the counts of a tally update, in one round
     * trip.
     *
     * @return the form
     */
    public abstract VoteBatching voteBatching();

    /**
     * Returns the statement that stores one vote unless the round already has its voter key. Parameters:
     * round_id, voter_key, tenant_id, nomination_id, cast_at. Its update count is 1 if the vote was stored
     * and 0 if the key was taken. A transaction that stores a key another one holds uncommitted waits for
     * that one's outcome. On H2 a key that the other transaction committed meanwhile is reported as a
     * unique-key violation instead, which undoes only that statement.
     *
     * @return the statement
     */
    public abstract String insertVoteIfAbsent();

    /**
     * Returns the statement that adds to a nominee's tally, creating the tally row if need be, atomically
     * also when concurrent transactions create the same row (except on H2, where the one that waited gets a
     * unique-key violation and may run the statement again). Parameters: round_id, nomination_id, tenant_id,
     * the count to add.
     *
     * @return the statement
     */
    public abstract String addToVoteTally();

    /**
     * Returns the query that stores those votes of a batch whose key the round does not have yet, and
     * returns the nomination_id of each vote it stored, one row each. The batch must hold no key twice;
     * votes are stored in the order given, their keys locked in that order. Concurrent transactions storing
     * the same key wait for each other, so that exactly one stores it. For {@link VoteBatching#ARRAYS} and
     * {@link VoteBatching#MULTI_ROW}, which {@link VoteBatching#STAGED} falls back to.
     *
     * <p>Parameters for {@code ARRAYS}: round_id, tenant_id, then arrays of the voter keys, the nomination
     * ids and the cast-at times (text {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, UTC). For {@code MULTI_ROW}, per
     * vote: round_id, voter_key, tenant_id, nomination_id, cast_at.
     *
     * @param votes how many votes the query takes; the {@code MULTI_ROW} form depends on it
     * @return the query
     * @throws UnsupportedOperationException if the database takes votes otherwise
     */
    public String insertNewVotes(int votes) {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the statement that adds counts to several nominees' tallies, creating missing rows, atomically
     * in the same way as {@link #addToVoteTally()}. The nominees must be distinct; rows are written in the
     * order given, so that transactions that all pass them in ascending order never deadlock on each other.
     * For {@link VoteBatching#ARRAYS} and, in the {@code MULTI_ROW} form, for {@link VoteBatching#MULTI_ROW}
     * and {@link VoteBatching#STAGED}.
     *
     * <p>Parameters for {@code ARRAYS}: round_id, tenant_id, then arrays of the nomination ids and of the
     * counts. For {@code MULTI_ROW}, per nominee: round_id, nomination_id, tenant_id, count.
     *
     * @param nominees how many nominees the statement takes; the {@code MULTI_ROW} form depends on it
     * @return the statement
     * @throws UnsupportedOperationException if the database adds to tallies otherwise
     */
    public String addToVoteTallies(int nominees) {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the statement that creates an empty staging table for votes, private to the connection,
     * replacing one a failed call may have left. It commits nothing. It fails where the connection's user
     * may not create temporary tables; votes then go in the {@link VoteBatching#MULTI_ROW} form. For {@link
     * VoteBatching#STAGED} only.
     *
     * @return the statement
     * @throws UnsupportedOperationException for the other forms
     */
    public String createVoteStaging() {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the statement that puts one vote into the staging table, for a JDBC batch prepared with the
     * one-argument {@code prepareStatement(String)}: MariaDB Connector/J sends such a batch with its bulk
     * protocol, which it does not use for statements prepared with a result-set type. Parameters:
     * voter_key, nomination_id, cast_at. For {@link VoteBatching#STAGED} only.
     *
     * @return the statement
     * @throws UnsupportedOperationException for the other forms
     */
    public String stageVote() {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the query that stores the staged votes whose key the round does not have yet, in key order,
     * and returns the nomination_id of each vote it stored, as {@link #insertNewVotes(int)} does.
     * Parameters: round_id, tenant_id. For {@link VoteBatching#STAGED} only.
     *
     * @return the query
     * @throws UnsupportedOperationException for the other forms
     */
    public String insertStagedVotes() {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the statement that empties the staging table without committing. For {@link
     * VoteBatching#STAGED} only.
     *
     * @return the statement
     * @throws UnsupportedOperationException for the other forms
     */
    public String clearVoteStaging() {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Returns the statement that drops the staging table, if any, without committing. For {@link
     * VoteBatching#STAGED} only.
     *
     * @return the statement
     * @throws UnsupportedOperationException for the other forms
     */
    public String dropVoteStaging() {
        throw new UnsupportedOperationException(database() + " takes votes as " + voteBatching());
    }

    /**
     * Tells whether a SQL error is a lock wait that timed out and undid only the statement that waited, so
     * that running the statement again waits some more. Only H2 reports such errors with its transaction
     * intact (after its {@code LOCK_TIMEOUT}, 2 s by default); the default is false.
     *
     * @param error the error
     * @return true for a lock timeout that left the transaction usable
     */
    public boolean isStatementLockTimeout(SQLException error) {
        return false;
    }

    /**
     * Returns how many ids one bulk look-up binds at most; a longer list is read in chunks of this size,
     * one query each.
     *
     * @return the chunk size, positive
     */
    public abstract int idSetChunkSize();

    /**
     * Returns a {@code FROM} item that yields those rows of a table whose column holds one of the ids that
     * {@link #bindIdSet} binds, under an alias, in the form that looks ids up fastest on the database
     * (measured with 100,000 ids): on PostgreSQL one bound {@code bigint[]} compared with {@code = ANY},
     * which an index scan takes in one pass; on MariaDB a bound JSON array read by {@code JSON_TABLE} in an
     * {@code IN} subquery, which the optimizer materialises once and probes the index with; on H2 a bound
     * array as {@code TABLE(...)} joined to the table, about three times as fast there as {@code IN} lists
     * (H2 runs an {@code IN} subquery again for every row, so it must be a join). The statement's text is
     * the same for every chunk. The ids must be distinct: on H2 a repeated id repeats its rows.
     *
     * @param table the table
     * @param alias the alias its rows take, which the rest of the statement qualifies columns with
     * @param column the column holding the ids
     * @param parameter the parameter's name, without the colon
     * @return the {@code FROM} item, SQL
     */
    public abstract String rowsWithIdIn(String table, String alias, String column, String parameter);

    /**
     * Binds the ids of a {@code FROM} item made by {@link #rowsWithIdIn}.
     *
     * @param statement the statement made with that item
     * @param parameter the parameter's name, as given to {@code rowsWithIdIn}
     * @param ids the ids, distinct, at most {@link #idSetChunkSize()}
     * @param <S> the statement type
     * @return the statement
     */
    public abstract <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, List<Long> ids);

    /** Binds ids as one {@code java.sql.Array} of {@code bigint}, made by the connection's driver. */
    private static <S extends SqlStatement<S>> S bindIdArray(S statement, String parameter, List<Long> ids) {
        Long[] values = ids.toArray(Long[]::new);
        return statement.bind(parameter, (position, prepared, ctx) ->
                prepared.setArray(position, prepared.getConnection().createArrayOf("bigint", values)));
    }

    /** How a database takes many votes, or many tally counts, in few round trips. */
    public enum VoteBatching {
        /**
         * One statement with one array parameter per column (PostgreSQL): its text and parameter count stay
         * the same whatever the batch size, so it is parsed once and never meets a parameter limit.
         */
        ARRAYS,
        /**
         * Votes go into a temporary table through the driver's bulk protocol, then into {@code tr_vote} by
         * one {@code INSERT ... SELECT} (MariaDB); tallies take the {@link #MULTI_ROW} form. Where the user
         * may not create temporary tables, votes take the {@code MULTI_ROW} form too.
         */
        STAGED,
        /** One statement with a row of parameters per vote or tally in a multi-row {@code VALUES}. */
        MULTI_ROW,
        /**
         * A JDBC batch of the one-vote statement and of the one-tally statement (H2). H2 runs each row on its
         * own, so a key that a concurrent transaction committed fails that row alone; a set-based statement
         * that meets a key another transaction holds is rerun whole every few milliseconds until that one
         * ends, which under load burns the time it waits for.
         */
        JDBC_BATCH
    }

    private static final class H2 extends Dialect {
        @Override
        public Database database() {
            return Database.H2;
        }

        @Override
        public VoteBatching voteBatching() {
            return VoteBatching.JDBC_BATCH;
        }

        @Override
        public boolean isStatementLockTimeout(SQLException error) {
            return error.getErrorCode() == 50200;
        }

        @Override
        public String insertVoteIfAbsent() {
            return "MERGE INTO tr_vote v USING (VALUES (CAST(? AS BIGINT), CAST(? AS CHAR(64)), CAST(? AS VARCHAR(64)),"
                    + " CAST(? AS BIGINT), CAST(? AS TIMESTAMP(6)))) AS s(round_id, voter_key, tenant_id, nomination_id, cast_at)"
                    + " ON v.round_id = s.round_id AND v.voter_key = s.voter_key"
                    + " WHEN NOT MATCHED THEN INSERT (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                    + " VALUES (s.round_id, s.voter_key, s.tenant_id, s.nomination_id, s.cast_at)";
        }

        @Override
        public String addToVoteTally() {
            return "MERGE INTO tr_vote_tally t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)),"
                    + " CAST(? AS BIGINT))) AS s(round_id, nomination_id, tenant_id, votes)"
                    + " ON t.round_id = s.round_id AND t.nomination_id = s.nomination_id"
                    + " WHEN MATCHED THEN UPDATE SET votes = t.votes + s.votes"
                    + " WHEN NOT MATCHED THEN INSERT (round_id, nomination_id, tenant_id, votes)"
                    + " VALUES (s.round_id, s.nomination_id, s.tenant_id, s.votes)";
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
        public int idSetChunkSize() {
            // H2 refuses arrays of more than 65,536 elements; chunks of 1,000 to 65,536 ran equally fast.
            return 50_000;
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter) {
            return "TABLE(set_id BIGINT = :" + parameter + ") AS " + alias + "_ids JOIN " + table + " AS " + alias
                    + " ON " + alias + "." + column + " = " + alias + "_ids.set_id";
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, List<Long> ids) {
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
        @Override
        public Database database() {
            return Database.POSTGRESQL;
        }

        @Override
        public VoteBatching voteBatching() {
            return VoteBatching.ARRAYS;
        }

        @Override
        public String insertVoteIfAbsent() {
            return "INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (round_id, voter_key) DO NOTHING";
        }

        @Override
        public String addToVoteTally() {
            return "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + EXCLUDED.votes";
        }

        @Override
        public String insertNewVotes(int votes) {
            // Per-row update counts of a JDBC batch would do too, but the driver's reWriteBatchedInserts
            // option, which a host may set, turns them into SUCCESS_NO_INFO.
            return "INSERT INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                    + " SELECT ?, u.voter_key, ?, u.nomination_id, u.cast_at"
                    + " FROM unnest(CAST(? AS varchar[]), CAST(? AS int8[]), CAST(? AS timestamp[])) AS u(voter_key, nomination_id, cast_at)"
                    + " ON CONFLICT (round_id, voter_key) DO NOTHING RETURNING nomination_id";
        }

        @Override
        public String addToVoteTallies(int nominees) {
            return "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes)"
                    + " SELECT ?, u.nomination_id, ?, u.votes FROM unnest(CAST(? AS int8[]), CAST(? AS int8[])) AS u(nomination_id, votes)"
                    + " ON CONFLICT (round_id, nomination_id) DO UPDATE SET votes = tr_vote_tally.votes + EXCLUDED.votes";
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
        public int idSetChunkSize() {
            return 100_000;
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter) {
            // The planner flattens the subquery, so the outer statement's conditions reach the index scan.
            return "(SELECT * FROM " + table + " WHERE " + column + " = ANY(:" + parameter + ")) AS " + alias;
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, List<Long> ids) {
            return bindIdArray(statement, parameter, ids);
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

    private static final class MariaDb extends Dialect {
        @Override
        public Database database() {
            return Database.MARIADB;
        }

        @Override
        public VoteBatching voteBatching() {
            return VoteBatching.STAGED;
        }

        @Override
        public String insertVoteIfAbsent() {
            // IGNORE also downgrades errors other than a duplicate key (NULL into NOT NULL, over-long values)
            // to warnings; the store validates every value before binding it, so a duplicate is all it can
            // skip. ON DUPLICATE KEY UPDATE would not do: its update count for a duplicate depends on the
            // connection's useAffectedRows option, and its RETURNING reports the existing row too.
            return "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES (?, ?, ?, ?, ?)";
        }

        @Override
        public String addToVoteTally() {
            return "INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)";
        }

        @Override
        public String insertNewVotes(int votes) {
            // RETURNING (MariaDB 10.5+) lists only the rows INSERT IGNORE stored: a JDBC batch would not
            // do, as the bulk protocol reports no per-row counts.
            return rows("INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at) VALUES ",
                    "(?, ?, ?, ?, ?)", votes, " RETURNING nomination_id");
        }

        @Override
        public String addToVoteTallies(int nominees) {
            return rows("INSERT INTO tr_vote_tally (round_id, nomination_id, tenant_id, votes) VALUES ", "(?, ?, ?, ?)",
                    nominees, " ON DUPLICATE KEY UPDATE votes = votes + VALUES(votes)");
        }

        @Override
        public String createVoteStaging() {
            // MEMORY: no redo or undo to write for rows that live a few milliseconds. Its rows ignore
            // rollbacks, which is why each call starts from an empty table. TRUNCATE would commit.
            return "CREATE OR REPLACE TEMPORARY TABLE tr_vote_staging ("
                    + "voter_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, nomination_id BIGINT NOT NULL,"
                    + " cast_at DATETIME(6) NOT NULL, PRIMARY KEY (voter_key) USING BTREE) ENGINE=MEMORY";
        }

        @Override
        public String stageVote() {
            return "INSERT INTO tr_vote_staging (voter_key, nomination_id, cast_at) VALUES (?, ?, ?)";
        }

        @Override
        public String insertStagedVotes() {
            return "INSERT IGNORE INTO tr_vote (round_id, voter_key, tenant_id, nomination_id, cast_at)"
                    + " SELECT ?, voter_key, ?, nomination_id, cast_at FROM tr_vote_staging ORDER BY voter_key"
                    + " RETURNING nomination_id";
        }

        @Override
        public String clearVoteStaging() {
            return "DELETE FROM tr_vote_staging";
        }

        @Override
        public String dropVoteStaging() {
            return "DROP TEMPORARY TABLE IF EXISTS tr_vote_staging";
        }

        private static String rows(String head, String row, int count, String tail) {
            StringBuilder sql = new StringBuilder(head.length() + (row.length() + 2) * count + tail.length()).append(head);
            for (int i = 0; i < count; i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            return sql.append(tail).toString();
        }

        @Override
        public Map<String, String> placeholders() {
            return Map.of("bigint_identity", "BIGINT AUTO_INCREMENT",
                    "timestamp", "DATETIME(6)",
                    "text", "MEDIUMTEXT",
                    "table_options", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        }

        @Override
        public String upsert(String table, List<String> keys, List<String> values) {
            return "INSERT INTO " + table + " (" + columns(keys, values) + ") VALUES (" + parameters(keys, values) + ")"
                    + " ON DUPLICATE KEY UPDATE "
                    + values.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        }

        @Override
        public int idSetChunkSize() {
            // 100,000 ids make a JSON text of about 700 kB, well within the default max_allowed_packet.
            return 100_000;
        }

        @Override
        public String rowsWithIdIn(String table, String alias, String column, String parameter) {
            // The optimizer merges the derived table into the statement and runs the IN as a semi-join.
            return "(SELECT * FROM " + table + " WHERE " + column + " IN (SELECT j.set_id FROM JSON_TABLE(:" + parameter
                    + ", '$[*]' COLUMNS (set_id BIGINT PATH '$')) AS j)) AS " + alias;
        }

        @Override
        public <S extends SqlStatement<S>> S bindIdSet(S statement, String parameter, List<Long> ids) {
            StringBuilder json = new StringBuilder(ids.size() * 8).append('[');
            for (int i = 0; i < ids.size(); i++) {
                json.append(i == 0 ? "" : ",").append(ids.get(i).longValue());
            }
            return statement.bind(parameter, json.append(']').toString());
        }

        @Override
        public void lockMigrations(Handle handle) {
            Integer got = handle.createQuery("SELECT GET_LOCK(CONCAT(DATABASE(), '.', :name), 300)")
                    .bind("name", MIGRATION_LOCK).mapTo(Integer.class).one();
            if (got == null || got != 1) {
                throw new IllegalStateException("could not take the migration lock within 300 s");
            }
        }

        @Override
        public void unlockMigrations(Handle handle) {
            handle.createQuery("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.', :name))").bind("name", MIGRATION_LOCK)
                    .mapTo(Integer.class).one();
        }

        @Override
        protected boolean isUniqueViolation(SQLException error) {
            return error.getErrorCode() == 1062;
        }
    }
}
