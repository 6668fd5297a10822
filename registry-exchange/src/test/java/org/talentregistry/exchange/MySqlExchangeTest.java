package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The exchange contract on the MySQL path (Connector/J against the MariaDB server). */
class MySqlExchangeTest extends ExchangeContractTest {
    @Override
    Database database() {
        return Database.MYSQL;
    }
}
