package org.talentregistry.exchange.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The threads of a name still running, for tests of writers and readers that start one. */
final class RunningThreads {
    private RunningThreads() {
    }

    /**
     * Returns the live threads of a name, after up to two seconds for those ending to end.
     *
     * @param name the threads' name
     * @return the threads still running
     */
    static List<Thread> named(String name) {
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
