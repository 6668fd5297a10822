package org.talentregistry.exchange.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Threads in the tests of the writers and readers that start one of their own. */
final class TestThreads {
    private TestThreads() {
    }

    /**
     * Runs a call on a thread of its own, interrupts that thread once it waits, then lets whatever blocked it
     * go on, and waits for the call to end.
     *
     * @param call the call, which blocks until {@code release}
     * @param release counted down after the interrupt
     * @return what the call threw, or null
     * @throws AssertionError if the call has not ended ten seconds after the interrupt
     */
    static Throwable interruptedWhileWaiting(Runnable call, CountDownLatch release) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                call.run();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        caller.start();
        while (caller.getState() != Thread.State.WAITING) {
            Thread.sleep(5);
        }
        caller.interrupt();
        release.countDown();
        caller.join(10_000);
        if (caller.isAlive()) {
            throw new AssertionError("the interrupted call did not end");
        }
        return thrown.get();
    }

    /**
     * Returns the live threads of a name, after up to two seconds for those ending to end.
     *
     * @param name the threads' name
     * @return the threads still running
     */
    static List<Thread> running(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (true) {
            List<Thread> running = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals(name) && t.isAlive()).toList();
            if (running.isEmpty() || System.nanoTime() > deadline) {
                return running;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return running;
            }
        }
    }
}
