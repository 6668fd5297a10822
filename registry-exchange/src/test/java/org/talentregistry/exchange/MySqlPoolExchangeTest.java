package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The pool's imports and consent-gated exports on the MySQL path (Connector/J against the MariaDB server). */
class MySqlPoolExchangeTest extends PoolExchangeContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
