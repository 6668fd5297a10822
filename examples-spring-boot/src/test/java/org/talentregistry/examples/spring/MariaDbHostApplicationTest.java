package org.talentregistry.examples.spring;

import org.junit.jupiter.api.BeforeAll;
import org.talentregistry.jdbc.Database;

/** The example host on MariaDB. */
class MariaDbHostApplicationTest extends HostApplicationContractTest {
    @BeforeAll
    static void database() {
        use(Database.MARIADB);
    }
}
