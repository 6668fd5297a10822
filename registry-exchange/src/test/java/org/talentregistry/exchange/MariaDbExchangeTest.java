package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The exchange contract on MariaDb. */
class MariaDbExchangeTest extends ExchangeContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
