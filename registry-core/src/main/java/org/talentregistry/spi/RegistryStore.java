package org.talentregistry.spi;

import org.talentregistry.TenantId;

/**
 * Where the registry keeps its data. The registry ships one implementation, {@code JdbcRegistryStore} in
 * the {@code registry-jdbc} module; a host may write its own.
 *
 * <p>An implementation gives each unit of work a {@link StoreSession} bound to one tenant: everything
 * read or written through that session belongs to that tenant and no other.
 */
public interface RegistryStore extends AutoCloseable {

    /**
     * Runs work that writes, in one transaction: either all its writes are kept or none is. If the work
     * throws, the transaction is rolled back and the exception is rethrown as it is.
     *
     * @param <T> the work's result type
     * @param tenant the tenant the session is bound to, not null
     * @param work the work, not null
     * @return what the work returned, may be null if the work returns null
     */
    <T> T inTransaction(TenantId tenant, StoreWork<T> work);

    /**
     * Runs work that only reads but needs one transaction: a read streamed through a cursor (PostgreSQL's
     * driver streams only inside a transaction), or one that must see one snapshot. It writes nothing, so a
     * host's read-only transaction may run it where it refuses {@link #inTransaction}. The default runs it as
     * {@link #inTransaction}.
     *
     * @param <T> the work's result type
     * @param tenant the tenant the session is bound to, not null
     * @param work the work, not null
     * @return what the work returned, may be null if the work returns null
     */
    default <T> T readInTransaction(TenantId tenant, StoreWork<T> work) {
        return inTransaction(tenant, work);
    }

    /**
     * Runs work that only reads, or that writes only through store methods that are atomic on their own
     * (such as {@link VoteStore#cast}). An implementation may run it without a transaction.
     *
     * @param <T> the work's result type
     * @param tenant the tenant the session is bound to, not null
     * @param work the work, not null
     * @return what the work returned, may be null if the work returns null
     */
    <T> T withSession(TenantId tenant, StoreWork<T> work);

    /**
     * Tells whether work given now runs in a transaction the host holds, which may still roll back after the
     * call returns: what such work read or wrote is not known to be committed, so the registry keeps nothing
     * of it beyond the call (the vote path's cache of a round in public voting, for one). The default says no.
     *
     * @return true if work given now joins a host's transaction
     */
    default boolean joinsHostTransaction() {
        return false;
    }

    /**
     * Releases what the store owns, such as a connection pool it opened itself. A store built on a
     * host's {@code DataSource} leaves the data source open. The default does nothing.
     */
    @Override
    default void close() {
    }
}
