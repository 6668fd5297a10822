package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The pool's imports and consent-gated exports on Postgres. */
class PostgresPoolExchangeTest extends PoolExchangeContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
