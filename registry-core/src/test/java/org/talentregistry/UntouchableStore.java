package org.talentregistry;

import org.talentregistry.spi.RegistryStore;
import org.talentregistry.spi.StoreWork;

/**
 * A store that fails any test that reaches it: tests of refused input build their registry on it to prove
 * the refusal comes before anything is read or written.
 */
final class UntouchableStore implements RegistryStore {
    /** The message of the {@link AssertionError} a call to the store throws. */
    static final String UNTOUCHED = "store must not be touched";

    @Override
    public <T> T inTransaction(TenantId tenant, StoreWork<T> work) {
        throw new AssertionError(UNTOUCHED);
    }

    @Override
    public <T> T withSession(TenantId tenant, StoreWork<T> work) {
        throw new AssertionError(UNTOUCHED);
    }
}
