package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The pool's imports and consent-gated exports on H2. */
class H2PoolExchangeTest extends PoolExchangeContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
