package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The exchange contract on Postgres. */
class PostgresExchangeTest extends ExchangeContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
