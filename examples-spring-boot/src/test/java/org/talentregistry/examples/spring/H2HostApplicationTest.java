package org.talentregistry.examples.spring;

import org.junit.jupiter.api.BeforeAll;
import org.talentregistry.jdbc.Database;

/** The example host on H2. */
class H2HostApplicationTest extends HostApplicationContractTest {
    @BeforeAll
    static void database() {
        use(Database.H2);
    }
}
