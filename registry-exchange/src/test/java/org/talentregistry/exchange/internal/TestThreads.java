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
     * Runs a call on a thread of its own, interrupts that thread once it waits in a given method, lets whatever
     * blocked it go on once it has left that method, and waits for the call to end. (Waiting anywhere would not do: a thread also
     * waits, uninterruptibly, while another one initialises a class it needs.)
     *
     * @param call the call, which blocks until {@code release}
     * @param waitingIn the simple name of the class and the method the call must be waiting in, as
     *     {@code "ReadAhead.take"}
     * @param release counted down after the interrupt
     * @return what the call threw, or null
     * @throws AssertionError if the call has not ended ten seconds after the interrupt
     */
    static Throwable interruptedWhileWaiting(Runnable call, String waitingIn, CountDownLatch release)
            throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                call.run();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        caller.start();
        while (!(caller.getState() == Thread.State.WAITING && isIn(caller, waitingIn))) {
            Thread.sleep(5);
        }
        caller.interrupt();
        // Released only once the call has left the wait: data arriving with the interrupt may let a blocking
        // queue return normally (the interrupt then stays set), as java.util.concurrent allows.
        while (caller.isAlive() && isIn(caller, waitingIn)) {
            Thread.sleep(5);
        }
        release.countDown();
        caller.join(10_000);
        if (caller.isAlive()) {
            throw new AssertionError("the interrupted call did not end");
        }
        return thrown.get();
    }

    private static boolean isIn(Thread thread, String classAndMethod) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String className = frame.getClassName();
            if ((className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethodName()).equals(classAndMethod)) {
                return true;
            }
        }
        return false;
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
