package org.talentregistry.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.talentregistry.LongId;
import org.talentregistry.TenantId;

/**
 * Reads a tenant's rows by many ids at once: one query per chunk of {@link Dialect#idSetChunkSize()} ids,
 * never one per id, the ids bound in the dialect's fastest form ({@link Dialect#rowsWithIdIn}). The
 * statement is built here, tenant filter included, so that no bulk read can leave it out.
 */
final class IdSetReads {
    private static final String IDS = "ids";

    private final Handle handle;
    private final Dialect dialect;
    private final TenantId tenant;
    private final Dialect.IdSetAccess access;

    IdSetReads(Handle handle, Dialect dialect, TenantId tenant) {
        this(handle, dialect, tenant, Dialect.IdSetAccess.PROBE);
    }

    private IdSetReads(Handle handle, Dialect dialect, TenantId tenant, Dialect.IdSetAccess access) {
        this.handle = handle;
        this.dialect = dialect;
        this.tenant = tenant;
        this.access = access;
    }

    /**
     * Returns reads for ids of which few have a row ({@link Dialect.IdSetAccess#SCAN}), which the database
     * plans for the ids bound at each run ({@link Dialect#planForItsIds}). These reads probe an index per id
     * ({@link Dialect.IdSetAccess#PROBE}).
     *
     * @return the reads
     */
    IdSetReads scanning() {
        return new IdSetReads(handle, dialect, tenant, Dialect.IdSetAccess.SCAN);
    }

    /**
     * Returns reads as {@link #scanning()} does, joined to the ids as bound ({@link Dialect.IdSetAccess#JOIN}):
     * where the dialect binds ids as given, a row comes once per time its id is given.
     *
     * @return the reads
     */
    IdSetReads joining() {
        return new IdSetReads(handle, dialect, tenant, Dialect.IdSetAccess.JOIN);
    }

    /**
     * Reads the tenant's rows of a table whose column holds one of the ids.
     *
     * @param columns the select list, each column qualified by the alias
     * @param table the table, which has a {@code tenant_id} column
     * @param alias the alias the table's rows take
     * @param idColumn the column holding the ids
     * @param ids the ids, repeats allowed; ids the tenant has no row for are skipped
     * @param orderBy the {@code ORDER BY} list, columns qualified by the alias, or empty for no order
     * @param mapper maps one row
     * @param <T> the row type
     * @return the rows, chunk after chunk, not null; with more than one chunk (and always where {@link
     *     Dialect#looksIdsUpInOrder}) the ids are read in ascending order, so that rows ordered by the id
     *     column first stay ordered across chunks
     */
    <T> List<T> list(String columns, String table, String alias, String idColumn, List<? extends LongId<?>> ids,
            String orderBy, RowMapper<T> mapper) {
        return list(columns, table, alias, idColumn, ids, Filter.NONE, orderBy, mapper);
    }

    /**
     * Reads the tenant's rows of a table whose column holds one of the ids and that pass a filter.
     *
     * @param filter a further condition on the rows, with its parameters
     * @see #list(String, String, String, String, List, String, RowMapper)
     */
    <T> List<T> list(String columns, String table, String alias, String idColumn, List<? extends LongId<?>> ids,
            Filter filter, String orderBy, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        forEach(columns, table, alias, idColumn, ids, filter, orderBy, mapper, rows::add);
        return rows;
    }

    /**
     * Reads the tenant's rows as {@link #list} does, handing each to a consumer instead of collecting them.
     *
     * @param consumer receives each row, chunk after chunk
     */
    <T> void forEach(String columns, String table, String alias, String idColumn, List<? extends LongId<?>> ids,
            Filter filter, String orderBy, RowMapper<T> mapper, Consumer<T> consumer) {
        String where = " WHERE " + alias + ".tenant_id = :tenant" + (filter.sql().isEmpty() ? "" : " AND (" + filter.sql() + ")")
                + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy);
        String sql = "SELECT " + columns + " FROM " + dialect.rowsWithIdIn(table, alias, idColumn, IDS, access) + where;
        // A JOIN read of a chunk too small to be worth a join scans instead (Dialect#joinsIdSetsFrom).
        String scanSql = access == Dialect.IdSetAccess.JOIN
                ? "SELECT " + columns + " FROM " + dialect.rowsWithIdIn(table, alias, idColumn, IDS, Dialect.IdSetAccess.SCAN) + where
                : sql;
        List<long[]> chunks = dialect.readsIdSetsAsSets() ? Chunks.ofIdsAsGiven(ids, dialect.idSetChunkSize())
                : Chunks.ofIds(ids, dialect.idSetChunkSize(), dialect.looksIdsUpInOrder());
        for (long[] chunk : chunks) {
            String chunkSql = chunk.length < dialect.joinsIdSetsFrom() ? scanSql : sql;
            Query query = dialect.bindIdSet(handle.createQuery(chunkSql), IDS, chunk).bind("tenant", tenant.value());
            if (access != Dialect.IdSetAccess.PROBE) {
                dialect.planForItsIds(query);
            }
            filter.parameters().forEach(query::bind);
            query.map(mapper).forEach(consumer);
        }
    }

    /**
     * A condition a bulk read adds to its {@code WHERE}, and the values of its named parameters.
     *
     * @param sql the condition, columns qualified by the read's alias; empty for none
     * @param parameters the values by parameter name, without the colon; strings and numbers
     */
    record Filter(String sql, Map<String, Object> parameters) {
        static final Filter NONE = new Filter("", Map.of());

        Filter {
            parameters = Map.copyOf(parameters);
        }
    }
}
