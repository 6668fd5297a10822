package org.talentregistry.exchange.internal;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A sheet writer that writes on a thread of its own, so that an export reads its next rows from the database
 * while the rows before them are encoded and compressed. The caller's thread hands the rows over in blocks,
 * and waits only when {@link #BLOCKS_AHEAD} blocks are not yet written: memory stays bounded whatever the
 * number of rows. Every call of this writer comes from the caller's thread; only the writer's thread touches
 * the underlying writer and the output stream, until {@link #close()} has waited for it.
 *
 * <p>A failure of the writing (the stream closed by the other end, say) is thrown by the next call of the
 * caller's thread, so that an export stops reading; the rows handed over after it are dropped.
 */
final class PipelinedSheetWriter extends SheetWriter {
    /** Rows handed over at once: one hand-over per row would wake the writer's thread for each row. */
    private static final int BLOCK = 256;
    /** Blocks handed over and not yet written before the caller waits: some 4,000 rows. */
    private static final int BLOCKS_AHEAD = 16;

    /** The block that tells the writer's thread that no more rows come. */
    private static final List<Consumer<SheetWriter>> END = new ArrayList<>(0);

    private final SheetWriter target;
    private final BlockingQueue<List<Consumer<SheetWriter>>> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread thread;
    private List<Consumer<SheetWriter>> block = new ArrayList<>(BLOCK);
    private volatile Throwable failure;
    private boolean failureThrown;
    private boolean closed;

    PipelinedSheetWriter(SheetWriter target) {
        this.target = target;
        this.thread = HelperThreads.start("talent-registry-sheet-writer", this::write);
    }

    @Override
    public void rowUniqueText(int... columns) {
        int[] copy = columns.clone();
        handOver(w -> w.rowUniqueText(copy));
    }

    @Override
    public void header(List<String> headers) {
        List<String> copy = List.copyOf(headers);
        handOver(w -> w.header(copy));
    }

    /** Writes a row; the row is copied, so the caller may reuse its list. */
    @Override
    public void row(List<?> cells) {
        List<Object> copy = Arrays.asList(cells.toArray());
        handOver(w -> w.row(copy));
    }

    /**
     * Waits until every row handed over is written, then finishes the file; or, if the writing failed, throws
     * what stopped it, unless a call before this one threw it already.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (failure == null) {
                send(block);
                send(END);
            } else {
                stopWriting();
            }
        } finally {
            // Until it ends, the writer's thread may write to the caller's stream.
            HelperThreads.awaitEnd(thread);
        }
        if (failure == null) {
            target.close();
        } else if (!failureThrown) {
            // Thrown once: thrown again from close() in a try-with-resources, it would be added to itself as suppressed.
            throw failure();
        }
    }

    /** Returns the failure of the writing, to throw, and remembers that it was thrown. */
    private RuntimeException failure() {
        failureThrown = true;
        Throwable f = failure;
        if (f instanceof Error e) {
            throw e;
        }
        return (RuntimeException) f;
    }

    private void handOver(Consumer<SheetWriter> step) {
        if (failure != null) {
            throw failure();
        }
        if (closed) {
            throw new IllegalStateException("the sheet is closed");
        }
        block.add(step);
        if (block.size() == BLOCK) {
            send(block);
            block = new ArrayList<>(BLOCK);
        }
    }

    private void send(List<Consumer<SheetWriter>> steps) {
        if (steps.isEmpty() && steps != END) {
            return;
        }
        try {
            blocks.put(steps);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            RuntimeException stop = new UncheckedIOException(new InterruptedIOException("写出表格时被中断 interrupted while writing a sheet"));
            failure = stop;
            failureThrown = true;
            stopWriting();
            throw stop;
        }
    }

    /** Drops the blocks not yet taken and tells the writer's thread to end; the caller hands nothing more over. */
    private void stopWriting() {
        blocks.clear();
        blocks.offer(END);
    }

    /** The writer's thread: writes each block in turn until {@link #END}. */
    private void write() {
        while (true) {
            List<Consumer<SheetWriter>> steps;
            try {
                steps = blocks.take();
            } catch (InterruptedException e) {
                // Nothing but this writer knows the thread; should it be interrupted all the same, the rows stop
                // being written and the caller learns why, but the thread drains on, so that the caller never waits on
                // a thread that has gone.
                failure = new UncheckedIOException(new InterruptedIOException("表格写出线程被中断 the sheet's writer was interrupted"));
                continue;
            }
            if (steps == END) {
                return;
            }
            if (failure != null) {
                continue;
            }
            try {
                for (Consumer<SheetWriter> step : steps) {
                    step.accept(target);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
