package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentregistry.exchange.spi.WorkbookReader;

/** The {@link WorkbookReader}s on the class path, found once. */
final class WorkbookReaders {
    private static final List<WorkbookReader> READERS = load();

    private WorkbookReaders() {
    }

    /**
     * Returns the first reader that reads a file beginning with these bytes.
     *
     * @param head the file's first bytes
     * @return the reader, or empty if none on the class path does
     */
    static Optional<WorkbookReader> reading(byte[] head) {
        return READERS.stream().filter(r -> r.recognizes(head.clone())).findFirst();
    }

    private static List<WorkbookReader> load() {
        List<WorkbookReader> readers = new ArrayList<>();
        ServiceLoader.load(WorkbookReader.class, WorkbookReaders.class.getClassLoader()).forEach(readers::add);
        return List.copyOf(readers);
    }
}
