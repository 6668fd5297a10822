package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.SheetFormat;

class PipelinedSheetWriterTest {
    private static final int ROWS = 10_000;

    @Test
    void writesTheSameFileAsTheWriterOnTheCallersThread_evenWhenTheCallerReusesItsRow() {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.open(SheetFormat.CSV, direct, "")) {
            writeRows(writer);
        }
        try (SheetWriter writer = SheetWriter.openPipelined(SheetFormat.CSV, pipelined, "")) {
            writeRows(writer);
        }

        assertThat(pipelined.toByteArray()).hasSize(direct.size()).isEqualTo(direct.toByteArray());
        assertThat(pipelined.toString(StandardCharsets.UTF_8)).contains("工匠9999,3703,,2001-07-01\r\n");
        assertThat(TestThreads.running("talent-registry-sheet-writer")).isEmpty();
    }

    @Test
    void aStreamThatFails_stopsTheCallerAtItsNextRow_withTheStreamsError_thrownOnce() {
        OutputStream failing = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 50_000) {
                    throw new IOException("connection reset by peer");
                }
            }
        };
        List<Integer> handedOver = new ArrayList<>();

        assertThatThrownBy(() -> {
            try (SheetWriter writer = SheetWriter.openPipelined(SheetFormat.CSV, failing, "")) {
                for (int i = 0; i < 1_000_000; i++) {
                    writer.row(List.of("工匠" + i, i));
                    handedOver.add(i);
                }
            }
        }).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("connection reset by peer")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(handedOver).as("rows handed over before the caller was stopped").hasSizeLessThan(100_000);
        assertThat(TestThreads.running("talent-registry-sheet-writer")).isEmpty();
    }

    @Test
    void anInterruptedCaller_stopsWithAnInterruptedIoError_andTheWriterThreadEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            }
        };
        // The caller fills the hand-over and waits for the blocked stream; interrupted, it stops.
        Throwable thrown = TestThreads.interruptedWhileWaiting(() -> {
            try (SheetWriter writer = SheetWriter.openPipelined(SheetFormat.CSV, slow, "")) {
                for (int i = 0; i < 1_000_000; i++) {
                    writer.row(List.of("工匠" + i));
                }
            }
        }, "PipelinedSheetWriter.send", release);

        assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(TestThreads.running("talent-registry-sheet-writer")).isEmpty();
    }

    @Test
    void rowsAfterClose_areRefused() {
        SheetWriter writer = SheetWriter.openPipelined(SheetFormat.XLSX, new ByteArrayOutputStream(), "人才库");
        writer.row(List.of("王建国", LocalDate.of(2001, 7, 1)));
        writer.close();
        writer.close();

        assertThatThrownBy(() -> writer.row(List.of("李明"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the sheet is closed");
    }

    private static void writeRows(SheetWriter writer) {
        writer.header(List.of("姓名", "公民身份号码", "手机号", "从业起始日期"));
        writer.rowUniqueText(0, 1);
        List<Object> row = new ArrayList<>(Arrays.asList(null, null, null, null));
        for (int i = 0; i < ROWS; i++) {
            row.set(0, "工匠" + i);
            row.set(1, "3703");
            row.set(2, null);
            row.set(3, LocalDate.of(2001, 7, 1));
            writer.row(row);
        }
    }
}
