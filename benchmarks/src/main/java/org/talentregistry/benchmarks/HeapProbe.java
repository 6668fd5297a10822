package org.talentregistry.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap one operation takes, three ways, all relative to a baseline taken after {@code
 * System.gc()}:
 * <ul>
 *   <li><b>peak</b>: the highest used heap seen while the operation runs, from a sampler thread reading
 *       {@link MemoryMXBean#getHeapMemoryUsage()} every 0.2 ms and from every garbage collection's "used
 *       before" figure (GC notifications), so that a peak just before a collection is not missed. It
 *       includes garbage not yet collected: an upper bound of what the operation needs;</li>
 *   <li><b>allocated</b>: the bytes the calling thread allocated ({@code
 *       com.sun.management.ThreadMXBean#getThreadAllocatedBytes}); JDBC drivers read results on the calling
 *       thread, and H2 runs its queries there;</li>
 *   <li><b>retained</b>: the used heap after another {@code System.gc()} while the operation's result is
 *       still referenced: what the result itself keeps.</li>
 * </ul>
 */
final class HeapProbe {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    /**
     * The figures of one operation.
     *
     * @param nanos how long the operation took
     * @param peakBytes the highest used heap above the baseline
     * @param allocatedBytes the bytes the calling thread allocated
     * @param retainedBytes the used heap above the baseline after a GC, the result still referenced
     * @param result the operation's result
     * @param <T> the result's type
     */
    record Measurement<T>(long nanos, long peakBytes, long allocatedBytes, long retainedBytes, T result) {
    }

    private HeapProbe() {
    }

    /**
     * Returns how many bytes the calling thread has allocated so far; cheap enough to read around every run.
     *
     * @return the bytes
     */
    static long allocatedByThisThread() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * Runs an operation and measures it.
     *
     * @param operation the operation
     * @param <T> its result's type
     * @return the figures
     * @throws Exception whatever the operation throws
     */
    static <T> Measurement<T> measure(Callable<T> operation) throws Exception {
        long baseline = settledHeap();
        AtomicLong peak = new AtomicLong(baseline);
        NotificationListener listener = (Notification n, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(before, Math::max);
            }
        };
        List<NotificationEmitter> emitters = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        Sampler sampler = new Sampler(peak);
        sampler.start();
        long threadId = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(threadId);
        long started = System.nanoTime();
        T result;
        long nanos;
        long allocated;
        try {
            result = operation.call();
        } finally {
            nanos = System.nanoTime() - started;
            allocated = THREADS.getThreadAllocatedBytes(threadId) - allocatedBefore;
            sampler.stopAndJoin();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // Already gone: nothing to remove.
                }
            }
        }
        long retained = settledHeap() - baseline;
        return new Measurement<>(nanos, Math.max(0, peak.get() - baseline), allocated, Math.max(0, retained), result);
    }

    /**
     * Returns the used heap after two full collections ({@code System.gc()}): what is still reachable, the
     * live heap, plus what the collector leaves behind (a few MB of G1 region slack).
     *
     * @return the bytes
     */
    static long liveBytes() {
        return settledHeap();
    }

    /**
     * Two full collections, each one asked for again until it ran: the JVM skips {@code System.gc()} while
     * another thread holds the collector off in native code (a writer's {@code Deflater}, a reader's {@code
     * Inflater}), and a reading after a skipped collection counts dead objects too (the sixteenth session
     * saw 340-470 MB where some 40 were live).
     */
    private static long settledHeap() {
        for (int i = 0; i < 2; i++) {
            long before = fullCollections();
            for (int attempt = 0; fullCollections() == before; attempt++) {
                if (attempt == 1_000) {
                    throw new IllegalStateException("no full collection ran for 1,000 calls of System.gc() (is"
                            + " -XX:+DisableExplicitGC or -XX:+ExplicitGCInvokesConcurrent set?)");
                }
                System.gc();
            }
        }
        MemoryUsage usage = MEMORY.getHeapMemoryUsage();
        return usage.getUsed();
    }

    /**
     * Returns the full collections so far: the old generation's collector's count (G1's, the serial and the
     * parallel collectors'), which {@code System.gc()} raises when it runs.
     *
     * @return the count
     */
    static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Young") && !gc.getName().contains("Copy")
                        && !gc.getName().contains("Scavenge") && !gc.getName().contains("Concurrent"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Reads the used heap every 0.2 ms until stopped. */
    private static final class Sampler extends Thread {
        private final AtomicLong peak;
        private volatile boolean running = true;

        Sampler(AtomicLong peak) {
            super("heap-sampler");
            setDaemon(true);
            this.peak = peak;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(200_000);
            }
        }

        void stopAndJoin() throws InterruptedException {
            running = false;
            join();
            peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        }
    }
}
