package org.talentregistry.exchange.internal;

/** The threads an import or export starts beside the caller's: daemons, named, always waited for. */
final class HelperThreads {
    private HelperThreads() {
    }

    /**
     * Starts a daemon thread: a host that exits mid-export is not held up by it.
     *
     * @param name the thread's name, as thread dumps show it
     * @param work what it runs
     * @return the thread, started
     */
    static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits for a thread to end, even if the caller is interrupted meanwhile (the interrupt is kept for the
     * caller): until it ends, it may still use the caller's stream.
     *
     * @param thread the thread
     */
    static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
