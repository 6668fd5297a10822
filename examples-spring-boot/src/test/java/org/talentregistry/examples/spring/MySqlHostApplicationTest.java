package org.talentregistry.examples.spring;

import org.junit.jupiter.api.BeforeAll;
import org.talentregistry.jdbc.Database;

/** The example host on the MySQL path: MySQL Connector/J against the MariaDB server. */
class MySqlHostApplicationTest extends HostApplicationContractTest {
    @BeforeAll
    static void database() {
        use(Database.MYSQL);
    }
}
