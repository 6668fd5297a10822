package org.talentregistry.exchange.internal;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses a sheet's rows on a thread of its own, a few blocks ahead of the caller, so that an import validates
 * and stores one batch while the next is decoded and parsed: on H2, which stores on the caller's thread,
 * parsing and storing otherwise took turns on one core of two. At most {@link #BLOCKS_AHEAD} blocks wait, so
 * memory stays bounded whatever the sheet's size. Only the reading thread touches the source until {@link
 * #close()} has waited for it.
 *
 * <p>A failure of the parsing (a malformed CSV record, an unreadable stream) reaches the caller after the
 * rows read before it, thrown by {@link #hasNext()} where the next row would have been.
 *
 * @param <T> the rows
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
    /** Rows handed over at once: one hand-over per row would wake the caller's thread for each row. */
    private static final int BLOCK = 256;
    /** Blocks read and not yet taken before the reading thread waits: some 2,000 rows. */
    private static final int BLOCKS_AHEAD = 8;
    /** How often a reading thread that waits for room looks whether the caller stopped. */
    private static final long POLL_MILLIS = 50;

    /** Rows, and whether they are the last; the last may carry what stopped the reading, thrown after its rows. */
    private record Block<T>(List<T> rows, boolean last, Throwable failure) {
    }

    private final Iterator<T> source;
    private final BlockingQueue<Block<T>> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private Block<T> current = new Block<>(List.of(), false, null);
    private int index;

    ReadAhead(Iterator<T> source, String threadName) {
        this.source = source;
        this.thread = HelperThreads.start(threadName, this::read);
    }

    @Override
    public boolean hasNext() {
        while (index == current.rows().size()) {
            if (current.last()) {
                Throwable failure = current.failure();
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failure != null) {
                    throw (RuntimeException) failure;
                }
                return false;
            }
            current = take();
            index = 0;
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.rows().get(index++);
    }

    /** Stops the reading thread and waits for it to end, even if interrupted: until then it reads the source. */
    @Override
    public void close() {
        stopped = true;
        blocks.clear();
        HelperThreads.awaitEnd(thread);
    }

    private Block<T> take() {
        try {
            return blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("读取表格时被中断 interrupted while reading a sheet"));
        }
    }

    /**
     * The reading thread: blocks of rows until the source ends, fails, or the caller stops. What stops the
     * reading goes in the last block, after the rows read before it.
     */
    private void read() {
        List<T> rows = new ArrayList<>(BLOCK);
        try {
            boolean more = source.hasNext();
            while (true) {
                while (more && rows.size() < BLOCK) {
                    rows.add(source.next());
                    more = source.hasNext();
                }
                put(new Block<>(rows, !more, null));
                if (!more || stopped) {
                    return;
                }
                rows = new ArrayList<>(BLOCK);
            }
        } catch (RuntimeException | Error e) {
            put(new Block<>(rows, true, e));
        }
    }

    private void put(Block<T> block) {
        try {
            while (!stopped && !blocks.offer(block, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // Waits for room, or for the caller to stop.
            }
        } catch (InterruptedException e) {
            stopped = true;
        }
    }
}
