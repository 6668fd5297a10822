package org.talentregistry.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.talentregistry.TenantId;
import org.talentregistry.spi.StoreWork;

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

    /**
     * Runs each insert in a thread and transaction of its own, all at once: every transaction is open
     * before any inserts, and each stays open a moment after its insert, so that the others' inserts meet
     * the first one's uncommitted row.
     *
     * @return each insert's result or exception, in order
     */
    protected <T> List<Object> racing(TenantId tenant, List<StoreWork<T>> inserts) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(inserts.size());
        try {
            CyclicBarrier start = new CyclicBarrier(inserts.size());
            List<Future<T>> futures = new ArrayList<>();
            for (StoreWork<T> insert : inserts) {
                futures.add(pool.submit(() -> store.inTransaction(tenant, session -> {
                    await(start);
                    T result = insert.run(session);
                    pause();
                    return result;
                })));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("an insert did not finish within 60 s", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs work in a transaction of its own on another thread and, once the work has run but before its
     * transaction commits (a moment later), runs a call here: what another transaction in the middle of a
     * change (a stage moved, a version written) looks like to the call. A call that waits for the work's locks
     * sees the committed change; one that does not, sees the state before it.
     *
     * @return what the call returned
     */
    protected <T> T whileUncommitted(TenantId tenant, StoreWork<?> work, Supplier<T> call) throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> store.inTransaction(tenant, session -> {
                Object result = work.run(session);
                ran.countDown();
                pause();
                return result;
            }));
            if (!ran.await(30, TimeUnit.SECONDS)) {
                holder.get(1, TimeUnit.SECONDS);
                throw new AssertionError("the work did not run within 30 s");
            }
            try {
                return call.get();
            } finally {
                holder.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the racing threads did not all start", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
