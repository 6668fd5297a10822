package org.talentregistry.spi;

/**
 * A unit of work run by a {@link RegistryStore} with a session.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface StoreWork<T> {
    /**
     * Does the work.
     *
     * @param session the session, bound to one tenant, valid only during this call, not null
     * @return the result, may be null
     */
    T run(StoreSession session);
}
