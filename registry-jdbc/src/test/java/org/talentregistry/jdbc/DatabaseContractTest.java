package org.talentregistry.jdbc;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.talentregistry.TenantId;

/**
 * A contract test run once per database by a subclass that names the database. The class opens a database
 * of its own, with a store on it, before its first test and drops it after its last; its tests share the
 * schema and keep apart by each working in a fresh tenant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContractTest {
    protected TestDatabase db;
    protected JdbcRegistryStore store;

    /** Returns the database this subclass runs the contract on. */
    abstract Database database();

    @BeforeAll
    void openDatabase() {
        db = TestDatabase.open(database());
        store = JdbcRegistryStore.create(db.dataSource());
    }

    @AfterAll
    void dropDatabase() {
        // Null when the database could not be reached and the tests were skipped.
        if (db != null) {
            db.close();
        }
    }

    /** Returns a tenant no other test uses, so tests sharing the schema do not see each other's rows. */
    static TenantId newTenantId() {
        return TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
    }
}
