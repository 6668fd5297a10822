package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {
    private static final String THREAD = "read-ahead-test";

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, 10_000})
    void handsOnEveryRowOfTheSource_inOrder(int size) {
        List<Integer> source = IntStream.range(0, size).boxed().toList();
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> rows = new ReadAhead<>(source.iterator(), THREAD)) {
            rows.forEachRemaining(read::add);
            assertThat(rows.hasNext()).isFalse();
        }

        assertThat(read).isEqualTo(source);
        assertThat(TestThreads.running(THREAD)).isEmpty();
    }

    @Test
    void aFailureOfTheSource_comesAfterTheRowsReadBeforeIt() {
        Iterator<Integer> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 1_000) {
                    throw new UncheckedIOException(new java.io.IOException("malformed record at line 1001"));
                }
                return next++;
            }
        };
        List<Integer> read = new ArrayList<>();

        try (ReadAhead<Integer> rows = new ReadAhead<>(failing, THREAD)) {
            assertThatThrownBy(() -> rows.forEachRemaining(read::add)).isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("malformed record at line 1001");
        }
        assertThat(read).isEqualTo(IntStream.range(0, 1_000).boxed().toList());
        assertThat(TestThreads.running(THREAD)).isEmpty();
    }

    @Test
    void closedEarly_stopsReadingAnEndlessSource() {
        AtomicInteger produced = new AtomicInteger();

        try (ReadAhead<Integer> rows = new ReadAhead<>(endless(produced::incrementAndGet), THREAD)) {
            assertThat(rows.next()).isEqualTo(1);
        }
        int atClose = produced.get();

        assertThat(TestThreads.running(THREAD)).isEmpty();
        assertThat(produced.get()).isEqualTo(atClose).as("rows parsed ahead, bounded").isLessThan(5_000);
    }

    @Test
    void aCallerInterruptedWhileWaiting_stopsWithAnInterruptedIoError() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Iterator<Integer> slow = endless(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        });

        Throwable thrown = TestThreads.interruptedWhileWaiting(() -> {
            try (ReadAhead<Integer> rows = new ReadAhead<>(slow, THREAD)) {
                rows.hasNext();
            }
        }, "ReadAhead.take", release);

        assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(TestThreads.running(THREAD)).isEmpty();
    }

    /** A source that never ends, each row made by the supplier. */
    private static Iterator<Integer> endless(Supplier<Integer> row) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return row.get();
            }
        };
    }
}
