package org.talentregistry.exchange;

import org.talentregistry.jdbc.Database;

/** The exchange contract on H2. */
class H2ExchangeTest extends ExchangeContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
